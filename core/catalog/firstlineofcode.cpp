// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/firstlineofcode.h"

#include <QHash>

namespace tessera {
namespace {

size_t hashOf(const QString &code)
{
    // A fixed non-zero seed: Qt picks its fast hardware hash only for non-zero seeds.
    return qHash(code, size_t(1));
}

} // namespace

void FirstLineOfCode::reserve(qsizetype count)
{
    m_entries.reserve(count);
    rehash(count);
}

int FirstLineOfCode::insert(const QString &code, int line)
{
    // At most half full, so probe runs stay short.
    if ((m_entries.size() + 1) * 2 > qsizetype(m_slots.size()))
        rehash(m_entries.size() + 1);
    const size_t hash = hashOf(code);
    for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
        Slot &slot = m_slots[i];
        if (slot.entry < 0) {
            slot = Slot{hash, qint32(m_entries.size())};
            m_entries.append(Entry{code, line});
            return 0;
        }
        if (slot.hash == hash && m_entries.at(slot.entry).code == code)
            return m_entries.at(slot.entry).line;
    }
}

void FirstLineOfCode::rehash(qsizetype count)
{
    size_t capacity = 16;
    while (capacity < size_t(count) * 2)
        capacity *= 2;
    if (capacity <= m_slots.size())
        return;
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
    for (qint32 e = 0; e < qint32(m_entries.size()); ++e) {
        const size_t hash = hashOf(m_entries.at(e).code);
        size_t i = hash & m_mask;
        while (m_slots[i].entry >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = Slot{hash, e};
    }
}

} // namespace tessera
