// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <memory>
#include <vector>

namespace tessera {

// The answers the writer gives in one batch, copied into a few large blocks.
// Each command's answer is a view of its copy (QByteArray::fromRawData):
// the writer frees the command's own bytes itself, and the answering thread
// copies each answer out for its caller before it drops the sheet whole.
// So no answer the writer allocated is freed on another thread, one by one:
// glibc's allocator takes the writer's arena lock for each such free, and
// the writer then waits on the threads that answer its callers.
class AnswerSheet
{
public:
    // A view of a copy of `bytes`, valid while this sheet lives (moving the
    // sheet keeps it valid). Empty bytes give an empty QByteArray.
    QByteArray keep(QByteArrayView bytes);
    bool isEmpty() const { return m_blocks.empty(); }

private:
    static constexpr qsizetype kBlock = 64 * 1024;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    qsizetype m_used = kBlock; // bytes used in m_blocks.back()
};

} // namespace tessera
