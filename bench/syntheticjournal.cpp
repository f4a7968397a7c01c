// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticjournal.h"

#include "crypto/sha256.h"

namespace tessera::bench {

namespace {

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

// A stable pseudo-random number for (seq, salt): no state, so any entry can
// be made again on its own.
quint64 mix(qint64 seq, quint64 salt)
{
    quint64 x = quint64(seq) * 0x9E3779B97F4A7C15ULL ^ salt;
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ULL;
    return x ^ (x >> 29);
}

QByteArray seatGuid(quint64 r)
{
    return "S-" + number(1 + r % 24) + "-" + number(1 + (r >> 8) % 40) + "-" +
           number(1 + (r >> 16) % 30);
}

} // namespace

ShippedEntry SyntheticJournal::entry(qint64 seq) const
{
    const quint64 r = mix(seq, qHash(m_terminal));
    const QByteArray t = m_terminal.toUtf8();
    ShippedEntry e;
    e.seq = seq;
    e.createdAt = m_startMs + seq * 900 + qint64(r % 700);
    e.actor = QStringLiteral("clerk-%1").arg(1 + r % 4);
    const int kind = int(r % 10);
    const qint64 event = 1 + qint64((r >> 12) % 6);
    if (kind < 7) {
        e.kind = QStringLiteral("sell");
        const bool seated = kind < 4;
        const qint64 price = 2500 + qint64((r >> 20) % 12) * 500;
        const qint64 quantity = seated ? 1 : 1 + qint64((r >> 24) % 4);
        const QByteArray method = (r >> 28) % 3 ? "card" : "cash";
        const QByteArray line =
            seated
                ? QByteArray("{\"category\":" + number(1 + (r >> 32) % 3) +
                             ",\"price\":" + number(price) + ",\"seat\":\"" + seatGuid(r >> 5) +
                             "\",\"ticket_type\":1}")
                : QByteArray("{\"price\":" + number(price) + ",\"quantity\":" + number(quantity) +
                             ",\"quota\":" + number(event) + ",\"ticket_type\":1}");
        e.payload = "{\"channel\":\"counter\",\"event\":" + number(event) + ",\"lines\":[" + line +
                    "],\"payments\":[{\"amount\":" + number(price * quantity) + ",\"method\":\"" +
                    method + "\"}]}";
        QByteArray tickets;
        for (qint64 i = 0; i < quantity; ++i)
            tickets += QByteArray(i ? ",{\"code\":\"" : "{\"code\":\"") +
                       Sha256::digest({t, number(seq), number(i)}).toHex().left(20) +
                       "\",\"ticket\":" + number(seq * 4 + i) + "}";
        e.result = "{\"order\":" + number(seq) + ",\"tickets\":[" + tickets +
                   "],\"total\":" + number(price * quantity) + "}";
    } else if (kind < 9) {
        e.kind = QStringLiteral("hold");
        e.payload = "{\"event\":" + number(event) + ",\"seats\":[\"" + seatGuid(r >> 7) + "\",\"" +
                    seatGuid(r >> 9) + "\"],\"ttl_s\":600}";
        e.result =
            "{\"expires_at\":" + number(e.createdAt + 600000) + ",\"hold\":" + number(seq) + "}";
    } else {
        e.kind = QStringLiteral("release_hold");
        e.payload = "{\"hold\":" + number(qMax<qint64>(1, seq - 1)) + "}";
        e.result = "{\"released\":2}";
    }
    e.idemKey = m_terminal + QLatin1Char(':') + e.kind + QLatin1Char(':') + QString::number(seq);
    e.requestHash = Sha256::digest({e.kind.toUtf8(), "\n", e.payload});
    return e;
}

QJsonObject SyntheticJournal::batch(qint64 first, qint64 last) const
{
    std::vector<ShippedEntry> entries;
    entries.reserve(size_t(qMax<qint64>(0, last - first + 1)));
    for (qint64 seq = first; seq <= last; ++seq)
        entries.push_back(entry(seq));
    return JournalBatch::toJson(entries);
}

} // namespace tessera::bench
