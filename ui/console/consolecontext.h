// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"
#include "staff/permissiontable.h"
#include "staff/staffauthenticator.h"
#include "storage/sqlitedb.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace tessera {

class Clock;
class Engine;
class PaymentGateway;
class PaymentProvider;
class ReconciliationQueue;
class SandboxQrProvider;
class SqliteDb;
struct SandboxQrConfig;

// What every screen of the console shares: the engine, the signed-in member
// of staff, a reader for quick queries, the payment providers, and the ways
// to run work off the UI thread. One per window; passed by reference, never
// global.
class ConsoleContext : public QObject
{
    Q_OBJECT

public:
    // `engine` and `clock` must outlive the context.
    ConsoleContext(Engine &engine, const Clock &clock, QObject *parent = nullptr);
    ~ConsoleContext() override;

    Engine &engine() const { return m_engine; }
    const Clock &clock() const { return m_clock; }
    QString terminalId() const;
    QString databasePath() const;

    // A read-only connection for quick reads on the UI thread (a few ms at
    // most: single orders, an event's seats). Longer reads use read().
    SqliteDb &reader();

    // Who is signed in; nullopt while the console is locked.
    const std::optional<StaffIdentity> &user() const { return m_user; }
    void setUser(std::optional<StaffIdentity> user);
    // The staff table is empty: a new box office in set-up mode, where anyone
    // may do anything until the first administrator is created.
    bool setupMode();
    // What the signed-in user's role may do (Refused while locked).
    PermissionTable::Decision decide(Permission permission) const;
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

    // Runs `work` on a worker thread with its own read-only connection and
    // hands its result to `done` on the UI thread (unless `receiver` is gone).
    template<class T>
    void read(QObject *receiver, std::function<T(SqliteDb &)> work, std::function<void(T)> done)
    {
        const QString path = databasePath();
        QPointer<QObject> guard(receiver);
        QObject *home = this;
        m_pool.start([path, guard, home, work = std::move(work), done = std::move(done)] {
            auto db = openReader(path);
            T result = work(*db);
            QMetaObject::invokeMethod(
                home,
                [guard, done, result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }
    // Runs any `work` off the UI thread (imports, PDF rendering).
    template<class T>
    void background(QObject *receiver, std::function<T()> work, std::function<void(T)> done)
    {
        QPointer<QObject> guard(receiver);
        QObject *home = this;
        m_pool.start([guard, home, work = std::move(work), done = std::move(done)] {
            T result = work();
            QMetaObject::invokeMethod(
                home,
                [guard, done, result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }
    // Waits for worker threads (tests, shutdown).
    void waitForBackgroundWork() { m_pool.waitForDone(); }

    // Payments: cash drawer, external card terminal, QR pay (the local
    // sandbox provider unless replaced). Unknown outcomes are queued in
    // reconciliation() and recorded on the order as "unknown".
    PaymentGateway &gateway(const QString &method) const;
    ReconciliationQueue &reconciliation() const { return *m_reconciliation; }
    SandboxQrProvider &qrSandbox() const { return *m_qrSandbox; }
    // Replaces the QR provider's behaviour (tests, demos); also the attempt
    // timeout of its gateway.
    void configureQrSandbox(const SandboxQrConfig &config, int attemptTimeoutMs);

signals:
    void userChanged();
    // A command changed the database, or the writer did by itself (an
    // expired hold or unpaid order, seen within a second): screens showing
    // it refresh.
    void changed();

private:
    static constexpr int kJournalWatchMs = 1000;

    static std::unique_ptr<SqliteDb> openReader(const QString &path);
    // Emits changed() when the journal moved without a command of ours.
    void watchJournal();
    // Hands an engine answer to the UI thread: changed(), then `done`.
    CommandCallback answerOnUiThread(QObject *receiver,
                                     std::function<void(const CommandOutcome &)> done);

    Engine &m_engine;
    const Clock &m_clock;
    std::unique_ptr<SqliteDb> m_reader;
    std::optional<StaffIdentity> m_user;
    std::optional<bool> m_setupMode;
    QThreadPool m_pool;
    std::unique_ptr<ReconciliationQueue> m_reconciliation;
    std::unique_ptr<PaymentProvider> m_cash;
    std::unique_ptr<PaymentProvider> m_card;
    std::unique_ptr<SandboxQrProvider> m_qrSandbox;
    std::unique_ptr<PaymentGateway> m_cashGateway;
    std::unique_ptr<PaymentGateway> m_cardGateway;
    std::unique_ptr<PaymentGateway> m_qrGateway;
    qint64 m_seenSeq = 0;
};

} // namespace tessera
