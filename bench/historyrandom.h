// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tessera::bench {

// The bench history's random choices: splitmix64, fast, and the same file
// for the same seed on every machine.
class HistoryRandom
{
public:
    explicit HistoryRandom(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    qint64 below(qint64 n) { return qint64(next() % quint64(n)); }
    bool chance(double p) { return double(next() >> 11) * 0x1.0p-53 < p; }
    QString hex(int bytes, bool upper)
    {
        static const char digits[] = "0123456789abcdef0123456789ABCDEF";
        QString out(bytes * 2, Qt::Uninitialized);
        for (int i = 0; i < bytes * 2; i += 16) {
            quint64 v = next();
            for (int j = i; j < qMin(bytes * 2, i + 16); ++j, v >>= 4)
                out[j] = QLatin1Char(digits[(v & 15) + (upper ? 16 : 0)]);
        }
        return out;
    }
    // A version-4 UUID, as the console's idempotency keys are.
    QString uuid()
    {
        QString h = hex(16, false);
        h[12] = QLatin1Char('4');
        h[16] = QLatin1Char("89ab"[next() & 3]);
        return h.left(8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4) +
               QLatin1Char('-') + h.mid(16, 4) + QLatin1Char('-') + h.mid(20);
    }
    QString digits(int count)
    {
        QString out;
        for (int i = 0; i < count; ++i)
            out += QLatin1Char(char('0' + below(10)));
        return out;
    }

private:
    quint64 m_state;
};

} // namespace tessera::bench
