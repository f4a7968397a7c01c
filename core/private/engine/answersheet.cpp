// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/answersheet.h"

#include <cstring>

namespace tessera {

QByteArray AnswerSheet::keep(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    if (size == 0)
        return {};
    char *at = nullptr;
    if (size > kBlock / 4) {
        // A large answer has a block of its own, before the current one, so
        // the current block stays the one being filled.
        auto own = std::unique_ptr<char[]>(new char[size_t(size)]);
        at = own.get();
        m_blocks.insert(m_blocks.empty() ? m_blocks.end() : m_blocks.end() - 1, std::move(own));
        if (m_blocks.size() == 1)
            m_used = kBlock; // the only block is full: the next answer starts a new one
    } else {
        if (m_used + size > kBlock) {
            m_blocks.push_back(std::unique_ptr<char[]>(new char[size_t(kBlock)]));
            m_used = 0;
        }
        at = m_blocks.back().get() + m_used;
        m_used += size;
    }
    std::memcpy(at, bytes.data(), size_t(size));
    return QByteArray::fromRawData(at, size);
}

} // namespace tessera
