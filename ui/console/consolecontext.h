// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/consolepayments.h"
#include "console/consolereaders.h"
#include "console/consolesession.h"
#include "engine/command.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace tessera {

class Clock;
class Engine;
class JournalWatch;
class PaymentGateway;
class ReconciliationQueue;

// What every screen of the console shares: the engine, the session (who is
// signed in), the readers, the payments and the way to submit commands as
// the signed-in user. One per window; passed by reference, never global.
// The readers and the payments are made by main() (or a test) and passed in.
class ConsoleContext : public QObject
{
    Q_OBJECT

public:
    // `engine`, `clock`, `readers` and `payments` must outlive the context.
    ConsoleContext(Engine &engine, const Clock &clock, ConsoleReaders &readers,
                   ConsolePayments &payments, QObject *parent = nullptr);
    ~ConsoleContext() override;

    Engine &engine() const { return m_engine; }
    const Clock &clock() const { return m_clock; }
    ConsoleSession &session() const { return *m_session; }
    ConsoleReaders &readers() const { return m_readers; }
    ConsolePayments &payments() const { return m_payments; }
    QString terminalId() const;
    // The counter's name for people: the one the server knows it by once it
    // is enrolled (what ops and managers call it), the terminal id before.
    QString terminalName() const;
    QString databasePath() const;

    // A read-only connection for quick reads on the UI thread (a few ms at
    // most: single orders, an event's seats). Longer reads use read().
    SqliteDb &reader() { return m_readers.reader(); }

    // The session's, for the screens' convenience.
    const std::optional<StaffIdentity> &user() const { return m_session->user(); }
    void setUser(std::optional<StaffIdentity> user) { m_session->setUser(std::move(user)); }
    bool setupMode() { return m_session->setupMode(); }
    PermissionTable::Decision decide(Permission permission) const
    {
        return m_session->decide(permission);
    }
    bool may(Permission permission) const
    {
        return decide(permission) != PermissionTable::Decision::Refused;
    }

    // Checks a PIN on a worker thread (the hash is deliberately slow) and
    // records the attempt; `done` runs on the UI thread unless `receiver` is gone.
    void authenticate(const QString &name, const QString &pin, QObject *receiver,
                      std::function<void(Result<StaffIdentity>)> done);

    // Runs a command as the signed-in user under a fresh idempotency key
    // (or `key`, to retry), possibly with a supervisor's override. `done`
    // runs on the UI thread once the change is durable or refused; a
    // successful change also emits changed().
    void run(std::unique_ptr<Command> command, QObject *receiver,
             std::function<void(const CommandOutcome &)> done, const QString &overrideBy = {},
             const QString &key = {});

    // As run(), for commands too heavy to build on the UI thread (a
    // stadium's 12 MB seat plan to serialise and hash, a PIN to hash):
    // `build` runs on a worker thread; its refusal reaches `done` like the
    // engine's.
    void runInBackground(QObject *receiver, std::function<Result<std::unique_ptr<Command>>()> build,
                         std::function<void(const CommandOutcome &)> done);

    // The readers', for the screens' convenience (see ConsoleReaders).
    template<class T>
    void read(QObject *receiver, std::function<T(SqliteDb &)> work, std::function<void(T)> done)
    {
        m_readers.read<T>(receiver, std::move(work), std::move(done));
    }
    template<class T>
    void background(QObject *receiver, std::function<T()> work, std::function<void(T)> done)
    {
        m_readers.background<T>(receiver, std::move(work), std::move(done));
    }
    void waitForBackgroundWork() { m_readers.waitForBackgroundWork(); }

    // The payments', for the screens' convenience (see ConsolePayments).
    PaymentGateway &gateway(const QString &method) const { return m_payments.gateway(method); }
    ReconciliationQueue &reconciliation() const { return m_payments.reconciliation(); }
    SandboxQrProvider &qrSandbox() const { return m_payments.qrSandbox(); }
    void configureQrSandbox(const SandboxQrConfig &config, int attemptTimeoutMs)
    {
        m_payments.configureQrSandbox(config, attemptTimeoutMs);
    }

signals:
    void userChanged();
    // A command changed the database, or the writer did by itself (an
    // expired hold or unpaid order, seen within a second): screens showing
    // it refresh.
    void changed();

private:
    // Hands an engine answer to the UI thread: changed(), then `done`.
    CommandCallback answerOnUiThread(QObject *receiver,
                                     std::function<void(const CommandOutcome &)> done);

    Engine &m_engine;
    const Clock &m_clock;
    ConsoleReaders &m_readers;
    ConsolePayments &m_payments;
    std::unique_ptr<ConsoleSession> m_session;
    JournalWatch *m_journal = nullptr;
};

} // namespace tessera
