// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/seatindex.h"

#include <QRandomGenerator>

#include <bit>
#include <cstring>

namespace tessera {

namespace {

std::uint64_t mix(std::uint64_t h)
{
    // MurmurHash3's finaliser: every input bit reaches every output bit.
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h;
}

} // namespace

SeatIndex::SeatIndex(std::uint64_t seed)
    : m_seed(mix(seed ^ 0x9E3779B97F4A7C15ULL))
{}

SeatIndex::SeatIndex()
    : SeatIndex(QRandomGenerator::global()->generate64())
{}

std::uint64_t SeatIndex::hashOf(QStringView guid) const
{
    // Four UTF-16 units at a time, each word folded in and multiplied.
    const auto *bytes = reinterpret_cast<const unsigned char *>(guid.data());
    size_t left = size_t(guid.size()) * sizeof(char16_t);
    std::uint64_t h = m_seed ^ (std::uint64_t(left) * 0x9E3779B97F4A7C15ULL);
    while (left >= 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes, 8);
        h = (h ^ word) * 0x100000001B3ULL;
        h ^= h >> 29;
        bytes += 8;
        left -= 8;
    }
    if (left) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes, left);
        h = (h ^ word) * 0x100000001B3ULL;
    }
    return mix(h);
}

void SeatIndex::reserve(qsizetype count)
{
    m_guids.reserve(size_t(count));
    const size_t wanted = std::bit_ceil(size_t(qMax<qsizetype>(count, 4)) * 2);
    if (wanted > m_table.size())
        rebuild(wanted);
}

void SeatIndex::rebuild(size_t capacity)
{
    m_table.assign(capacity, Entry{});
    for (qsizetype slot = 0; slot < size(); ++slot)
        place(hashOf(m_guids[size_t(slot)]), slot);
}

void SeatIndex::place(std::uint64_t hash, qsizetype slot)
{
    const size_t mask = m_table.size() - 1;
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        if (m_table[i].slotPlusOne == 0) {
            m_table[i] = {std::uint32_t(hash >> 32), std::uint32_t(slot + 1)};
            return;
        }
    }
}

qsizetype SeatIndex::add(const QString &guid)
{
    const qsizetype slot = size();
    m_guids.push_back(guid);
    if (size_t(size()) * 2 > m_table.size())
        rebuild(std::bit_ceil(size_t(size()) * 4)); // places every slot, this one too
    else
        place(hashOf(guid), slot);
    return slot;
}

qsizetype SeatIndex::find(QStringView guid) const
{
    if (m_table.empty())
        return -1;
    const std::uint64_t hash = hashOf(guid);
    const auto tag = std::uint32_t(hash >> 32);
    const size_t mask = m_table.size() - 1;
    // Probing stops at the first empty entry: there always is one (half full).
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        const Entry &e = m_table[i];
        if (e.slotPlusOne == 0)
            return -1;
        if (e.hash == tag && m_guids[e.slotPlusOne - 1] == guid)
            return qsizetype(e.slotPlusOne - 1);
    }
}

} // namespace tessera
