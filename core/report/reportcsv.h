// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tessera {

struct RunReport;

// The run report's rows as CSV files a spreadsheet opens as they are: UTF-8
// with a byte-order mark (Excel then reads Chinese text right), CRLF lines,
// times as "yyyy-MM-dd HH:mm:ss" in the box office's zone (Excel's own date
// format), amounts as decimals ("380.00"). A cell Excel would run as a
// formula (starting with =, +, -, @, tab or CR) is neutralised: a leading
// apostrophe, and quoted.
class ReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ReportCsv)

public:
    // One row per order: number, terminal, created, event, channel, state,
    // currency, total, customer.
    static QByteArray orders(const RunReport &report);
    // One row per payment attempt: payment, order, terminal, created, method,
    // provider, state, error code, currency, amount.
    static QByteArray payments(const RunReport &report);
    // One row per refund: order, terminal, created, currency, amount, reason.
    static QByteArray refunds(const RunReport &report);

    // One cell, neutralised and quoted as needed.
    static QString cell(const QString &text);
    // The time in `zone` as Excel reads it: "2026-11-22 10:00:00".
    static QString time(qint64 ms, const QString &zone);
};

} // namespace tessera
