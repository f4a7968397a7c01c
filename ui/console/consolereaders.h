// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/sqlitedb.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <type_traits>

namespace tessera {

template<class T>
struct IsResult : std::false_type
{};
template<class U>
struct IsResult<Result<U>> : std::true_type
{};

// How the console reads: one read-only connection for quick reads on the UI
// thread, and worker threads (each read on a connection of its own) for the
// rest. Answers come back on the UI thread, and only while their receiver
// lives.
class ConsoleReaders : public QObject
{
    Q_OBJECT

public:
    // Opens the UI thread's connection to `path`; a database that cannot be
    // read is an error here, never an empty connection later.
    static Result<std::unique_ptr<ConsoleReaders>> open(const QString &path,
                                                        QObject *parent = nullptr);
    ~ConsoleReaders() override;

    // A read-only connection to `path` (storage_error when it cannot be opened).
    static Result<SqliteDb> openReader(const QString &path);

    QString databasePath() const { return m_path; }
    // The UI thread's connection, for quick reads (a few ms at most).
    SqliteDb &reader() { return m_reader; }

    // Runs `work` on a worker thread with its own read-only connection and
    // hands its result to `done` on the UI thread (unless `receiver` is gone).
    // When the connection cannot be opened, `done` gets the error if T is a
    // Result, else a default T.
    template<class T>
    void read(QObject *receiver, std::function<T(SqliteDb &)> work, std::function<void(T)> done)
    {
        const QString path = m_path;
        background<T>(
            receiver,
            [path, work = std::move(work)]() -> T {
                auto db = openReader(path);
                if (db)
                    return work(*db);
                if constexpr (IsResult<T>::value)
                    return T(db.error());
                else
                    return T();
            },
            std::move(done));
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
    // Runs `work` on a worker thread, with no answer.
    void start(std::function<void()> work) { m_pool.start(std::move(work)); }
    // Waits for worker threads (tests, shutdown).
    void waitForBackgroundWork() { m_pool.waitForDone(); }

private:
    ConsoleReaders(QString path, SqliteDb reader, QObject *parent);

    QString m_path;
    SqliteDb m_reader;
    QThreadPool m_pool;
};

} // namespace tessera
