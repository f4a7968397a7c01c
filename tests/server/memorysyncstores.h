// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// JournalLedger and SalesMirror kept in memory: a second storage under the
// server's sync rules (JournalIngest, SalesProjection), so a test shows the
// rules hold whatever keeps their rows, and that SQLite keeps the same rows.
#include "store/journalledger.h"
#include "store/salesmirror.h"
#include "sync/journalbatch.h"

#include <QHash>
#include <QStringList>

#include <map>
#include <utility>

namespace tessera {
class SqliteDb;
}

namespace tessera::test {

class MemoryJournalLedger final : public JournalLedger
{
public:
    Result<qint64> acknowledged(qint64 terminal) override;
    Result<QByteArray> digestAt(qint64 terminal, qint64 seq) override;
    Result<void> append(qint64 terminal, const ShippedEntry &entry, const QByteArray &digest,
                        qint64 receivedAt) override;
    Result<qint64> forEachEntry(
        const std::function<Result<void>(qint64 terminal, const ShippedEntry &)> &visit) override;

    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    struct Stored
    {
        ShippedEntry entry;
        QByteArray digest;
    };
    std::map<std::pair<qint64, qint64>, Stored> m_entries; // (terminal, seq)
};

class MemorySalesMirror final : public SalesMirror
{
public:
    // The catalog's names the projection asks for: "event/seat" → category,
    // quota id → name.
    QHash<QString, QString> seatCategories;
    QHash<qint64, QString> quotaNames;

    Result<void> clear() override;
    Result<void> putOrder(const MirroredOrder &order) override;
    Result<void> putLine(const MirroredLine &line) override;
    Result<void> addPayment(const MirroredPayment &payment) override;
    Result<void> addRefund(qint64 terminal, qint64 order, qint64 amount, const QString &reason,
                           qint64 at) override;
    Result<std::optional<MirroredOrder>> order(qint64 terminal, qint64 order) override;
    Result<std::optional<MirroredLine>> line(qint64 terminal, qint64 line) override;
    Result<std::vector<MirroredLine>> linesOfEvent(qint64 terminal, qint64 event) override;
    Result<std::vector<MirroredLine>> linesOfOrder(qint64 terminal, qint64 order) override;
    Result<void> setOrderState(qint64 terminal, qint64 order, int state) override;
    Result<void> setOrderPaid(qint64 terminal, qint64 order, qint64 paid) override;
    Result<void> addToOrder(qint64 terminal, qint64 order, qint64 total, qint64 paid,
                            qint64 refunded) override;
    Result<void> setLineState(qint64 terminal, qint64 line, int state) override;
    Result<void> settlePayment(qint64 terminal, qint64 payment, int state,
                               const QString &errorCode) override;
    Result<void> recordRedemption(const MirroredRedemption &redemption) override;
    Result<void> noteSellerRefund(qint64 terminal, const QJsonArray &lines, qint64 at) override;
    Result<QString> seatCategory(qint64 event, const QString &seat) override;
    Result<QString> quotaName(qint64 quota) override;

    // Every row, one line each, in the form of SqliteSalesMirrorRows (so the
    // two can be compared whole): "order|…", "line|…", "payment|…",
    // "refund|…", "redemption|…".
    QStringList rows() const;

private:
    using Key = std::pair<qint64, qint64>; // (terminal, own id)
    std::map<Key, MirroredOrder> m_orders;
    std::map<Key, MirroredLine> m_lines;
    std::map<Key, MirroredPayment> m_payments;
    struct Refund
    {
        qint64 order = 0;
        qint64 amount = 0;
        QString reason;
        qint64 at = 0;
    };
    std::map<Key, Refund> m_refunds;
    std::map<Key, MirroredRedemption> m_redemptions; // (terminal, seq)
};

// Every row of the server's SQLite mirror (sales_* and ticket_redemptions),
// in MemorySalesMirror::rows()'s form.
QStringList sqliteSalesMirrorRows(SqliteDb &db);

} // namespace tessera::test
