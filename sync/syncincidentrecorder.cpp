// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncincidentrecorder.h"

#include "engine/engine.h"
#include "replica/recordsyncstatecommand.h"
#include "replica/syncincidents.h"
#include "storage/sqlitedb.h"

#include <QUuid>

namespace tessera {

QString SyncIncidentRecorder::stateName(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::Online:
        return QStringLiteral("online");
    case SyncStatus::State::Offline:
        return QStringLiteral("offline");
    case SyncStatus::State::Failing:
        return QStringLiteral("failing");
    case SyncStatus::State::Revoked:
        return QStringLiteral("revoked");
    case SyncStatus::State::NotEnrolled:
        break;
    }
    return {};
}

bool SyncIncidentRecorder::hasOpenIncident() const
{
    auto db = SqliteDb::open(m_path, SqliteDb::Mode::ReadOnly);
    if (!db)
        return false;
    auto open = SyncIncidents::read(*db, 0, 0);
    if (!open)
        return false;
    for (const SyncIncident &i : *open) {
        if (i.isOpen())
            return true;
    }
    return false;
}

void SyncIncidentRecorder::observe(const SyncStatus &before, const SyncStatus &now)
{
    const QString was = stateName(before.state);
    const QString is = stateName(now.state);
    if (is.isEmpty())
        return;
    const bool online = now.state == SyncStatus::State::Online;
    if (was.isEmpty()) {
        // The first call since the console started: an incident may have
        // been left open by the last run (closed offline); look once.
        if (m_checkedAtStart)
            return;
        m_checkedAtStart = true;
        // Online with none open: nothing happened. Still away with one
        // open (this console was offline when it stopped, or its window was
        // rebuilt): the same incident goes on.
        if (online != hasOpenIncident())
            return;
    } else if ((was == QLatin1String("online")) == online) {
        return; // still online, or still failing (its first error is kept)
    }
    // The entries that waited: written since the server last had everything.
    // (Unknown after a restart: the incident keeps the peak it recorded.)
    const qint64 waited = !online         ? now.backlog()
                          : was.isEmpty() ? 0
                                          : std::max<qint64>(0, now.local - before.acked);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    (void)m_engine.execute(std::make_unique<RecordSyncStateCommand>(is, now.message, waited), key);
}

} // namespace tessera
