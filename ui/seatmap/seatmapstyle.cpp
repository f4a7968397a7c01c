// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatmapstyle.h"

#include <QPainter>

#include <cmath>

namespace tessera {

SeatMapStyle::Look SeatMapStyle::lookOf(const SeatMapSeat &seat)
{
    if (seat.selected)
        return Look::Selected;
    switch (seat.state) {
    case SeatState::Available:
        return Look::Available;
    case SeatState::Held:
        return Look::Held;
    case SeatState::Sold:
        return Look::Sold;
    case SeatState::Blocked:
        return Look::Blocked;
    case SeatState::Elsewhere:
        return Look::Elsewhere;
    }
    return Look::Blocked;
}

QColor SeatMapStyle::dotColor(Look look, const QColor &category)
{
    switch (look) {
    case Look::Available:
        return category;
    case Look::Selected:
        return selectedRing();
    case Look::Held:
        return heldColor();
    case Look::Sold:
        return soldColor();
    case Look::Blocked:
        return blockedColor();
    case Look::Elsewhere:
        return background().darker(104);
    }
    return category;
}

void SeatMapStyle::paintSeat(QPainter &painter, const QRectF &rect, Look look,
                             const QColor &category)
{
    const double d = rect.width();
    const double line = std::max(1.0, d * 0.1);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    switch (look) {
    case Look::Available:
        painter.setPen(QPen(category.darker(135), std::max(0.8, d * 0.06)));
        painter.setBrush(category);
        painter.drawEllipse(rect.adjusted(line / 2, line / 2, -line / 2, -line / 2));
        break;
    case Look::Selected: {
        // A thick ring in the selection colour around the category's colour,
        // with a white gap so it reads on every category.
        const double ring = std::max(1.5, d * 0.16);
        painter.setPen(Qt::NoPen);
        painter.setBrush(selectedRing());
        painter.drawEllipse(rect);
        painter.setBrush(Qt::white);
        painter.drawEllipse(rect.adjusted(ring, ring, -ring, -ring));
        const double inner = ring + std::max(0.8, d * 0.07);
        painter.setBrush(category);
        painter.drawEllipse(rect.adjusted(inner, inner, -inner, -inner));
        break;
    }
    case Look::Held: {
        const QRectF r = rect.adjusted(line, line, -line, -line);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xfd, 0xf0, 0xd5));
        painter.drawEllipse(r);
        if (d >= 9) {
            QBrush hatch(heldColor(), Qt::BDiagPattern);
            painter.setBrush(hatch);
            painter.drawEllipse(r);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(heldColor(), line * 1.6));
        painter.drawEllipse(r);
        break;
    }
    case Look::Sold:
        painter.setPen(Qt::NoPen);
        painter.setBrush(soldColor());
        painter.drawEllipse(rect.adjusted(line / 2, line / 2, -line / 2, -line / 2));
        break;
    case Look::Blocked: {
        const QRectF r = rect.adjusted(line / 2, line / 2, -line / 2, -line / 2);
        painter.setPen(QPen(blockedColor().darker(125), std::max(0.8, d * 0.06)));
        painter.setBrush(blockedColor());
        painter.drawEllipse(r);
        if (d >= 9) {
            const double k = r.width() * 0.3;
            const QPointF c = r.center();
            painter.drawLine(c + QPointF(-k, -k), c + QPointF(k, k));
            painter.drawLine(c + QPointF(-k, k), c + QPointF(k, -k));
        }
        break;
    }
    case Look::Elsewhere: {
        // Only the outline, dashed when there is room: the seat exists but
        // is not this counter's to sell.
        const QRectF r = rect.adjusted(line, line, -line, -line);
        QPen pen(elsewhereColor(), std::max(0.8, d * 0.08));
        if (d >= 12)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(background().darker(104));
        painter.drawEllipse(r);
        break;
    }
    }
    painter.restore();
}

const QPixmap &SeatSpriteCache::sprite(SeatMapStyle::Look look, int category, const QColor &color,
                                       double diameter, double devicePixelRatio)
{
    // Sizes in quarter pixels: fine enough to look continuous while zooming.
    const quint64 quarters = quint64(std::lround(diameter * devicePixelRatio * 4));
    const quint64 key = (quint64(look) << 56) | (quint64(quint32(category)) << 24) | quarters;
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    if (m_sprites.size() > 2048)
        m_sprites.clear();
    const int side = int(std::ceil(double(quarters) / 4)) + 1;
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        const double d = double(quarters) / 4;
        const double offset = (side - d) / 2;
        SeatMapStyle::paintSeat(p, QRectF(offset, offset, d, d), look, color);
    }
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return *m_sprites.insert(key, pixmap);
}

} // namespace tessera
