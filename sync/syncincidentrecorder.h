// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncagent.h"

#include <QString>

namespace tessera {

class Engine;

// Keeps the console's sync incidents (core/replica/SyncIncidents) as the sync
// agent's calls go: the first failed call after a good one opens an
// incident, the first good call after failures ends it with how many
// journal entries waited. Only changes are written, so a console that stays
// online adds nothing to its journal. Runs on the sync agent's thread.
class SyncIncidentRecorder
{
public:
    SyncIncidentRecorder(QString databasePath, Engine &engine)
        : m_path(std::move(databasePath))
        , m_engine(engine)
    {}

    // `before`: the status of the previous call (NotEnrolled before the
    // first); `now`: this call's.
    void observe(const SyncStatus &before, const SyncStatus &now);

    // "online", "offline", "failing", "revoked"; "" when not enrolled.
    static QString stateName(SyncStatus::State state);

private:
    bool hasOpenIncident() const;

    QString m_path;
    Engine &m_engine;
    bool m_checkedAtStart = false;
};

} // namespace tessera
