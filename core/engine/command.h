#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace tessera {

class WriteContext;

// What a command answers, as compact JSON: the bytes that are journalled for
// idempotent replay and handed back to the caller.
struct CommandResult
{
    QByteArray json;

    CommandResult(const QJsonObject &object);
    explicit CommandResult(QByteArray compactJson) : json(std::move(compactJson)) {}
};

// One state change applied by the engine's writer. A command validates
// everything before it writes anything: a refusal leaves no trace, and only a
// storage failure (which rolls back the whole batch) can stop it half-way.
class Command
{
public:
    virtual ~Command() = default;
    // Stable name, as in the journal and the CLI ("sell", "refund").
    virtual QString kind() const = 0;
    // The canonical request: journalled, shipped by sync, and hashed for
    // idempotency (same key + same content = same command).
    virtual QJsonObject toJson() const = 0;
    // Runs on the writer thread inside the batch transaction.
    virtual Result<CommandResult> apply(WriteContext &ctx) = 0;
};

// What a caller submits: the command, its idempotency key and who acts.
struct CommandRequest
{
    std::unique_ptr<Command> command;
    QString idempotencyKey;
    QString actor;
};

// The answer a caller gets once the batch holding its command is durable.
struct CommandOutcome
{
    Result<QJsonObject> result = QJsonObject();
    qint64 journalSeq = 0; // 0 when refused
    bool replayed = false; // answered from the journal: the key was seen before
};

using CommandCallback = std::function<void(CommandOutcome)>;

} // namespace tessera
