// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "staff/permissiontable.h"

#include <QByteArray>
#include <QJsonObject>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tessera {

class DataKey;

class WriteContext;

// A ticket code that the caller's copy of an answer carries and the
// journalled one does not: `,"code":"TK1-<line>-<secret>"` goes in at byte
// `at` of the journalled answer. The thread that answers the caller writes
// it there, off the writer's path.
struct TicketCodeAt
{
    qsizetype at = 0;
    qint64 line = 0;
    std::array<char, 16> secret{};
};

// What a command answers, as compact JSON: the bytes that are journalled for
// idempotent replay and handed back to the caller.
struct CommandResult
{
    QByteArray json;
    // What the caller gets when it differs from the journalled answer: the
    // same with bearer credentials (ticket codes), which the journal never
    // holds. Empty: the journalled answer, with `codes` spliced in if any.
    QByteArray callerJson;
    std::vector<TicketCodeAt> codes;

    CommandResult(const QJsonObject &object);
    explicit CommandResult(QByteArray compactJson, QByteArray forCaller = {})
        : json(std::move(compactJson))
        , callerJson(std::move(forCaller))
    {}
};

// One state change applied by the engine's writer, inside a savepoint of its
// own: a refusal or a failure rolls back whatever it wrote, and the writer's
// caches forget what it changed. Commands still validate before they write,
// so the common refusal costs no rollback.
class Command
{
public:
    virtual ~Command() = default;
    // Stable name, as in the journal and the CLI ("sell", "refund").
    virtual QString kind() const = 0;
    // The canonical request: journalled, shipped by sync, and hashed for
    // idempotency (same key + same content = same command).
    virtual QJsonObject toJson() const = 0;
    // toJson() as compact bytes; hot commands write them directly.
    virtual QByteArray toJsonBytes() const;
    // Runs on the writer thread inside the batch transaction. The writer may
    // roll a batch back and apply a command again from the same state, so
    // apply() must not depend on what an earlier call left in the command.
    virtual Result<CommandResult> apply(WriteContext &ctx) = 0;
    // What the acting member of staff needs (PermissionTable); nullopt:
    // anyone may run it.
    virtual std::optional<Permission> requiredPermission() const { return Permission::Sell; }
    // Whether it changes the catalog (venues, events, prices, card products
    // and codes, staff): a terminal that takes its catalog from a central
    // server refuses these (the server is the catalog's one author).
    virtual bool authorsCatalog() const { return false; }
    // The audit log action this command is recorded under ("refund"), or
    // empty when it is not a sensitive action.
    virtual QString auditAction() const { return {}; }
    // What the audit entry says about it; never secrets (PINs, card keys).
    virtual QJsonObject auditDetails() const { return toJson(); }
    // What the request holds besides toJson() and the journal leaves out
    // (a customer's details), as canonical bytes: it counts for idempotency
    // through a keyed HMAC, so the same key with other details is refused.
    virtual QByteArray privateRequestBytes() const { return {}; }
    // privateRequestBytes() as the keyed index the request hash takes in;
    // empty when the command has none.
    QByteArray privateRequestIndex(const DataKey &key) const;
    // Seals and indexes what the command will store encrypted (a customer's
    // details) under `key`, on the caller's thread before the command
    // queues, to keep the writer's path short. apply() uses the result only
    // if `key` is still the live key, and seals again otherwise.
    virtual void seal(const std::shared_ptr<const DataKey> &key) { Q_UNUSED(key); }
    // Hints, on the writer thread, for a command it comes to shortly: start
    // fetching what apply() reads, which the caller's thread allocated and
    // the writer's cache does not hold. prefetch() asks for what the command
    // points to (a sale's lines and payments); prefetchContents(), called a
    // command later, when those are in cache, for what they point to in turn
    // (the lines' and payments' texts). Neither changes anything.
    virtual void prefetch() const {}
    virtual void prefetchContents() const {}
};

// What a caller submits: the command, its idempotency key and who acts.
struct CommandRequest
{
    CommandRequest() = default;
    CommandRequest(std::unique_ptr<Command> c, QString key, QString who = {}, QString approver = {})
        : command(std::move(c))
        , idempotencyKey(std::move(key))
        , actor(std::move(who))
        , overrideBy(std::move(approver))
    {}

    std::unique_ptr<Command> command;
    QString idempotencyKey;
    QString actor;
    // The supervisor who approved, when the actor's role needs an override.
    // Callers verify the approver's PIN (StaffAuthenticator) before setting it.
    QString overrideBy;
};

// A command's answer: its JSON (parsed only when somebody reads it, on their
// own thread) or the error that refused it. Reads like Result<QJsonObject>.
class CommandAnswer
{
public:
    CommandAnswer()
        : m_json(QByteArrayLiteral("{}"))
    {}
    CommandAnswer(Error error)
        : m_error(std::move(error))
    {}
    CommandAnswer(const QJsonObject &object);
    static CommandAnswer fromJson(QByteArray compactJson);

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const QJsonObject &value() const;
    const QJsonObject &operator*() const { return value(); }
    const QJsonObject *operator->() const { return &value(); }
    const Error &error() const { return *m_error; }
    // The answer as journalled (compact JSON); empty when refused.
    const QByteArray &json() const { return m_json; }
    operator Result<QJsonObject>() const;

private:
    std::optional<Error> m_error;
    QByteArray m_json;
    mutable std::optional<QJsonObject> m_object;
};

// The answer a caller gets once the batch holding its command is durable.
struct CommandOutcome
{
    CommandAnswer result;
    qint64 journalSeq = 0; // 0 when refused
    bool replayed = false; // answered from the journal: the key was seen before
};

using CommandCallback = std::function<void(CommandOutcome)>;

} // namespace tessera
