// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <memory>
#include <mutex>
#include <vector>

namespace tessera {

// The blocks answer sheets are made of, handed back when a sheet is dropped
// and taken again by the next one: the writer fills a few hundred kilobytes
// of answers per batch, and blocks freed to glibc on the answering thread
// were given back to the kernel (the arena trimmed) and faulted in afresh,
// page by page, by the writer's next batch. Thread-safe; keeps at most
// kKept blocks (the rest are freed).
class AnswerBlocks
{
public:
    static constexpr qsizetype kBlock = 64 * 1024;
    static constexpr size_t kKept = 64; // 4 MB

    // A block of kBlock bytes: one handed back earlier, or a new one.
    std::unique_ptr<char[]> take();
    // Takes the blocks (of kBlock bytes each); `blocks` is left empty.
    void giveBack(std::vector<std::unique_ptr<char[]>> &blocks);
    size_t kept() const;

private:
    mutable std::mutex m_mutex;
    std::vector<std::unique_ptr<char[]>> m_free;
};

// The answers the writer gives in one batch, copied into a few large blocks.
// Each command's answer is a view of its copy (QByteArray::fromRawData):
// the writer frees the command's own bytes itself, and the answering thread
// copies each answer out for its caller before it drops the sheet whole.
// So no answer the writer allocated is freed on another thread, one by one:
// glibc's allocator takes the writer's arena lock for each such free, and
// the writer then waits on the threads that answer its callers. With a pool
// the blocks come from it and go back to it when the sheet is dropped.
class AnswerSheet
{
public:
    explicit AnswerSheet(std::shared_ptr<AnswerBlocks> pool = {});
    AnswerSheet(AnswerSheet &&other) noexcept = default;
    AnswerSheet &operator=(AnswerSheet &&other) noexcept;
    ~AnswerSheet();

    // A view of a copy of `bytes`, valid while this sheet lives (moving the
    // sheet keeps it valid). Empty bytes give an empty QByteArray.
    QByteArray keep(QByteArrayView bytes);
    bool isEmpty() const { return m_blocks.empty() && m_large.empty(); }

private:
    void giveBack();

    std::shared_ptr<AnswerBlocks> m_pool;
    std::vector<std::unique_ptr<char[]>> m_blocks; // kBlock bytes each, the last being filled
    std::vector<std::unique_ptr<char[]>> m_large;  // an answer larger than a quarter block each
    qsizetype m_used = AnswerBlocks::kBlock;       // bytes used in m_blocks.back()
};

} // namespace tessera
