// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>

#include <optional>

namespace tessera {

class Clock;
class Engine;
class LocalJsonChannel;

// The writer's front desk. Exactly one engine writes a database file (the
// writer lock); a second program that wants to change the file — tessera-cli
// beside a running console or server — hands its command to the holder here
// instead of being refused. The holder listens on `<database>.sock` (a local
// socket only the same OS user can open, as only that user can open the
// file) and runs each request as if it were its own caller:
//   {"op": "execute", "kind", "command": {…}, "idempotency_key",
//    "actor", "pin", "override_by", "override_pin"}
//     → {"result": {…}, "journal_seq", "replayed"}
//   {"op": "sign_in", "actor", "pin", "override_by", "override_pin"}
//     → {"signed_in": true}
// Once staff exist, the PINs are checked by the holder's own engine, so every
// failure counts towards the lock-out and is audited there; the command is
// then authorised by the engine as any other (its role, the approver's).
// Requests run on a small pool (the PIN's slow hash never holds up the
// holder's window or the writer); the holder's screens see the change as
// they see their own (the engine's caches, JournalWatch).
class WriterHandover : public QObject
{
    Q_OBJECT

public:
    WriterHandover(Engine &engine, const Clock &clock, QObject *parent = nullptr);
    ~WriterHandover() override;

    // Starts listening on socketPath(engine path). Call while the engine
    // (and so the file's writer lock) is held.
    Result<void> listen();
    // Stops listening and waits for the requests still running: call before
    // the engine stops (the destructor does it too).
    void close();

    // Where the holder of `databasePath` listens.
    static QString socketPath(const QString &databasePath);
    // Hands `request` to the holder of `databasePath`; nullopt when no holder
    // listens (then the caller's own refusal stands).
    static std::optional<Result<QJsonObject>> call(const QString &databasePath,
                                                   const QJsonObject &request);

private:
    Result<QJsonObject> answer(const QJsonObject &request) const;
    Result<void> signIn(const QJsonObject &request) const;

    Engine &m_engine;
    const Clock &m_clock;
    LocalJsonChannel *m_channel = nullptr;
    QThreadPool m_pool;
};

} // namespace tessera
