// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/answersheet.h"

#include <cstring>
#include <utility>

namespace tessera {

namespace {

std::unique_ptr<char[]> newBlock()
{
    return std::unique_ptr<char[]>(new char[size_t(AnswerBlocks::kBlock)]);
}

} // namespace

std::unique_ptr<char[]> AnswerBlocks::take()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_free.empty()) {
            std::unique_ptr<char[]> block = std::move(m_free.back());
            m_free.pop_back();
            return block;
        }
    }
    return newBlock();
}

void AnswerBlocks::giveBack(std::vector<std::unique_ptr<char[]>> &blocks)
{
    {
        std::lock_guard lock(m_mutex);
        while (!blocks.empty() && m_free.size() < kKept) {
            m_free.push_back(std::move(blocks.back()));
            blocks.pop_back();
        }
    }
    blocks.clear(); // beyond what is kept: freed, outside the lock
}

size_t AnswerBlocks::kept() const
{
    std::lock_guard lock(m_mutex);
    return m_free.size();
}

AnswerSheet::AnswerSheet(std::shared_ptr<AnswerBlocks> pool)
    : m_pool(std::move(pool))
{}

AnswerSheet &AnswerSheet::operator=(AnswerSheet &&other) noexcept
{
    if (this != &other) {
        giveBack();
        m_pool = std::move(other.m_pool);
        m_blocks = std::move(other.m_blocks);
        m_large = std::move(other.m_large);
        m_used = std::exchange(other.m_used, AnswerBlocks::kBlock);
    }
    return *this;
}

AnswerSheet::~AnswerSheet()
{
    giveBack();
}

void AnswerSheet::giveBack()
{
    if (m_pool && !m_blocks.empty())
        m_pool->giveBack(m_blocks);
    m_blocks.clear();
    m_large.clear();
    m_used = AnswerBlocks::kBlock;
}

QByteArray AnswerSheet::keep(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    if (size == 0)
        return {};
    char *at = nullptr;
    if (size > AnswerBlocks::kBlock / 4) {
        // A large answer has a block of its own; the current block stays the
        // one being filled.
        m_large.push_back(std::unique_ptr<char[]>(new char[size_t(size)]));
        at = m_large.back().get();
    } else {
        if (m_used + size > AnswerBlocks::kBlock) {
            m_blocks.push_back(m_pool ? m_pool->take() : newBlock());
            m_used = 0;
        }
        at = m_blocks.back().get() + m_used;
        m_used += size;
    }
    std::memcpy(at, bytes.data(), size_t(size));
    return QByteArray::fromRawData(at, size);
}

} // namespace tessera
