// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptdocument.h"

#include <QFontMetricsF>
#include <QPainter>

namespace tessera {

namespace {

constexpr qreal kMargin = 4;
constexpr qreal kInner = ReceiptDocument::kWidthMm - 2 * kMargin;
const QColor kMuted(0x55, 0x55, 0x55);

} // namespace

// A cursor down the roll: measures text on the device and, with a painter, draws it.
class ReceiptDocument::Writer
{
public:
    Writer(const QPaintDevice &device, const PrintStyle &style, QPainter *painter)
        : m_device(device)
        , m_style(style)
        , m_painter(painter)
    {}

    const PrintStyle &style() const { return m_style; }
    qreal y() const { return m_y; }
    void skip(qreal mm) { m_y += mm; }

    // Wrapped text across [x, x + width] mm; returns its height in mm.
    qreal text(const QString &text, const QFont &font, int align, qreal x = kMargin,
               qreal width = kInner, const QColor &colour = Qt::black, bool advance = true)
    {
        const QFontMetricsF metrics(font, &m_device);
        const int flags = align | Qt::TextWordWrap | Qt::TextWrapAnywhere;
        const QRectF box(m_style.mm(x), m_style.mm(m_y), m_style.mm(width), 1e6);
        const qreal height = metrics.boundingRect(box, flags, text).height() / m_style.mm(1);
        if (m_painter) {
            m_painter->setFont(font);
            m_painter->setPen(colour);
            m_painter->drawText(QRectF(box.topLeft(), QSizeF(box.width(), m_style.mm(height))),
                                flags, text);
        }
        if (advance)
            m_y += height;
        return height;
    }

    // Left text and right-aligned amount on one line (the left side wraps).
    void row(const QString &left, const QString &right, const QFont &font,
             const QColor &colour = Qt::black)
    {
        const qreal rightWidth =
            QFontMetricsF(font, &m_device).horizontalAdvance(right) / m_style.mm(1) + 1;
        const qreal h1 = text(right, font, Qt::AlignRight, kMargin, kInner, colour, false);
        const qreal h2 =
            text(left, font, Qt::AlignLeft, kMargin, kInner - rightWidth - 1, colour, false);
        m_y += qMax(h1, h2);
    }

    void rule(bool heavy = false)
    {
        m_y += 1.2;
        if (m_painter) {
            QPen pen(Qt::black, m_style.mm(heavy ? 0.45 : 0.2),
                     heavy ? Qt::SolidLine : Qt::DashLine);
            m_painter->setPen(pen);
            m_painter->drawLine(QPointF(m_style.mm(kMargin), m_style.mm(m_y)),
                                QPointF(m_style.mm(kMargin + kInner), m_style.mm(m_y)));
        }
        m_y += 1.6;
    }

    // White text on a black bar, as thermal printers do for emphasis.
    void banner(const QString &text, const QFont &font)
    {
        const qreal height = QFontMetricsF(font, &m_device).height() / m_style.mm(1) + 2.4;
        if (m_painter) {
            const QRectF bar(m_style.mm(kMargin), m_style.mm(m_y), m_style.mm(kInner),
                             m_style.mm(height));
            m_painter->fillRect(bar, Qt::black);
            m_painter->setFont(font);
            m_painter->setPen(Qt::white);
            m_painter->drawText(bar, Qt::AlignCenter, text);
        }
        m_y += height;
    }

private:
    const QPaintDevice &m_device;
    const PrintStyle &m_style;
    QPainter *m_painter = nullptr;
    qreal m_y = kMargin;
};

qreal ReceiptDocument::layOut(Writer &w) const
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
        if (p.cashTendered && *p.cashTendered >= p.amount) {
            w.row(tr("%1 tendered").arg(method), s.money(*p.cashTendered, currency), body);
            w.row(tr("Change"), s.money(*p.cashTendered - p.amount, currency), bold);
        } else {
            w.row(method, s.money(p.amount, currency), body);
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
    Writer measure(device, style, nullptr);
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
    Writer w(*painter.device(), style, &painter);
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
