// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace tessera {

class RandomSource;

// The one-time code a manager hands to a counter to enrol it:
//   TE1-ABCD-EFGH-IJKL-MNOP-<26 characters>
// Sixteen base32 characters of secret (80 bits), then the first 128 bits of
// the server CA's SHA-256 fingerprint, so the console can pin the server's
// certificate on first contact instead of trusting whatever answers. The
// server keeps only a hash of the secret.
struct EnrolmentCode
{
    Q_DECLARE_TR_FUNCTIONS(tessera::EnrolmentCode)

public:
    static constexpr int kSecretBytes = 10;
    static constexpr int kCaPrefixBytes = 16;

    QByteArray secret;
    QByteArray caPrefix;

    // A fresh code for the CA whose certificate hashes (SHA-256) to `caSha256`.
    static EnrolmentCode generate(RandomSource &random, const QByteArray &caSha256);
    // Reads a code as a person typed or pasted it: case, spaces and dashes
    // are forgiven; anything else is refused naming the field "code".
    static Result<EnrolmentCode> parse(const QString &text);

    QString text() const;
    // What the server stores and looks the code up by.
    QByteArray secretHash() const;
    // Whether the code was made for the CA that hashes to `caSha256`.
    bool isFor(const QByteArray &caSha256) const;
};

} // namespace tessera
