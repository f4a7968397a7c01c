// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/datakey.h"
#include "engine/command.h"
#include "engine/idempotencyfilter.h"

#include <QByteArray>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace tessera {

// A command on its way through the writer: what the caller submitted, and
// what the writer decided about it.
struct PendingCommand
{
    CommandRequest request;
    // The canonical request and its hash, made on the caller's thread, with
    // the journal row's other texts in UTF-8 (the actor null when there is
    // none) and the key as the idempotency filter hashes it.
    QByteArray payload;
    QByteArray hash;
    QByteArray kind;
    QByteArray key;
    QByteArray actor;
    IdempotencyFilter::KeyHash keyHash;
    // The hash with the keyed index of the command's private request bytes
    // folded in (the hash itself when it has none) and the key it was made
    // with, also on the caller's thread; the writer makes it again if that
    // key is not the live one.
    std::shared_ptr<const DataKey> sealedWith;
    QByteArray sealedHash;
    CommandCallback callback;
    // Filled by the writer: the journalled answer (never a bearer credential),
    // what the caller gets (with ticket codes; empty: the journalled answer),
    // or why it was refused. The two answers are views of the writer's
    // AnswerSheet, valid until the answering thread drops it.
    QByteArray resultJson;
    QByteArray answerJson;
    // The ticket codes the answering thread writes into its copy of
    // resultJson for the caller (TicketCodeAt records, byte for byte), also
    // a view of the sheet; empty when there are none.
    QByteArray codes;
    std::optional<Error> error;
    qint64 journalSeq = 0;
    bool replayed = false;

    // The writer's answer is void (its savepoint or transaction was rolled back).
    void forgetAnswer()
    {
        resultJson.clear();
        answerJson.clear();
        codes.clear();
        journalSeq = 0;
    }
};

// Commands and their bytes were allocated on the callers' threads, so the
// writer's cache holds none of them. While it applies batch[at] it fetches
// ahead in stages, each following pointers the stage before brought in, so
// no hint waits for memory itself: four ahead the pending command, three
// ahead what it points to (the command, its journal texts), two ahead what
// the command points to (prefetch()) and the line of `seenKeys` its key's
// bits lie in, one ahead what those point to (prefetchContents()).
inline void prefetchAhead(const std::vector<PendingCommand> &batch, size_t at,
                          const IdempotencyFilter &seenKeys)
{
    if (at + 4 < batch.size()) {
        const char *later = reinterpret_cast<const char *>(&batch[at + 4]);
        for (size_t offset = 0; offset < sizeof(PendingCommand); offset += 64)
            __builtin_prefetch(later + offset);
    }
    if (at + 3 < batch.size()) {
        const PendingCommand &later = batch[at + 3];
        // The command's first lines (a sale's customer lies past the first);
        // addresses as integers: a small command may end before the fourth.
        const auto command = reinterpret_cast<std::uintptr_t>(later.request.command.get());
        for (std::uintptr_t line = 0; line < 4; ++line)
            __builtin_prefetch(reinterpret_cast<const void *>(command + line * 64));
        __builtin_prefetch(later.payload.constData());
        __builtin_prefetch(later.key.constData());
        __builtin_prefetch(later.actor.constData());
        __builtin_prefetch(later.sealedHash.constData());
    }
    if (at + 2 < batch.size()) {
        batch[at + 2].request.command->prefetch();
        seenKeys.prefetch(batch[at + 2].keyHash);
    }
    if (at + 1 < batch.size())
        batch[at + 1].request.command->prefetchContents();
}

} // namespace tessera
