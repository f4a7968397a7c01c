// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/idempotencyfilter.h"

#include "storage/sqlitedb.h"

#include <QHash>

#include <bit>
#include <numeric>

namespace tessera {

namespace {

std::uint64_t probe(const IdempotencyFilter::KeyHash &h, int i, std::uint64_t mask)
{
    return (h.h1 + std::uint64_t(i) * h.h2) & mask;
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
    g.bits.assign(size_t(bits / 64), 0);
    g.mask = bits - 1;
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
        bool all = true;
        for (int i = 0; i < kProbes && all; ++i) {
            const std::uint64_t bit = probe(h, i, g->mask);
            all = (g->bits[size_t(bit / 64)] & (std::uint64_t(1) << (bit % 64))) != 0;
        }
        if (all)
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
    for (int i = 0; i < kProbes; ++i) {
        const std::uint64_t bit = probe(h, i, g.mask);
        g.bits[size_t(bit / 64)] |= std::uint64_t(1) << (bit % 64);
    }
    ++g.keys;
    return true;
}

} // namespace tessera
