// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

#include <vector>

namespace tessera {

class SeatMapModel;
class SeatSpriteCache;

// Paints every seat of one square of the plan. A few hundred of these replace
// 80 000 items: the scene's index culls whole tiles, and a tile draws only the
// seats in the exposed area, as sprites, dots or numbered circles by zoom.
class SeatTileItem : public QGraphicsItem
{
public:
    SeatTileItem(const SeatMapModel &model, SeatSpriteCache &sprites, std::vector<qsizetype> seats);

    const std::vector<qsizetype> &seats() const { return m_seats; }
    // The area a seat paints, with room for its selection ring.
    QRectF seatRect(qsizetype seat) const;

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintDots(QPainter &painter, const QRectF &exposed, double scale) const;
    void paintSprites(QPainter &painter, const QRectF &exposed) const;
    void paintNumbers(QPainter &painter, const QRectF &exposed, double diameter) const;

    const SeatMapModel &m_model;
    SeatSpriteCache &m_sprites;
    std::vector<qsizetype> m_seats;
    QRectF m_bounds;
    float m_typicalRadius = 10;
};

} // namespace tessera
