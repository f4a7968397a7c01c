// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlink.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tessera {

QString ServerLink::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".server.json");
}

Result<std::optional<ServerLink>> ServerLink::load(const QString &databasePath)
{
    QFile file(pathFor(databasePath));
    if (!file.exists())
        return std::optional<ServerLink>();
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::StorageError,
                    tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()),
                    file.fileName());
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    ServerLink link;
    link.address = QUrl(o.value(QStringLiteral("address")).toString());
    link.ca = QSslCertificate(o.value(QStringLiteral("ca")).toString().toLatin1());
    link.terminal = o.value(QStringLiteral("terminal")).toString();
    link.terminalId = o.value(QStringLiteral("terminal_id")).toInteger();
    link.venue = o.value(QStringLiteral("venue")).toInteger();
    link.token = o.value(QStringLiteral("token")).toString();
    link.boxKey = QByteArray::fromBase64(o.value(QStringLiteral("box_key")).toString().toLatin1());
    if (!link.isValid())
        return fail(
            ErrorCode::StorageError,
            tr("%1 is damaged: enrol this console with the server again.").arg(file.fileName()),
            file.fileName());
    return std::optional<ServerLink>(link);
}

Result<void> ServerLink::save(const QString &databasePath) const
{
    QSaveFile file(pathFor(databasePath));
    QJsonObject o{{QStringLiteral("address"), address.toString()},
                  {QStringLiteral("ca"), QString::fromLatin1(ca.toPem())},
                  {QStringLiteral("terminal"), terminal},
                  {QStringLiteral("terminal_id"), terminalId},
                  {QStringLiteral("venue"), venue},
                  {QStringLiteral("token"), token}};
    if (!boxKey.isEmpty())
        o.insert(QStringLiteral("box_key"), QString::fromLatin1(boxKey.toBase64()));
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(QJsonDocument(o).toJson()) < 0 || !file.commit())
        return fail(ErrorCode::StorageError,
                    tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()),
                    file.fileName());
    return {};
}

} // namespace tessera
