// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printableorder.h"
#include "printstyle.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>

class QPainter;

namespace tessera {

// The ticket-stock layout (203 × 82 mm, landscape): event, date, venue and
// place on the left, the QR code of the signed code on the tear-off stub.
class TicketDocument
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TicketDocument)

public:
    static constexpr qreal kWidthMm = 203;
    static constexpr qreal kHeightMm = 82;

    explicit TicketDocument(const PrintableOrder &order)
        : m_order(order)
    {}

    // A page of ticket stock with no margins.
    static QPageLayout pageLayout();
    // "Sunday, December 20, 2026 · 7:30 PM CST": the show's date and time.
    QString dateLine(const PrintStyle &style) const;

    // Paints one ticket with its top-left corner at the painter's origin.
    // A reprint is marked DUPLICATE across the face and on the stub.
    void paint(QPainter &painter, const PrintStyle &style, const PrintableTicket &ticket,
               bool duplicate) const;
    // The ticket as an image at `dpi`, for previews and screenshots.
    QImage toImage(const PrintableTicket &ticket, bool duplicate, int dpi,
                   const QLocale &locale = QLocale()) const;

private:
    const PrintableOrder &m_order;
};

} // namespace tessera
