// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// The server's own certificate authority and the TLS certificate it signs,
// made once by `tessera-server init`. Terminals do not trust a public CA:
// they pin this CA's certificate, whose SHA-256 fingerprint travels in every
// enrolment code (trust on first use through the code, not a blind accept).
// Keys are ECDSA P-256; the private keys are written 0600.
class TlsAuthority
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TlsAuthority)

public:
    struct Names
    {
        QString organisation = QStringLiteral("Tessera");
        // Host names and IP addresses the server certificate is valid for.
        QStringList hosts;
        QStringList addresses;
    };
    struct Pem
    {
        QByteArray caCertificate;
        QByteArray caKey;
        QByteArray serverCertificate;
        QByteArray serverKey;
    };

    // A new CA (valid ten years) and a server certificate it signs (valid
    // two years), both from `nowSeconds` (Unix time) on.
    static Result<Pem> create(const Names &names, qint64 nowSeconds);
    // Writes the four files into `folder` (keys 0600, certificates 0644);
    // refuses to overwrite an existing one.
    static Result<void> write(const Pem &pem, const QString &folder);
    // "sha256:" + hex of the DER certificate: what an enrolment code carries.
    static Result<QString> fingerprint(const QByteArray &certificatePem);

    static constexpr const char *kCaCertificate = "ca.pem";
    static constexpr const char *kCaKey = "ca.key";
    static constexpr const char *kServerCertificate = "server.pem";
    static constexpr const char *kServerKey = "server.key";
};

} // namespace tessera
