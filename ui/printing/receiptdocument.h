// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printableorder.h"
#include "printstyle.h"
#include "rollwriter.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>

class QPainter;
class QPaintDevice;

namespace tessera {

// The 80 mm receipt-roll layout, as long as its content: venue, event, the
// order's lines, totals, payments, card keys (once) and who sold it.
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ReceiptDocument)

public:
    static constexpr qreal kWidthMm = RollWriter::kWidthMm;

    ReceiptDocument(const PrintableOrder &order, bool duplicate)
        : m_order(order)
        , m_duplicate(duplicate)
    {}

    // How long the roll must be for this receipt on `device` (fonts are measured there).
    qreal heightMm(const QPaintDevice &device, const QLocale &locale = QLocale()) const;
    QPageLayout pageLayout(const QPaintDevice &device, const QLocale &locale = QLocale()) const;
    // Paints the receipt with its top-left corner at the painter's origin.
    void paint(QPainter &painter, const PrintStyle &style) const;
    QImage toImage(int dpi, const QLocale &locale = QLocale()) const;

private:
    // Lays the receipt out; paints when the writer has a painter. Returns the height in mm.
    qreal layOut(RollWriter &w) const;

    const PrintableOrder &m_order;
    bool m_duplicate = false;
};

} // namespace tessera
