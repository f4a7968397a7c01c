// SPDX-License-Identifier: GPL-3.0-or-later
#include "seattileitem.h"

#include "seatmapmodel.h"
#include "seatmapstyle.h"

#include <QPaintDevice>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <array>
#include <cmath>

namespace tessera {

namespace {

// Below this diameter on screen a circle is not worth its cost: a dot says as much.
constexpr double DotDiameter = 4.5;
// From this diameter on screen, seat numbers fit inside the circles.
constexpr double NumberDiameter = 17;

} // namespace

SeatTileItem::SeatTileItem(const SeatMapModel &model, SeatSpriteCache &sprites,
                           std::vector<qsizetype> seats)
    : m_model(model)
    , m_sprites(sprites)
    , m_seats(std::move(seats))
{
    setFlag(ItemUsesExtendedStyleOption);
    std::vector<float> radii;
    radii.reserve(m_seats.size());
    for (qsizetype s : m_seats) {
        m_bounds |= seatRect(s);
        radii.push_back(m_model.seat(s).radius);
    }
    if (!radii.empty()) {
        std::nth_element(radii.begin(), radii.begin() + qsizetype(radii.size() / 2), radii.end());
        m_typicalRadius = radii[radii.size() / 2];
    }
}

QRectF SeatTileItem::seatRect(qsizetype seat) const
{
    const SeatMapSeat &s = m_model.seat(seat);
    const double r = s.radius + 1;
    return QRectF(s.position.x() - r, s.position.y() - r, 2 * r, 2 * r);
}

void SeatTileItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QTransform t = painter->worldTransform();
    const double scale = std::hypot(t.m11(), t.m12());
    const QRectF exposed = option->exposedRect;
    const double diameter = 2 * m_typicalRadius * scale;
    if (diameter < DotDiameter) {
        paintDots(*painter, exposed, scale);
        return;
    }
    paintSprites(*painter, exposed);
    if (diameter >= NumberDiameter)
        paintNumbers(*painter, exposed, diameter);
}

void SeatTileItem::paintDots(QPainter &painter, const QRectF &exposed, double scale) const
{
    // One drawRects per colour: categories first, then the states' colours.
    const auto &categories = m_model.data().categories;
    const qsizetype states = 4;
    std::vector<std::vector<QRectF>> buckets(size_t(categories.size() + states));
    const double minimum = 1.6 / scale; // never thinner than a pixel and a half
    for (qsizetype index : m_seats) {
        const SeatMapSeat &s = m_model.seat(index);
        const double side = std::max(double(s.radius) * 1.8, minimum);
        const QRectF r(s.position.x() - side / 2, s.position.y() - side / 2, side, side);
        if (!exposed.intersects(r))
            continue;
        const SeatMapStyle::Look look = SeatMapStyle::lookOf(s);
        const size_t bucket = look == SeatMapStyle::Look::Available
                                  ? size_t(s.category)
                                  : size_t(categories.size()) + size_t(look) - 1;
        buckets[bucket].push_back(r);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    for (size_t b = 0; b < buckets.size(); ++b) {
        if (buckets[b].empty())
            continue;
        const bool category = b < size_t(categories.size());
        const QColor color = category
                                 ? categories[qsizetype(b)].color
                                 : SeatMapStyle::dotColor(
                                       SeatMapStyle::Look(int(b) - int(categories.size()) + 1), {});
        painter.setBrush(color);
        painter.drawRects(buckets[b].data(), int(buckets[b].size()));
    }
    painter.restore();
}

void SeatTileItem::paintSprites(QPainter &painter, const QRectF &exposed) const
{
    const QTransform t = painter.worldTransform();
    const double scale = std::hypot(t.m11(), t.m12());
    const double dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const auto &categories = m_model.data().categories;
    painter.save();
    painter.resetTransform();
    for (qsizetype index : m_seats) {
        const SeatMapSeat &s = m_model.seat(index);
        const double r = s.radius;
        if (!exposed.intersects(QRectF(s.position.x() - r, s.position.y() - r, 2 * r, 2 * r)))
            continue;
        const QColor &color = categories.value(s.category).color;
        const QPixmap &sprite =
            m_sprites.sprite(SeatMapStyle::lookOf(s), s.category, color, 2 * r * scale, dpr);
        const QPointF centre = t.map(s.position);
        const double half = double(sprite.width()) / dpr / 2;
        // Whole device pixels: the raster engine's fastest blit, and crisp.
        painter.drawPixmap(QPointF(std::round((centre.x() - half) * dpr) / dpr,
                                   std::round((centre.y() - half) * dpr) / dpr),
                           sprite);
    }
    painter.restore();
}

void SeatTileItem::paintNumbers(QPainter &painter, const QRectF &exposed, double diameter) const
{
    const QTransform t = painter.worldTransform();
    painter.save();
    painter.resetTransform();
    QFont font = painter.font();
    font.setPixelSize(std::max(8, int(diameter * 0.38)));
    font.setBold(true);
    painter.setFont(font);
    for (qsizetype index : m_seats) {
        const SeatMapSeat &s = m_model.seat(index);
        if (!exposed.contains(s.position))
            continue;
        const SeatMapStyle::Look look = SeatMapStyle::lookOf(s);
        // The selection ring leaves too little room for a number on small seats.
        if (look == SeatMapStyle::Look::Selected && diameter < 2 * NumberDiameter)
            continue;
        const bool lightBehind =
            look == SeatMapStyle::Look::Held || look == SeatMapStyle::Look::Blocked;
        painter.setPen(lightBehind ? QColor(0x3b, 0x3f, 0x45) : QColor(Qt::white));
        const QPointF c = t.map(s.position);
        const double half = s.radius * std::hypot(t.m11(), t.m12());
        painter.drawText(QRectF(c.x() - half, c.y() - half, 2 * half, 2 * half), Qt::AlignCenter,
                         s.number);
    }
    painter.restore();
}

} // namespace tessera
