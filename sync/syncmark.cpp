// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncmark.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tessera {

QString SyncMark::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".sync.json");
}

SyncMark SyncMark::load(const QString &databasePath, qint64 terminalId)
{
    QFile file(pathFor(databasePath));
    if (terminalId <= 0 || !file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
    SyncMark mark;
    mark.terminalId = o.value(QStringLiteral("terminal_id")).toInteger();
    mark.acked = o.value(QStringLiteral("acked")).toInteger();
    mark.lastSyncMs = o.value(QStringLiteral("last_sync_ms")).toInteger();
    if (mark.terminalId != terminalId || mark.acked < 0 || mark.lastSyncMs < 0)
        return {};
    return mark;
}

Result<void> SyncMark::save(const QString &databasePath) const
{
    QSaveFile file(pathFor(databasePath));
    const QJsonObject o{{QStringLiteral("terminal_id"), terminalId},
                        {QStringLiteral("acked"), acked},
                        {QStringLiteral("last_sync_ms"), lastSyncMs}};
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return fail(ErrorCode::StorageError,
                    tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()),
                    file.fileName());
    return {};
}

} // namespace tessera
