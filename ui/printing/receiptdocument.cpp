// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptdocument.h"

#include <QPainter>

namespace tessera {

namespace {

constexpr qreal kMargin = RollWriter::kMargin;
constexpr qreal kInner = RollWriter::kInner;
const QColor kMuted(0x55, 0x55, 0x55);

} // namespace

qreal ReceiptDocument::layOut(RollWriter &w) const
{
    const PrintStyle &s = w.style();
    const QFont small = s.font(7);
    const QFont body = s.font(8.5);
    const QFont bold = s.font(8.5, QFont::Bold);
    const QString currency = m_order.currency;

    if (m_duplicate) {
        w.banner(tr("DUPLICATE — REPRINT"), s.font(11, QFont::Black));
        w.skip(2);
    }
    w.text(m_order.venueName, s.font(13, QFont::Bold), Qt::AlignHCenter);
    w.text(tr("Box office receipt"), small, Qt::AlignHCenter, kMargin, kInner, kMuted);
    w.skip(2);
    w.text(tr("Order %1").arg(m_order.number), s.font(11, QFont::Bold), Qt::AlignHCenter);
    if (m_order.soldAt.isValid())
        w.text(s.dateTime(m_order.soldAt), small, Qt::AlignHCenter);
    w.rule(true);

    w.text(m_order.eventName, s.font(10, QFont::Bold), Qt::AlignLeft);
    w.text(tr("%1, %2").arg(s.date(m_order.startsAt), s.time(m_order.startsAt)), body,
           Qt::AlignLeft);
    w.rule();

    for (const PrintableLine &line : m_order.lines) {
        w.row(line.title, s.money(line.price, currency), body);
        QString detail = line.detail;
        if (line.refunded)
            detail = detail.isEmpty() ? tr("Refunded") : tr("%1 · refunded").arg(detail);
        if (!detail.isEmpty())
            w.text(detail, small, Qt::AlignLeft, kMargin + 2, kInner - 2, kMuted);
        w.skip(0.8);
    }
    w.rule();
    w.row(tr("Total"), s.money(m_order.total, currency), s.font(11, QFont::Bold));
    if (m_order.refunded > 0)
        w.row(tr("Refunded"), s.money(-m_order.refunded, currency), body);
    w.skip(1);

    for (const PrintablePayment &p : m_order.payments) {
        QString method = PrintableOrder::methodName(p.method);
        if (!p.cardLast4.isEmpty())
            method = tr("%1 •••• %2").arg(method, p.cardLast4);
        w.row(method, s.money(p.amount, currency), body);
        if (p.cashTendered && *p.cashTendered >= p.amount) {
            w.row(tr("Handed over"), s.money(*p.cashTendered, currency), body);
            w.row(tr("Change"), s.money(*p.cashTendered - p.amount, currency), bold);
        } else if (p.method == QLatin1String("cash")) {
            // Payments from before the tendered amount was kept (schema 10):
            // say so, rather than a made-up amount or a change of 0.
            w.row(tr("Handed over"), tr("not recorded"), body);
        }
    }
    w.row(tr("Paid"), s.money(m_order.paid, currency), bold);

    if (!m_order.cardKeys.isEmpty()) {
        w.rule(true);
        w.text(tr("CARD KEYS"), s.font(9.5, QFont::Black), Qt::AlignHCenter);
        w.text(m_duplicate
                   ? tr("Shown once, on the original receipt. This copy hides the codes.")
                   : tr("Shown once: keep this receipt safe. The codes cannot be printed again."),
               small, Qt::AlignHCenter);
        w.skip(1.5);
        for (const PrintableCardKey &key : m_order.cardKeys) {
            w.text(key.product, bold, Qt::AlignLeft);
            const QString code =
                m_duplicate
                    ? QString(qMax(0, int(key.code.size()) - 4), QChar(0x2022)) + key.code.right(4)
                    : key.code;
            w.text(code, s.monospace(10.5, QFont::Bold), Qt::AlignLeft, kMargin + 2, kInner - 2);
            if (!key.serial.isEmpty())
                w.text(tr("Serial %1").arg(key.serial), small, Qt::AlignLeft, kMargin + 2,
                       kInner - 2, kMuted);
            if (key.validUntil.isValid())
                w.text(tr("Valid until %1").arg(s.date(key.validUntil)), small, Qt::AlignLeft,
                       kMargin + 2, kInner - 2, kMuted);
            w.skip(1.5);
        }
    }

    w.rule(true);
    w.row(tr("Terminal"), m_order.terminal, small);
    w.row(tr("Cashier"), m_order.cashier, small);
    w.row(tr("Tickets"), QString::number(m_order.tickets.size()), small);
    w.skip(2);
    w.text(tr("Thank you, and enjoy the show."), body, Qt::AlignHCenter);
    if (m_duplicate) {
        w.skip(2);
        w.banner(tr("DUPLICATE"), s.font(11, QFont::Black));
    }
    w.skip(kMargin + 4); // room for the cutter
    return w.y();
}

qreal ReceiptDocument::heightMm(const QPaintDevice &device, const QLocale &locale) const
{
    const PrintStyle style(device, locale);
    RollWriter measure(device, style, nullptr);
    return layOut(measure);
}

QPageLayout ReceiptDocument::pageLayout(const QPaintDevice &device, const QLocale &locale) const
{
    return QPageLayout(QPageSize(QSizeF(kWidthMm, heightMm(device, locale)), QPageSize::Millimeter,
                                 QString(), QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

void ReceiptDocument::paint(QPainter &painter, const PrintStyle &style) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    RollWriter w(*painter.device(), style, &painter);
    layOut(w);
    painter.restore();
}

QImage ReceiptDocument::toImage(int dpi, const QLocale &locale) const
{
    const qreal dotsPerMm = dpi / 25.4;
    QImage probe(1, 1, QImage::Format_RGB32);
    probe.setDotsPerMeterX(qRound(dotsPerMm * 1000));
    probe.setDotsPerMeterY(qRound(dotsPerMm * 1000));
    const qreal height = heightMm(probe, locale);
    QImage image(qRound(kWidthMm * dotsPerMm), qRound(height * dotsPerMm), QImage::Format_RGB32);
    image.setDotsPerMeterX(probe.dotsPerMeterX());
    image.setDotsPerMeterY(probe.dotsPerMeterY());
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, PrintStyle(image, locale));
    return image;
}

} // namespace tessera
