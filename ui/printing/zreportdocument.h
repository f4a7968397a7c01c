// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "printstyle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QPageLayout>

class QPainter;
class QPagedPaintDevice;

namespace tessera {

class A4PageWriter;

// The Z-report of a closed cash-drawer shift on A4: terminal, shift times and
// staff, takings per payment method, orders, refunds, cash movements, the
// drawer count per denomination, expected / counted / difference, and lines
// for the cashier's and the supervisor's signatures. Reads the JSON of
// ShiftQueries::report().
class ZReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ZReportDocument)

public:
    // `printedAt`: when it is printed, from the console's clock, in the box
    // office's zone: every time on the report is shown in that zone.
    ZReportDocument(QJsonObject report, QDateTime printedAt)
        : m_report(std::move(report))
        , m_printedAt(std::move(printedAt))
    {}

    static QPageLayout pageLayout();
    // Paints every page on `device` (a QPdfWriter or a QPrinter, already
    // painting with `painter`), starting new pages as it needs.
    void paint(QPagedPaintDevice &device, QPainter &painter, const PrintStyle &style) const;
    // Writes the report to a PDF file.
    Result<void> writePdf(const QString &pdfPath, const QLocale &locale = QLocale()) const;
    // "zreport-T1-shift-3.pdf".
    QString fileName() const;

private:
    void layOut(A4PageWriter &w) const;

    QJsonObject m_report;
    QDateTime m_printedAt;
};

} // namespace tessera
