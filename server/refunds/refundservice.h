// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMutex>

namespace tessera {

class Clock;
class Engine;
class SqliteDb;

// A refund at one counter of a ticket sold at another, through the server:
//   POST /v1/tickets/lookup {"code"}   → the ticket as the server knows it
//   POST /v1/tickets/refund {"code", "reason", "approver": {"name", "pin"}}
//        (Idempotency-Key) → the remote refund, once the server has it
// both with the asking terminal's token. The approver is a member of staff
// whose role may refund, checked here (the engine's own sign-in). The
// terminal pays the money back and journals it (record_remote_refund); the
// seller takes the ticket out of its gates with its next catalog pull.
class RefundService
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RefundService)

public:
    RefundService(Engine &engine, SqliteDb &reader, const Clock &clock)
        : m_engine(engine)
        , m_reader(reader)
        , m_clock(clock)
    {}

    // A catalog pull's "ticket_key" (base64 of the terminal's raw Ed25519
    // ticket key): recorded the first time it is seen.
    Result<void> noteTicketKey(qint64 terminal, const QJsonValue &key);
    Result<QJsonObject> lookup(const QJsonObject &body);
    Result<QJsonObject> refund(qint64 terminal, const QJsonObject &body, const QString &key);

private:
    Engine &m_engine;
    SqliteDb &m_reader;
    const Clock &m_clock;
    QMutex m_mutex;
    QHash<qint64, QByteArray> m_knownKeys; // terminal → the key it last reported
};

} // namespace tessera
