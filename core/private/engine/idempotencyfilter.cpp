// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/idempotencyfilter.h"

#include "storage/sqlitedb.h"

#include <QHash>

#include <bit>

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

void IdempotencyFilter::size(qint64 keys)
{
    // At least a million bits (128 KB); room for twice the keys it starts with.
    const auto wanted = std::uint64_t(qMax<qint64>(keys * 2, 1) * kBitsPerKey);
    const std::uint64_t bits = std::bit_ceil(qMax<std::uint64_t>(wanted, 1u << 20));
    m_bits.assign(size_t(bits / 64), 0);
    m_mask = bits - 1;
    m_keys = 0;
    m_capacity = qint64(bits) / kBitsPerKey;
}

Result<void> IdempotencyFilter::load(SqliteDb &db, qint64 journalled)
{
    invalidate();
    auto keys = db.prepare(QStringLiteral("SELECT idem_key FROM journal"));
    if (!keys)
        return keys.error();
    size(journalled);
    for (;;) {
        auto row = keys->step();
        if (!row) {
            invalidate();
            return row.error();
        }
        if (!*row)
            break;
        if (!add(keys->columnText(0)))
            break; // grew while we read: a bigger filter next time
    }
    return {};
}

void IdempotencyFilter::invalidate()
{
    m_bits.clear();
    m_mask = 0;
    m_keys = 0;
    m_capacity = 0;
}

bool IdempotencyFilter::mayContain(const KeyHash &h) const
{
    if (m_bits.empty())
        return true;
    for (int i = 0; i < kProbes; ++i) {
        const std::uint64_t bit = probe(h, i, m_mask);
        if (!(m_bits[size_t(bit / 64)] & (std::uint64_t(1) << (bit % 64))))
            return false;
    }
    return true;
}

bool IdempotencyFilter::add(const KeyHash &h)
{
    if (m_bits.empty())
        return false;
    if (m_keys >= m_capacity) {
        invalidate();
        return false;
    }
    for (int i = 0; i < kProbes; ++i) {
        const std::uint64_t bit = probe(h, i, m_mask);
        m_bits[size_t(bit / 64)] |= std::uint64_t(1) << (bit % 64);
    }
    ++m_keys;
    return true;
}

} // namespace tessera
