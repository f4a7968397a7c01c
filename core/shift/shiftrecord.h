// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "common/result.h"

#include <QString>

#include <limits>
#include <optional>

namespace tessera {

class SqliteDb;

// The last payment, refund, order and journal row at one moment. A shift keeps
// the marks of when it opened and closed: what lies between belongs to it.
// Ids only grow (rows are never deleted), so the marks place every row exactly,
// even when many changes share one millisecond.
struct ShiftMarks
{
    qint64 payment = 0;
    qint64 refund = 0;
    qint64 order = 0;
    qint64 seq = 0;

    // The marks of the database as `db` sees it now (inside the writer's
    // transaction, that includes the batch's earlier commands).
    static Result<ShiftMarks> now(SqliteDb &db);
    // Upper marks of a shift that is still open.
    static ShiftMarks unbounded()
    {
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        return {kMax, kMax, kMax, kMax};
    }
};

// One row of `shifts`: a cash drawer's shift on one terminal.
struct ShiftRecord
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ShiftRecord)

public:
    qint64 id = 0;
    QString terminal;
    QString currency;
    qint64 floatAmount = 0;
    qint64 openedAt = 0; // ms since the epoch, UTC
    QString openedBy;
    std::optional<qint64> closedAt;
    QString closedBy;
    QString countedJson; // DrawerCount::toJson() once closed
    qint64 countedTotal = 0;
    qint64 expected = 0;
    qint64 difference = 0; // counted - expected: > 0 over, < 0 short
    QString note;
    QString approvedBy;              // who approved closing with a difference
    ShiftMarks after;                // marks when it opened
    std::optional<ShiftMarks> until; // marks when it closed

    bool isOpen() const { return !closedAt.has_value(); }
    ShiftMarks upperMarks() const { return until.value_or(ShiftMarks::unbounded()); }

    static Result<ShiftRecord> load(SqliteDb &db, qint64 id);
    // The terminal's open shift, if any.
    static Result<std::optional<ShiftRecord>> openOn(SqliteDb &db, const QString &terminal);
    // The terminal's most recent shift, open or closed.
    static Result<std::optional<ShiftRecord>> latestOn(SqliteDb &db, const QString &terminal);
};

// ISO 8601 UTC ("2026-11-22T02:00:00Z") of a time in ms; empty for 0.
QString shiftTimeText(qint64 ms);

} // namespace tessera
