// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "printstyle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

class QPainter;
class QPagedPaintDevice;

namespace tessera {

class A4PageWriter;

// The day-end report on A4, in the Z-report's style: the day's totals per
// currency, takings per payment method, refunds, voids, cash movements and
// every shift of the day with its difference and who approved it. Reads the
// JSON of DayEndReport::compute().
class DayEndDocument
{
    Q_DECLARE_TR_FUNCTIONS(tessera::DayEndDocument)

public:
    DayEndDocument(QJsonObject report, QDateTime printedAt)
        : m_report(std::move(report))
        , m_printedAt(std::move(printedAt))
    {}

    void paint(QPagedPaintDevice &device, QPainter &painter, const PrintStyle &style) const;
    Result<void> writePdf(const QString &pdfPath, const QLocale &locale = QLocale()) const;
    // "day-end-2026-11-22.pdf"; `suffix` "csv" for the spreadsheet.
    QString fileName(const QString &suffix = QStringLiteral("pdf")) const;

private:
    void layOut(A4PageWriter &w) const;

    QJsonObject m_report;
    QDateTime m_printedAt;
};

} // namespace tessera
