// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysyncstores.h"

#include "storage/sqlitedb.h"

#include <QJsonArray>

#include <algorithm>

namespace tessera::test {

namespace {

template<class Map>
qint64 nextId(const Map &rows, qint64 terminal)
{
    qint64 last = 0;
    for (auto it = rows.lower_bound({terminal, 0}); it != rows.end() && it->first.first == terminal;
         ++it)
        last = it->first.second;
    return last + 1;
}

QString row(const char *kind, const QVariantList &fields)
{
    QStringList out{QString::fromLatin1(kind)};
    for (const QVariant &f : fields)
        out << f.toString();
    return out.join(QLatin1Char('|'));
}

} // namespace

Result<qint64> MemoryJournalLedger::acknowledged(qint64 terminal)
{
    auto it = m_entries.lower_bound({terminal + 1, 0});
    if (it == m_entries.begin())
        return qint64(0);
    --it;
    return it->first.first == terminal ? it->first.second : 0;
}

Result<QByteArray> MemoryJournalLedger::digestAt(qint64 terminal, qint64 seq)
{
    auto it = m_entries.find({terminal, seq});
    return it == m_entries.end() ? QByteArray() : it->second.digest;
}

Result<void> MemoryJournalLedger::append(qint64 terminal, const ShippedEntry &entry,
                                         const QByteArray &digest, qint64 receivedAt)
{
    Q_UNUSED(receivedAt);
    if (!m_entries.emplace(std::make_pair(terminal, entry.seq), Stored{entry, digest}).second)
        return fail(ErrorCode::StorageError,
                    QStringLiteral("entry %1 stored twice").arg(entry.seq));
    return {};
}

Result<qint64> MemoryJournalLedger::forEachEntry(
    const std::function<Result<void>(qint64 terminal, const ShippedEntry &)> &visit)
{
    qint64 count = 0;
    for (const auto &[key, stored] : m_entries) {
        if (!changesFigures(stored.entry.kind))
            continue;
        if (auto r = visit(key.first, stored.entry); !r)
            return r.error();
        ++count;
    }
    return count;
}

Result<void> MemorySalesMirror::clear()
{
    m_orders.clear();
    m_lines.clear();
    m_payments.clear();
    m_refunds.clear();
    m_redemptions.clear();
    return {};
}

Result<void> MemorySalesMirror::putOrder(const MirroredOrder &order)
{
    m_orders[{order.terminal, order.order}] = order;
    return {};
}

Result<void> MemorySalesMirror::putLine(const MirroredLine &line)
{
    m_lines[{line.terminal, line.line}] = line;
    return {};
}

Result<void> MemorySalesMirror::addPayment(const MirroredPayment &payment)
{
    m_payments[{payment.terminal, nextId(m_payments, payment.terminal)}] = payment;
    return {};
}

Result<void> MemorySalesMirror::addRefund(qint64 terminal, qint64 order, qint64 amount,
                                          const QString &reason, qint64 at)
{
    m_refunds[{terminal, nextId(m_refunds, terminal)}] = Refund{order, amount, reason, at};
    return {};
}

Result<std::optional<MirroredOrder>> MemorySalesMirror::order(qint64 terminal, qint64 order)
{
    auto it = m_orders.find({terminal, order});
    return it == m_orders.end() ? std::optional<MirroredOrder>() : it->second;
}

Result<std::optional<MirroredLine>> MemorySalesMirror::line(qint64 terminal, qint64 line)
{
    auto it = m_lines.find({terminal, line});
    return it == m_lines.end() ? std::optional<MirroredLine>() : it->second;
}

Result<std::vector<MirroredLine>> MemorySalesMirror::linesOfEvent(qint64 terminal, qint64 event)
{
    std::vector<MirroredLine> out;
    for (const auto &[key, l] : m_lines)
        if (key.first == terminal && l.event == event)
            out.push_back(l);
    std::stable_sort(out.begin(), out.end(), [](const MirroredLine &a, const MirroredLine &b) {
        return std::make_pair(a.order, a.line) < std::make_pair(b.order, b.line);
    });
    return out;
}

Result<std::vector<MirroredLine>> MemorySalesMirror::linesOfOrder(qint64 terminal, qint64 order)
{
    std::vector<MirroredLine> out;
    for (const auto &[key, l] : m_lines)
        if (key.first == terminal && l.order == order)
            out.push_back(l);
    return out;
}

Result<void> MemorySalesMirror::setOrderState(qint64 terminal, qint64 order, int state)
{
    if (auto it = m_orders.find({terminal, order}); it != m_orders.end())
        it->second.state = state;
    return {};
}

Result<void> MemorySalesMirror::setOrderPaid(qint64 terminal, qint64 order, qint64 paid)
{
    if (auto it = m_orders.find({terminal, order}); it != m_orders.end())
        it->second.paid = paid;
    return {};
}

Result<void> MemorySalesMirror::addToOrder(qint64 terminal, qint64 order, qint64 total, qint64 paid,
                                           qint64 refunded)
{
    if (auto it = m_orders.find({terminal, order}); it != m_orders.end()) {
        it->second.total += total;
        it->second.paid += paid;
        it->second.refunded += refunded;
    }
    return {};
}

Result<void> MemorySalesMirror::setLineState(qint64 terminal, qint64 line, int state)
{
    if (auto it = m_lines.find({terminal, line}); it != m_lines.end())
        it->second.state = state;
    return {};
}

Result<void> MemorySalesMirror::settlePayment(qint64 terminal, qint64 payment, int state,
                                              const QString &errorCode)
{
    if (auto it = m_payments.find({terminal, payment}); it != m_payments.end()) {
        it->second.state = state;
        it->second.errorCode = errorCode;
    }
    return {};
}

Result<void> MemorySalesMirror::recordRedemption(const MirroredRedemption &redemption)
{
    m_redemptions[{redemption.terminal, redemption.seq}] = redemption;
    return {};
}

Result<void> MemorySalesMirror::noteSellerRefund(qint64, const QJsonArray &, qint64)
{
    return {}; // no refunds elsewhere in memory
}

Result<QString> MemorySalesMirror::seatCategory(qint64 event, const QString &seat)
{
    return seatCategories.value(QStringLiteral("%1/%2").arg(event).arg(seat));
}

Result<QString> MemorySalesMirror::quotaName(qint64 quota)
{
    return quotaNames.value(quota);
}

QStringList MemorySalesMirror::rows() const
{
    QStringList out;
    for (const auto &[key, o] : m_orders)
        out << row("order", {o.terminal, o.order, o.event, o.currency, o.state, o.total, o.paid,
                             o.refunded, o.channel, o.createdAt});
    for (const auto &[key, l] : m_lines)
        out << row("line",
                   {l.terminal, l.line, l.order, l.event, l.kind, l.price, l.state, l.stock});
    for (const auto &[key, p] : m_payments)
        out << row("payment", {key.first, key.second, p.order, p.method, p.amount, p.state,
                               p.errorCode, p.createdAt});
    for (const auto &[key, r] : m_refunds)
        out << row("refund", {key.first, key.second, r.order, r.amount, r.reason, r.at});
    // Of one ticket's redemptions the first by time is kept, ties to the
    // lower terminal, then the lower sequence.
    for (const auto &[key, d] : m_redemptions) {
        bool kept = true;
        for (const auto &[otherKey, other] : m_redemptions) {
            if (other.ticketKey == d.ticketKey &&
                std::make_tuple(other.redeemedAt, other.terminal, other.seq) <
                    std::make_tuple(d.redeemedAt, d.terminal, d.seq))
                kept = false;
        }
        out << row("redemption", {d.terminal, d.seq, QString::fromLatin1(d.ticketKey.toHex()),
                                  d.event, d.line, d.gate, d.redeemedAt, int(kept)});
    }
    out.sort();
    return out;
}

QStringList sqliteSalesMirrorRows(SqliteDb &db)
{
    QStringList out;
    auto read = [&](const char *kind, const char *sql, int columns) {
        auto stmt = db.prepare(QString::fromLatin1(sql));
        if (!stmt)
            qFatal("%s", qPrintable(stmt.error().toString()));
        (void)stmt->forEachRow([&](SqliteStatement &s) {
            QVariantList fields;
            for (int c = 0; c < columns; ++c)
                fields << s.columnText(c);
            out << row(kind, fields);
        });
    };
    read("order",
         "SELECT terminal_id, order_id, event_id, currency, state, total, paid, refunded, channel, "
         "created_at FROM sales_orders",
         10);
    read("line",
         "SELECT terminal_id, line_id, order_id, event_id, kind, price, state, stock FROM "
         "sales_lines",
         8);
    read("payment",
         "SELECT terminal_id, payment_id, order_id, method, amount, state, error_code, created_at "
         "FROM sales_payments",
         8);
    read("refund",
         "SELECT terminal_id, refund_id, order_id, amount, reason, created_at FROM sales_refunds",
         6);
    read("redemption",
         "SELECT terminal_id, seq, lower(hex(ticket_key)), event_id, line_id, gate, redeemed_at, "
         "kept FROM ticket_redemptions",
         8);
    out.sort();
    return out;
}

} // namespace tessera::test
