// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QUrl>

#include <optional>

namespace tessera {

class DataKey;
class Engine;
class SqliteDb;

// What an enrolled console knows of its server: the address, the server's CA
// (pinned at enrolment against the fingerprint in the code), the terminal's
// name and ids, kept beside the database in `<db>.server.json` (0600); and
// its credentials, the token and the private box key, kept in the database
// sealed under its data key (SealedSecrets "server_token", "server_box_key"),
// so a copy of the file and the server link shows no credential unless the
// data key comes with it.
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
    // The whole link, credentials opened through `engine` (the console's
    // own); nullopt when the console was never enrolled. Credentials an
    // earlier build left in the file are moved into the database here.
    static Result<std::optional<ServerLink>> load(Engine &engine);
    // The same through a reader and the data key, for a program that is not
    // the file's writer; credentials left in the file stay there until the
    // writer loads the link.
    static Result<std::optional<ServerLink>> load(const QString &databasePath, SqliteDb &reader,
                                                  const DataKey &key);
    // Without the credentials (token and box key empty): where the console
    // syncs to and as whom, for showing it.
    static Result<std::optional<ServerLink>> loadPublic(const QString &databasePath);
    // The credentials into the database through `engine`, then the file.
    Result<void> save(Engine &engine) const;
    // Only the file's part (a new address for the same enrolment).
    Result<void> savePublic(const QString &databasePath) const;
};

} // namespace tessera
