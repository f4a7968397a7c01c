// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace tessera {

class SqliteDb;

// Which idempotency keys the journal may hold, in memory (a Bloom filter):
// "no" is certain, "maybe" is checked on disk. Nearly every command comes
// with a key never seen before, so the writer skips the journal lookup for
// it. The filter only ever gains keys: a key added by a command rolled back
// later costs one needless lookup, never a missed replay. It is built from
// the journal when the writer opens, again when it grows past its size, and
// whenever another connection changed the file.
class IdempotencyFilter
{
public:
    // Every key the journal holds now (reads the idem_key index), sized for
    // `journalled` keys (the journal's gap-free end, which the writer knows).
    Result<void> load(SqliteDb &db, qint64 journalled);
    // Forgets what it knew: every key is "maybe" until the next load().
    void invalidate();
    bool isLoaded() const { return !m_bits.empty(); }

    // A key as the filter sees it: two independent hashes, probe i looks at
    // h1 + i * h2. Made once per command, on the caller's thread (submit),
    // so the writer only tests and sets bits.
    struct KeyHash
    {
        std::uint64_t h1 = 0;
        std::uint64_t h2 = 1;
    };
    static KeyHash hashOf(QStringView key);

    // False only if the journal certainly does not hold the key.
    bool mayContain(const KeyHash &key) const;
    bool mayContain(QStringView key) const { return mayContain(hashOf(key)); }
    // After the key was journalled. Returns false when the filter is full
    // and should be loaded again, bigger (it then answers "maybe" for all).
    bool add(const KeyHash &key);
    bool add(QStringView key) { return add(hashOf(key)); }

private:
    static constexpr int kProbes = 4;
    // Bits per key at most: a false "maybe" about one key in two hundred.
    static constexpr qint64 kBitsPerKey = 12;
    void size(qint64 keys);
    std::vector<std::uint64_t> m_bits;
    std::uint64_t m_mask = 0;
    qint64 m_keys = 0;
    qint64 m_capacity = 0;
};

} // namespace tessera
