// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "printstyle.h"
#include "report/runreport.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

class QPainter;
class QPagedPaintDevice;

namespace tessera {

class A4PageWriter;
class VenueTime;

// An alert that fired during the run (the live dashboard's alerts).
struct RunReportAlert
{
    QString name;
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0;   // 0: still on
    QString acknowledgedBy; // "" when nobody did
};

// A sync incident: a terminal that could not ship its journal for a while.
struct RunReportIncident
{
    QString terminal;
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0; // 0: still on
    QString what;
};

// The run report on A4: the totals of an event or a range of days, the
// timeline of sales and of payment success as charts, error codes, refunds
// and their reasons, the peak minute, per-terminal and per-channel figures,
// stock per category, the alerts that fired and the sync incidents. Every
// time in the box office's zone, named.
class RunReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RunReportDocument)

public:
    // Without `alerts` or `incidents`, those the report read.
    explicit RunReportDocument(RunReport report, QList<RunReportAlert> alerts = {},
                               QList<RunReportIncident> incidents = {})
        : m_report(std::move(report))
        , m_alerts(alerts.isEmpty() ? alertsOf(m_report) : std::move(alerts))
        , m_incidents(incidents.isEmpty() ? incidentsOf(m_report) : std::move(incidents))
    {}

    // The report's alerts as the document lists them: the rule in words and
    // what was worst.
    static QList<RunReportAlert> alertsOf(const RunReport &report);
    // The report's sync incidents in words: what happened, how many sales
    // waited.
    static QList<RunReportIncident> incidentsOf(const RunReport &report);

    void paint(QPagedPaintDevice &device, QPainter &painter, const PrintStyle &style) const;
    Result<void> writePdf(const QString &pdfPath, const QLocale &locale = QLocale()) const;
    // "run-report-event-3.pdf", "run-report-2026-11-01-2026-11-22.pdf".
    QString fileName() const;
    // "Run report: Spring Gala", "Run report 2026-11-01 – 2026-11-22".
    QString title() const;

private:
    void layOut(A4PageWriter &w) const;
    void totals(A4PageWriter &w, const VenueTime &zone) const;
    void timeline(A4PageWriter &w, const VenueTime &zone) const;
    void payments(A4PageWriter &w) const;
    void refunds(A4PageWriter &w) const;
    void channelsAndTerminals(A4PageWriter &w) const;
    void stock(A4PageWriter &w) const;
    void alertsAndIncidents(A4PageWriter &w, const VenueTime &zone) const;

    RunReport m_report;
    QList<RunReportAlert> m_alerts;
    QList<RunReportIncident> m_incidents;
};

} // namespace tessera
