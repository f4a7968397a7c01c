// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/idempotencyfilter.h"

#include "storage/sqlitedb.h"

#include <QHash>

#include <bit>
#include <numeric>

namespace tessera {

namespace {

// The bit a key sets in each word of its block: six bits of h2, each word's
// mixed by its own odd multiplier (as Parquet's split block filters do).
constexpr std::uint64_t kSalts[8] = {
    0x47b6137b44974d91ULL, 0x8824ad5ba2b7289dULL, 0x705495c72df1424bULL, 0x9efc49475c6bfb31ULL,
    0xd4b3c7b9e5ea2a57ULL, 0x2bb6a1a55f3b1e4dULL, 0x5c6bfb31a9e34c67ULL, 0xe3a1c3e52f9d7b15ULL};

std::uint64_t bitOf(std::uint64_t h2, int word)
{
    return std::uint64_t(1) << ((h2 * kSalts[word]) >> 58);
}

} // namespace

IdempotencyFilter::KeyHash IdempotencyFilter::hashOf(QStringView key)
{
    const auto h1 = std::uint64_t(qHash(key, size_t(0x2545F4914F6CDD1DULL)));
    const auto h2 = std::uint64_t(qHash(key, size_t(0x9E3779B97F4A7C15ULL)));
    return {h1, h2 | 1};
}

IdempotencyFilter::Generation IdempotencyFilter::sized(qint64 keys)
{
    // At least a million bits (128 KB); room for twice the keys it starts with.
    const auto wanted = std::uint64_t(qMax<qint64>(keys * 2, 1) * kBitsPerKey);
    const std::uint64_t bits = std::bit_ceil(qMax<std::uint64_t>(wanted, 1u << 20));
    Generation g;
    g.blocks.assign(size_t(bits / 512), Block{});
    g.mask = bits / 512 - 1;
    g.capacity = qint64(bits) / kBitsPerKey;
    return g;
}

qint64 IdempotencyFilter::keyCount() const
{
    return std::accumulate(m_generations.cbegin(), m_generations.cend(), qint64(0),
                           [](qint64 keys, const Generation &g) { return keys + g.keys; });
}

Result<void> IdempotencyFilter::load(SqliteDb &db, qint64 journalled)
{
    invalidate();
    auto keys = db.prepare(QStringLiteral("SELECT idem_key FROM journal"));
    if (!keys)
        return keys.error();
    m_generations.push_back(sized(journalled));
    for (;;) {
        auto row = keys->step();
        if (!row) {
            invalidate();
            return row.error();
        }
        if (!*row)
            break;
        add(keys->columnText(0));
    }
    return {};
}

void IdempotencyFilter::invalidate()
{
    m_generations.clear();
}

bool IdempotencyFilter::mayContain(const KeyHash &h) const
{
    if (m_generations.empty())
        return true;
    // Newest first: a key journalled lately is there.
    for (auto g = m_generations.crbegin(); g != m_generations.crend(); ++g) {
        const Block &block = g->blockOf(h);
        std::uint64_t missing = 0;
        for (int w = 0; w < 8; ++w) {
            const std::uint64_t bit = bitOf(h.h2, w);
            missing |= bit & ~block.words[w];
        }
        if (missing == 0)
            return true;
    }
    return false;
}

bool IdempotencyFilter::add(const KeyHash &h)
{
    if (m_generations.empty())
        return false;
    if (m_generations.back().keys >= m_generations.back().capacity)
        m_generations.push_back(sized(keyCount()));
    Generation &g = m_generations.back();
    Block &block = g.blockOf(h);
    for (int w = 0; w < 8; ++w)
        block.words[w] |= bitOf(h.h2, w);
    ++g.keys;
    return true;
}

void IdempotencyFilter::prefetch(const KeyHash &h) const
{
    for (const Generation &g : m_generations)
        __builtin_prefetch(&g.blockOf(h));
}

} // namespace tessera
