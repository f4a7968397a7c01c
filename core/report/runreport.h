// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertstore.h"
#include "common/result.h"
#include "dashboard/dashboardfigures.h"
#include "dashboard/salefacts.h"
#include "replica/syncincidents.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

namespace tessera {

class DataKey;
class SqliteDb;

// What a run report covers: one event (every sale of it so far), or the
// business days [from, to] in the box office's time zone.
struct RunReportScope
{
    qint64 eventId = 0; // 0: the date range
    QDate from;
    QDate to;
};

// Everything the run report (PDF) and its CSV exports show, read at one
// moment: the dashboard's figures for the scope, the facts behind them (the
// CSV rows) and the customers' names of the orders.
struct RunReport
{
    RunReportScope scope;
    QString eventName; // "" for a date range
    QString venue;     // the event's venue
    qint64 eventStartsAtMs = 0;
    QString zone;     // the box office's IANA zone: every time is shown in it
    QString terminal; // this console
    QString server;   // not empty: every terminal's figures, from this server
    qint64 generatedAtMs = 0;
    DashboardFigures figures;        // figures.filter: the range actually covered
    SaleFacts facts;                 // as read (the CSV exports keep those in the filter)
    QMap<qint64, QString> customers; // order id -> customer's name
    QList<AlertRecord> alerts;       // that fired in the range (the alerts log)
    QList<SyncIncident> incidents;   // this console's, overlapping the range

    // The facts' rows the report counts (figures.filter: range and event).
    QList<OrderFact> orders() const;
    QList<PaymentFact> payments() const;
    QList<RefundFact> refunds() const;
    // "T1-000042".
    static QString orderNumber(const QString &terminal, qint64 orderId);
};

// Reads a RunReport from a console's own database (reader connection).
class RunReportReader
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RunReportReader)

public:
    // `key` opens the customers' names (none without it). Refuses an unknown
    // event (field "event") and a range that ends before it starts ("to").
    static Result<RunReport> read(SqliteDb &db, const QString &terminal, const DataKey *key,
                                  const RunReportScope &scope, qint64 nowMs);
    // The business day's bounds [start of from, start of the day after to).
    static std::pair<qint64, qint64> bounds(QDate from, QDate to, const QString &zone);
};

} // namespace tessera
