// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlink.h"

#include "engine/engine.h"
#include "setup/sealedsecrets.h"
#include "setup/storesecretscommand.h"
#include "storage/sqlitedb.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace tessera {

namespace {

const QString kToken = QStringLiteral("server_token");
const QString kBoxKey = QStringLiteral("server_box_key");

struct FileContent
{
    ServerLink link;
    // Credentials an earlier build kept in the file, in clear.
    bool clearCredentials = false;
};

Result<std::optional<FileContent>> readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<FileContent>();
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::StorageError,
                    ServerLink::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()),
                    file.fileName());
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    FileContent c;
    ServerLink &link = c.link;
    link.address = QUrl(o.value(QStringLiteral("address")).toString());
    link.ca = QSslCertificate(o.value(QStringLiteral("ca")).toString().toLatin1());
    link.terminal = o.value(QStringLiteral("terminal")).toString();
    link.terminalId = o.value(QStringLiteral("terminal_id")).toInteger();
    link.venue = o.value(QStringLiteral("venue")).toInteger();
    link.token = o.value(QStringLiteral("token")).toString();
    link.boxKey = QByteArray::fromBase64(o.value(QStringLiteral("box_key")).toString().toLatin1());
    c.clearCredentials = !link.token.isEmpty() || !link.boxKey.isEmpty();
    if (!link.address.isValid() || link.ca.isNull() || link.terminal.isEmpty())
        return fail(
            ErrorCode::StorageError,
            ServerLink::tr("%1 is damaged: enrol this console with the server again.").arg(path),
            path);
    return std::optional<FileContent>(std::move(c));
}

// Where the sealed credentials are read: the database and its data key.
struct Sealed
{
    SqliteDb &reader;
    const DataKey &key;
};

// The file's link with its credentials: the ones an earlier build left in
// the file, or those sealed in the database.
Result<ServerLink> withCredentials(const FileContent &content, const QString &databasePath,
                                   const std::optional<Sealed> &sealed)
{
    ServerLink link = content.link;
    if (!content.clearCredentials && sealed) {
        auto token = SealedSecrets::read(sealed->reader, sealed->key, kToken);
        if (!token)
            return token.error();
        auto boxKey = SealedSecrets::read(sealed->reader, sealed->key, kBoxKey);
        if (!boxKey)
            return boxKey.error();
        link.token = token->has_value() ? QString::fromUtf8(**token) : QString();
        link.boxKey = boxKey->value_or(QByteArray());
    }
    if (!link.isValid())
        return fail(ErrorCode::StorageError,
                    ServerLink::tr("This console's server credentials are missing from %1: enrol "
                                   "it with the server again.")
                        .arg(databasePath),
                    kToken);
    return link;
}

} // namespace

QString ServerLink::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".server.json");
}

Result<std::optional<ServerLink>> ServerLink::loadPublic(const QString &databasePath)
{
    auto content = readFile(pathFor(databasePath));
    if (!content)
        return content.error();
    if (!*content)
        return std::optional<ServerLink>();
    ServerLink link = (*content)->link;
    link.token.clear();
    link.boxKey.clear();
    return std::optional<ServerLink>(std::move(link));
}

Result<std::optional<ServerLink>> ServerLink::load(const QString &databasePath, SqliteDb &reader,
                                                   const DataKey &key)
{
    auto content = readFile(pathFor(databasePath));
    if (!content)
        return content.error();
    if (!*content)
        return std::optional<ServerLink>();
    auto link = withCredentials(**content, databasePath, Sealed{reader, key});
    if (!link)
        return link.error();
    return std::optional<ServerLink>(std::move(*link));
}

Result<std::optional<ServerLink>> ServerLink::load(Engine &engine)
{
    auto content = readFile(pathFor(engine.path()));
    if (!content)
        return content.error();
    if (!*content)
        return std::optional<ServerLink>();
    if ((*content)->clearCredentials) {
        // Written by an earlier build: sealed into the database now.
        auto link = withCredentials(**content, engine.path(), std::nullopt);
        if (!link)
            return link.error();
        if (auto r = link->save(engine); !r)
            return r.error();
        return std::optional<ServerLink>(std::move(*link));
    }
    auto reader = SqliteDb::open(engine.path(), SqliteDb::Mode::ReadOnly);
    if (!reader)
        return reader.error();
    const auto key = engine.dataKey(*reader);
    if (!key)
        return fail(ErrorCode::CorruptKey, tr("The database's data key is not available."), kToken);
    auto link = withCredentials(**content, engine.path(), Sealed{*reader, *key});
    if (!link)
        return link.error();
    return std::optional<ServerLink>(std::move(*link));
}

Result<void> ServerLink::save(Engine &engine) const
{
    std::map<QString, QByteArray> secrets{{kToken, token.toUtf8()}, {kBoxKey, boxKey}};
    auto stored =
        engine
            .execute(CommandRequest(std::make_unique<StoreSecretsCommand>(std::move(secrets)),
                                    QStringLiteral("server-link:") +
                                        QUuid::createUuid().toString(QUuid::WithoutBraces)))
            .result;
    if (!stored)
        return stored.error();
    return savePublic(engine.path());
}

Result<void> ServerLink::savePublic(const QString &databasePath) const
{
    QSaveFile file(pathFor(databasePath));
    const QJsonObject o{{QStringLiteral("address"), address.toString()},
                        {QStringLiteral("ca"), QString::fromLatin1(ca.toPem())},
                        {QStringLiteral("terminal"), terminal},
                        {QStringLiteral("terminal_id"), terminalId},
                        {QStringLiteral("venue"), venue}};
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(QJsonDocument(o).toJson()) < 0 || !file.commit())
        return fail(ErrorCode::StorageError,
                    tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()),
                    file.fileName());
    return {};
}

} // namespace tessera
