// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace tessera {

// The line each card code was first seen on, for duplicate detection in large imports.
//
// An open-addressing table of the codes' 64-bit hashes rather than a QHash<QString, int>: on a
// million codes the QHash took about half of the whole import (a cache miss for its bucket, one
// for the entry, one for every string it compares); here a probe touches one slot, and codes
// are compared only when their full hashes are equal, so different codes never clash.
class FirstLineOfCode
{
public:
    void reserve(qsizetype count);
    // Records `code` as seen on `line` (> 0); returns the line it was first seen on, 0 if new.
    int insert(const QString &code, int line);
    qsizetype size() const { return m_entries.size(); }

private:
    struct Slot
    {
        size_t hash = 0;
        qint32 entry = -1;
    };
    struct Entry
    {
        QString code;
        int line = 0;
    };

    void rehash(qsizetype count);

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    QList<Entry> m_entries;
};

} // namespace tessera
