// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketdocument.h"

#include "qrcode.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

namespace tessera {

namespace {

const QColor kInk(0x1b, 0x1f, 0x2a);
const QColor kMuted(0x6b, 0x72, 0x80);
const QColor kBand(0x1f, 0x2a, 0x44);
const QColor kAccent(0xc8, 0x9b, 0x3c);
const QColor kDuplicate(0xc6, 0x28, 0x28);

constexpr qreal kStubX = 148; // the perforation, in mm from the left edge
constexpr qreal kMargin = 8;
constexpr qreal kQrSide = 40;

// A small grey caption over a larger value, the way tickets label their fields.
void labelled(QPainter &p, const PrintStyle &s, qreal xMm, qreal yMm, qreal widthMm,
              const QString &label, const QString &value, qreal valuePoints)
{
    p.setPen(kMuted);
    p.setFont(s.font(6.5, QFont::DemiBold));
    p.drawText(QRectF(s.mm(xMm), s.mm(yMm), s.mm(widthMm), s.mm(4)), Qt::AlignLeft | Qt::AlignTop,
               label.toUpper());
    p.setPen(kInk);
    p.setFont(s.font(valuePoints, QFont::Bold));
    const QRectF valueRect(s.mm(xMm), s.mm(yMm + 3.5), s.mm(widthMm), s.mm(valuePoints * 0.5));
    p.drawText(valueRect, Qt::AlignLeft | Qt::AlignTop,
               p.fontMetrics().elidedText(value, Qt::ElideRight, int(valueRect.width())));
}

// Draws one line of text in `box`, shrinking the font (down to 70 %) rather
// than clipping it, and eliding only what still does not fit.
void fitted(QPainter &p, const QRectF &box, int align, const QString &text, QFont font)
{
    const qreal full = font.pointSizeF();
    for (qreal scale = 1.0; scale > 0.69; scale -= 0.05) {
        font.setPointSizeF(full * scale);
        if (QFontMetricsF(font, p.device()).horizontalAdvance(text) <= box.width())
            break;
    }
    p.setFont(font);
    p.drawText(box, align,
               QFontMetricsF(font, p.device()).elidedText(text, Qt::ElideRight, box.width()));
}

} // namespace

QPageLayout TicketDocument::pageLayout()
{
    return QPageLayout(QPageSize(QSizeF(kWidthMm, kHeightMm), QPageSize::Millimeter, QString(),
                                 QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QString TicketDocument::dateLine(const PrintStyle &style) const
{
    return tr("%1 · %2").arg(style.date(m_order.startsAt), style.time(m_order.startsAt));
}

void TicketDocument::paint(QPainter &p, const PrintStyle &s, const PrintableTicket &ticket,
                           bool duplicate) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRectF page(0, 0, s.mm(kWidthMm), s.mm(kHeightMm));
    p.fillRect(page, Qt::white);

    // The band across the face: venue and what the ticket is.
    const QRectF band(0, 0, s.mm(kStubX), s.mm(14));
    p.fillRect(band, kBand);
    p.fillRect(QRectF(0, band.bottom(), band.width(), s.mm(0.8)), kAccent);
    p.setPen(Qt::white);
    p.setFont(s.font(11, QFont::Bold));
    p.drawText(band.adjusted(s.mm(kMargin), 0, -s.mm(60), 0), Qt::AlignLeft | Qt::AlignVCenter,
               m_order.venueName);
    const QRectF tag(band.right() - s.mm(kMargin + 38), s.mm(3.5), s.mm(38), s.mm(7));
    if (duplicate) {
        p.fillRect(tag, kDuplicate);
        p.setPen(Qt::white);
        p.setFont(s.font(10, QFont::Black));
        p.drawText(tag, Qt::AlignCenter, tr("DUPLICATE"));
    } else {
        p.setPen(kAccent);
        p.setFont(s.font(9, QFont::Bold));
        p.drawText(tag, Qt::AlignRight | Qt::AlignVCenter, tr("Admit one").toUpper());
    }

    // Event and when it starts, in the venue's time zone.
    const qreal textWidth = kStubX - 2 * kMargin;
    p.setPen(kInk);
    p.setFont(s.font(22, QFont::Bold));
    const QRectF title(s.mm(kMargin), s.mm(17.5), s.mm(textWidth), s.mm(11));
    p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(m_order.eventName, Qt::ElideRight, int(title.width())));
    fitted(p, QRectF(s.mm(kMargin), s.mm(29), s.mm(textWidth), s.mm(6)),
           Qt::AlignLeft | Qt::AlignVCenter, dateLine(s), s.font(11.5, QFont::DemiBold));

    // Where the ticket lets the holder in.
    const QRectF place(s.mm(kMargin), s.mm(38), s.mm(textWidth), s.mm(17));
    p.setPen(QPen(QColor(0xd6, 0xd9, 0xe0), s.mm(0.3)));
    p.setBrush(QColor(0xf5, 0xf6, 0xf8));
    p.drawRoundedRect(place, s.mm(2), s.mm(2));
    p.setBrush(Qt::NoBrush);
    const qreal placeY = 40;
    if (ticket.standing) {
        labelled(p, s, kMargin + 4, placeY, 60, tr("Entry"),
                 ticket.area.isEmpty() ? tr("Standing") : ticket.area, 17);
        labelled(p, s, kMargin + 70, placeY, 60, tr("Admission"), tr("General admission"), 12);
    } else {
        const qreal column = (textWidth - 8) / 3;
        labelled(p, s, kMargin + 4, placeY, column - 2, tr("Zone"), ticket.zone, 17);
        labelled(p, s, kMargin + 4 + column, placeY, column - 2, tr("Row"), ticket.row, 17);
        labelled(p, s, kMargin + 4 + 2 * column, placeY, column - 2, tr("Seat"), ticket.seat, 17);
    }

    // Ticket type, price and order.
    const qreal column = textWidth / 3;
    labelled(p, s, kMargin, 59, column - 2, tr("Ticket type"), ticket.ticketType, 11);
    labelled(p, s, kMargin + column, 59, column - 2, tr("Price"),
             s.money(ticket.price, m_order.currency), 11);
    labelled(p, s, kMargin + 2 * column, 59, column - 2, tr("Order"), m_order.number, 11);
    p.setPen(kMuted);
    p.setFont(s.font(6.5));
    p.drawText(QRectF(s.mm(kMargin), s.mm(72), s.mm(textWidth), s.mm(6)),
               Qt::AlignLeft | Qt::AlignVCenter,
               tr("Valid for one entry. Keep the code dry and uncreased; it is checked at the "
                  "gate and refused after first use."));

    // The perforation and the stub with the code the gate scans.
    QPen perforation(QColor(0xa0, 0xa6, 0xb0), s.mm(0.35), Qt::CustomDashLine);
    perforation.setDashPattern({4, 3});
    p.setPen(perforation);
    p.drawLine(QPointF(s.mm(kStubX), s.mm(3)), QPointF(s.mm(kStubX), s.mm(kHeightMm - 3)));
    const qreal stubWidth = kWidthMm - kStubX;
    const qreal qrX = kStubX + (stubWidth - kQrSide) / 2;
    const qreal qrY = 6;
    if (auto qr = QrCode::render(ticket.code.toLatin1(), 8)) {
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(QRectF(s.mm(qrX), s.mm(qrY), s.mm(kQrSide), s.mm(kQrSide)), *qr);
    }
    // The code to read out and type when the QR code will not scan.
    p.setPen(kInk);
    fitted(p, QRectF(s.mm(kStubX + 2), s.mm(qrY + kQrSide + 0.3), s.mm(stubWidth - 4), s.mm(4.5)),
           Qt::AlignHCenter | Qt::AlignTop, ticket.readableCode, s.monospace(8, QFont::Bold));
    const QString where = ticket.standing ? (ticket.area.isEmpty() ? tr("Standing") : ticket.area)
                                          : tr("Row %1 · Seat %2").arg(ticket.row, ticket.seat);
    p.setFont(s.font(11, QFont::Bold));
    p.drawText(QRectF(s.mm(kStubX), s.mm(53), s.mm(stubWidth), s.mm(6)), Qt::AlignCenter, where);
    p.setPen(kMuted);
    const QRectF stubLines(s.mm(kStubX + 2), s.mm(59.5), s.mm(stubWidth - 4), s.mm(4));
    fitted(p, stubLines, Qt::AlignCenter, m_order.eventName, s.font(7));
    // The whole date must show: a long date in a narrow stub shrinks, then
    // falls back to the short form, never clipped at both ends.
    const QString longLine = dateLine(s);
    const bool fits =
        QFontMetricsF(s.font(7 * 0.7), p.device()).horizontalAdvance(longLine) <= stubLines.width();
    fitted(p, stubLines.translated(0, s.mm(4)), Qt::AlignCenter,
           fits ? longLine : s.dateTime(m_order.startsAt), s.font(7));
    fitted(p, stubLines.translated(0, s.mm(8)), Qt::AlignCenter, m_order.number, s.font(7));
    if (duplicate) {
        const QRectF stubTag(s.mm(kStubX + 8), s.mm(73), s.mm(stubWidth - 16), s.mm(5.5));
        p.fillRect(stubTag, kDuplicate);
        p.setPen(Qt::white);
        p.setFont(s.font(8, QFont::Black));
        p.drawText(stubTag, Qt::AlignCenter, tr("DUPLICATE"));

        // Across the face, away from the QR code so the gate still reads it.
        p.save();
        p.translate(s.mm(kStubX / 2), s.mm(kHeightMm / 2 + 6));
        p.rotate(-14);
        QColor wash = kDuplicate;
        wash.setAlpha(70);
        p.setPen(wash);
        p.setFont(s.font(54, QFont::Black));
        p.drawText(QRectF(-s.mm(kStubX / 2), -s.mm(14), s.mm(kStubX), s.mm(28)), Qt::AlignCenter,
                   tr("DUPLICATE"));
        p.restore();
    }

    p.setPen(QPen(QColor(0xd6, 0xd9, 0xe0), s.mm(0.3)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(page.adjusted(s.mm(0.15), s.mm(0.15), -s.mm(0.15), -s.mm(0.15)));
    p.restore();
}

QImage TicketDocument::toImage(const PrintableTicket &ticket, bool duplicate, int dpi,
                               const QLocale &locale) const
{
    const qreal dotsPerMm = dpi / 25.4;
    QImage image(qRound(kWidthMm * dotsPerMm), qRound(kHeightMm * dotsPerMm), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dotsPerMm * 1000));
    image.setDotsPerMeterY(qRound(dotsPerMm * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, PrintStyle(image, locale), ticket, duplicate);
    return image;
}

} // namespace tessera
