// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace tessera {

// Which slot of an event's seats has a GUID, for the writer's every seat
// sale. An open-addressing table of (hash, slot) pairs, 8 bytes each, with
// the GUIDs kept once, in slot order: a stadium's 80 000 seats take about a
// megabyte, a lookup hashes the GUID once (a fast keyed mix, not SipHash)
// and reads one or two table entries before it compares the text.
class SeatIndex
{
public:
    // `seed` keys the hash (a venue plan cannot be made to collide on
    // purpose without it); the same seed gives the same layout.
    explicit SeatIndex(std::uint64_t seed);
    // Keyed with a seed of its own, drawn at random.
    SeatIndex();

    // Room for `count` seats without growing.
    void reserve(qsizetype count);
    // Adds the next slot (0, 1, 2…) with this GUID and returns it. A GUID
    // added twice keeps its first slot for find().
    qsizetype add(const QString &guid);
    // The slot of `guid`; -1 when no seat has it.
    qsizetype find(QStringView guid) const;
    const QString &guid(qsizetype slot) const { return m_guids[size_t(slot)]; }
    qsizetype size() const { return qsizetype(m_guids.size()); }

private:
    struct Entry
    {
        std::uint32_t hash = 0;
        std::uint32_t slotPlusOne = 0; // 0: empty
    };
    std::uint64_t hashOf(QStringView guid) const;
    void place(std::uint64_t hash, qsizetype slot);
    void rebuild(size_t capacity);

    std::uint64_t m_seed;
    std::vector<Entry> m_table; // a power of two, at most half full
    std::vector<QString> m_guids;
};

} // namespace tessera
