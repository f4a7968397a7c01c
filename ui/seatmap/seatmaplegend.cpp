// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatmaplegend.h"

#include "console/moneyformat.h"
#include "seatmapstyle.h"

#include <QEvent>
#include <QPainter>

namespace tessera {

namespace {

constexpr int Padding = 10;
constexpr int LineHeight = 20;
constexpr int Swatch = 13;

} // namespace

SeatMapLegend::SeatMapLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("seatMapLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void SeatMapLegend::setCategories(const QList<SeatMapCategory> &categories, const QString &currency)
{
    m_categories = categories;
    m_currency = currency;
    resize(sizeHint());
    update();
}

void SeatMapLegend::setSelectedCount(qsizetype count)
{
    m_selected = count;
    resize(sizeHint());
    update();
}

void SeatMapLegend::setShowsElsewhere(bool shows)
{
    if (m_showsElsewhere == shows)
        return;
    m_showsElsewhere = shows;
    updateGeometry();
    update();
}

QList<SeatMapLegend::Entry> SeatMapLegend::entries() const
{
    using Look = SeatMapStyle::Look;
    QList<Entry> out;
    for (const SeatMapCategory &c : m_categories) {
        // The default ticket type's price: what most seats of it sell for.
        const QString text =
            c.prices.isEmpty()
                ? c.name
                : tr("%1 · %2").arg(c.name,
                                    MoneyFormat::money(c.prices.first().amount, m_currency));
        out.push_back({text, int(Look::Available), c.color});
    }
    const QColor neutral(0x95, 0xa5, 0xa6);
    out.push_back({m_selected > 0 ? tr("Selected (%n)", nullptr, int(m_selected)) : tr("Selected"),
                   int(Look::Selected), neutral});
    out.push_back({tr("Held"), int(Look::Held), neutral});
    out.push_back({tr("Sold"), int(Look::Sold), neutral});
    out.push_back({tr("Blocked"), int(Look::Blocked), neutral});
    if (m_showsElsewhere)
        out.push_back({tr("Another counter's"), int(Look::Elsewhere), neutral});
    return out;
}

QStringList SeatMapLegend::lines() const
{
    QStringList out{tr("Seats")};
    for (const Entry &e : entries())
        out.push_back(e.text);
    return out;
}

QSize SeatMapLegend::sizeHint() const
{
    const QList<Entry> all = entries();
    QFont bold = font();
    bold.setBold(true);
    int width = QFontMetrics(bold).horizontalAdvance(tr("Seats"));
    for (const Entry &e : all)
        width = std::max(width, Swatch + 8 + fontMetrics().horizontalAdvance(e.text));
    // Categories and states are two groups, with a gap and a rule between them.
    return {width + 2 * Padding, Padding * 2 + LineHeight * int(all.size() + 1) + 9};
}

void SeatMapLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0, 0, 0, 35), 1));
    p.setBrush(QColor(255, 255, 255, 236));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(QColor(0x2c, 0x33, 0x3d));
    int y = Padding;
    p.drawText(QRect(Padding, y, width() - 2 * Padding, LineHeight), Qt::AlignVCenter, tr("Seats"));
    y += LineHeight;
    p.setFont(font());
    const QList<Entry> all = entries();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i == m_categories.size()) {
            p.setPen(QColor(0, 0, 0, 30));
            p.drawLine(Padding, y + 4, width() - Padding, y + 4);
            y += 9;
        }
        const Entry &e = all[i];
        const QRectF swatch(Padding, y + (LineHeight - Swatch) / 2.0, Swatch, Swatch);
        SeatMapStyle::paintSeat(p, swatch, SeatMapStyle::Look(e.look), e.color);
        p.setPen(QColor(0x3b, 0x42, 0x4c));
        p.drawText(QRect(Padding + Swatch + 8, y, width(), LineHeight), Qt::AlignVCenter, e.text);
        y += LineHeight;
    }
}

void SeatMapLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        resize(sizeHint());
    QWidget::changeEvent(event);
}

} // namespace tessera
