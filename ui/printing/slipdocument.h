// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "printableslip.h"
#include "printstyle.h"
#include "rollwriter.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPainter;
class QPaintDevice;
class QPagedPaintDevice;
class QPrinter;

namespace tessera {

// The 80 mm slip of a refund or a seat exchange: order, what was given back
// or swapped, the amount, who did it and who approved it, and a line for the
// customer's signature.
class SlipDocument
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SlipDocument)

public:
    explicit SlipDocument(const PrintableSlip &slip)
        : m_slip(slip)
    {}

    qreal heightMm(const QPaintDevice &device, const QLocale &locale = QLocale()) const;
    QPageLayout pageLayout(const QPaintDevice &device, const QLocale &locale = QLocale()) const;
    void paint(QPainter &painter, const PrintStyle &style) const;
    Result<void> writePdf(const QString &pdfPath, const QLocale &locale = QLocale()) const;
    Result<void> print(QPrinter &printer, const QLocale &locale = QLocale()) const;
    // "T1-000042-refund.pdf", "T1-000042-exchange.pdf".
    QString fileName() const;

private:
    Result<void> render(QPagedPaintDevice &device, const QLocale &locale) const;
    qreal layOut(RollWriter &w) const;

    const PrintableSlip &m_slip;
};

} // namespace tessera
