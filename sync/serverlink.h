// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QUrl>

namespace tessera {

// What an enrolled console knows of its server: the address, the server's CA
// (pinned at enrolment against the fingerprint in the code), the terminal's
// name and its token. Kept beside the database in `<db>.server.json`, created
// 0600 like the key file: the token is a credential.
struct ServerLink
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ServerLink)

public:
    QUrl address; // https://host:port
    QSslCertificate ca;
    QString terminal;
    qint64 terminalId = 0;
    qint64 venue = 0;
    QString token;
    // The terminal's private X25519 key (SealedBox): card keys allocated to
    // it arrive sealed to its public key. Empty for a console enrolled
    // before card keys travelled.
    QByteArray boxKey;

    bool isValid() const { return address.isValid() && !ca.isNull() && !token.isEmpty(); }

    static QString pathFor(const QString &databasePath);
    // nullopt when the console was never enrolled.
    static Result<std::optional<ServerLink>> load(const QString &databasePath);
    Result<void> save(const QString &databasePath) const;
};

} // namespace tessera
