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
// the journal when the writer opens and whenever another connection changed
// the file. When it is full it grows by itself, without reading the journal
// again: a new filter twice the size takes the new keys, and a key is
// "maybe" if any of them says so (a scalable Bloom filter), so a writer
// ingesting millions of entries never stops to reload them.
class IdempotencyFilter
{
public:
    // Every key the journal holds now (reads the idem_key index), sized for
    // `journalled` keys (the journal's gap-free end, which the writer knows).
    Result<void> load(SqliteDb &db, qint64 journalled);
    // Forgets what it knew: every key is "maybe" until the next load().
    void invalidate();
    bool isLoaded() const { return !m_generations.empty(); }

    // A key as the filter sees it: two independent hashes, h1 choosing the
    // block and h2 the bits in it. Made once per command, on the caller's
    // thread (submit), so the writer only tests and sets bits.
    struct KeyHash
    {
        std::uint64_t h1 = 0;
        std::uint64_t h2 = 1;
    };
    static KeyHash hashOf(QStringView key);

    // False only if the journal certainly does not hold the key.
    bool mayContain(const KeyHash &key) const;
    bool mayContain(QStringView key) const { return mayContain(hashOf(key)); }
    // After the key was journalled. False only when it is not loaded.
    bool add(const KeyHash &key);
    bool add(QStringView key) { return add(hashOf(key)); }
    // Asks the CPU for the cache line each generation keeps `key` in, for a
    // command the writer comes to shortly.
    void prefetch(const KeyHash &key) const;
    // How many filters it is made of (1 until it first filled up).
    int generations() const { return int(m_generations.size()); }

private:
    // A split block Bloom filter: a key's bits all lie in one cache line
    // (one bit in each of its eight words), so a test or an add touches one
    // line per generation where a classic filter touches one per probe.
    struct alignas(64) Block
    {
        std::uint64_t words[8];
    };
    // Bits per key at most: a false "maybe" about one key in two hundred
    // per generation.
    static constexpr qint64 kBitsPerKey = 12;
    struct Generation
    {
        std::vector<Block> blocks;
        std::uint64_t mask = 0; // blocks.size() - 1
        qint64 keys = 0;
        qint64 capacity = 0;
        const Block &blockOf(const KeyHash &h) const { return blocks[size_t(h.h1 & mask)]; }
        Block &blockOf(const KeyHash &h) { return blocks[size_t(h.h1 & mask)]; }
    };
    // Room for at least twice `keys` (and a million bits).
    static Generation sized(qint64 keys);
    qint64 keyCount() const;
    std::vector<Generation> m_generations; // oldest first; empty: not loaded
};

} // namespace tessera
