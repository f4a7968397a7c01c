// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "engine/command.h"
#include "staff/permissiontable.h"
#include "storage/sqlitedb.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace tessera {

class Clock;
class Engine;
class DataKey;
class KeySource;

// The global settings of one tessera-cli run.
struct CliSettings
{
    QString databasePath;
    QString actor;
    // Once the box office has staff, changes and reads need the actor's PIN,
    // and some changes (refunds by a cashier) a supervisor's approval with theirs.
    QString pin;
    QString overrideBy;
    QString overridePin;
    // Opens the data key (card keys, customers' details); empty: the key file
    // next to the database.
    QString passphrase;
    // Of the one change the verb makes; a fresh UUID unless --key gave one.
    QString idempotencyKey;
    // What the verb's reads need once the box office has staff; nullopt for a
    // verb that reads only after its change was authorised.
    std::optional<Permission> readPermission;
    const Clock *clock = nullptr; // never null once the runner has filled it in
};

// One run of tessera-cli: the database it works on, who acts, the key of its
// change, and the engine (writer) or read-only connection it opens on demand.
class CliSession
{
public:
    CliSession(CliSettings settings, QIODevice &input);
    ~CliSession();
    CliSession(const CliSession &) = delete;
    CliSession &operator=(const CliSession &) = delete;

    const CliSettings &settings() const { return m_settings; }

    // Opens the writer once, creating and migrating the file as needed;
    // `terminalId` names a terminal that is being created.
    Result<Engine *> engine(const QString &terminalId = {});
    // Runs one command under the session's key and actor. The result carries
    // "idempotency_key", "journal_seq" and "replayed" besides the command's own.
    // When another program holds the file's writer (a running console or
    // server), a command given as kind and JSON is handed to it
    // (WriterHandover), which checks the PINs and runs it on its own engine;
    // a command built from a file is refused with database_in_use instead.
    Result<QJsonObject> execute(Result<std::unique_ptr<Command>> command);
    Result<QJsonObject> execute(const QString &kind, const QJsonObject &json);
    // A second change made by the same verb, under the session's key plus
    // `keySuffix` (so a retry of the verb retries both).
    Result<QJsonObject> executeFollowUp(const QString &kind, const QJsonObject &json,
                                        const QString &keySuffix);
    // True once a change was submitted: its key is worth printing on failure.
    bool submittedChange() const { return m_submitted; }
    // For a verb whose result is a verdict that must still fail the run (a
    // broken audit log): the runner prints the result on stdout, then this
    // error on stderr, and exits with the error's status.
    void failAfterResult(Error error) { m_failureAfterResult = std::move(error); }
    const std::optional<Error> &failureAfterResult() const { return m_failureAfterResult; }
    // Finishes and stops the writer, if one was opened.
    void stop();

    // A read-only connection on an existing database at the current schema
    // (migrated first if it is older: that alone opens the writer, and
    // database_in_use says another process holds it). A missing file is
    // not_found, never created. Once the box office has staff, the first call
    // checks the actor's PIN (against this connection: nothing is written)
    // and the verb's read permission.
    Result<SqliteDb *> reader();
    Result<QString> terminalId();
    // The data key that opens the reader's encrypted fields: the engine's when
    // one is open, else found through the key source on the reader (read only).
    Result<const DataKey *> dataKey();

    // The bytes of a file named on the command line; "-" is standard input.
    Result<QByteArray> readInput(const QString &path, const QString &label) const;
    Result<QJsonObject> readJsonObject(const QString &path, const QString &label) const;

private:
    struct Request
    {
        QString kind;
        QJsonObject json;
    };
    Result<QJsonObject> execute(Result<std::unique_ptr<Command>> command,
                                const std::optional<Request> &request);
    // The change handed to the writer's holder; nullopt when none listens.
    std::optional<Result<QJsonObject>> handOver(const Request &request);
    // A wrong PIN found on the reader still counts towards the lock-out: the
    // holder of the writer records it, or this run's own engine if none.
    Error recordFailedSignIn(Error failure);
    Result<SqliteDb *> openReader();
    KeySource &keySource();
    // Checks the PINs when the database has staff, recording the login.
    Result<void> authenticate(Engine &engine);
    // Checks the PINs (recorded only when the engine is open already) and the
    // verb's read permission when the database has staff.
    Result<void> authorizeRead(SqliteDb &db, Permission permission);

    CliSettings m_settings;
    QIODevice &m_input;
    std::unique_ptr<KeySource> m_keys; // outlives the engine
    std::unique_ptr<Engine> m_engine;
    std::shared_ptr<const DataKey> m_dataKey;
    std::optional<SqliteDb> m_reader;
    bool m_submitted = false;
    std::optional<Error> m_failureAfterResult;
    bool m_pinsChecked = false;   // the PINs were right (or no staff yet)
    bool m_loginRecorded = false; // ... and the login went through the engine
    bool m_readAuthorized = false;
};

} // namespace tessera
