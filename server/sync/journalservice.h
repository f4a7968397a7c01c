// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>

namespace tessera {

class Engine;
class SqliteDb;
struct TerminalIdentity;

// Journal up: a terminal ships its journal in order, in batches, and resumes
// from what the server acknowledged.
//   POST /v1/journal      {"entries": […]} → {"acked", "received", "duplicates"}
//   GET  /v1/journal/ack  → {"acked"}
class JournalService
{
public:
    JournalService(Engine &engine, SqliteDb &reader)
        : m_engine(engine)
        , m_reader(reader)
    {}

    Result<QJsonObject> ingest(const TerminalIdentity &terminal, const QJsonObject &body);
    Result<qint64> acknowledged(qint64 terminalId);

private:
    Engine &m_engine;
    SqliteDb &m_reader;
};

} // namespace tessera
