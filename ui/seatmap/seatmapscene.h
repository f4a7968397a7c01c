// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seatmapmodel.h"
#include "seatmapstyle.h"

#include <QGraphicsScene>

#include <vector>

namespace tessera {

class SeatTileItem;

// The drawn seat map of one event: the plan's shapes, zone labels and the
// seats in tiles; finds seats by position and repaints the ones that change.
class SeatMapScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit SeatMapScene(SeatMapData data, QObject *parent = nullptr);
    // With the model built beforehand (on a worker thread: the seat index of
    // a stadium takes a while), so only the drawing is set up here.
    explicit SeatMapScene(SeatMapModel model, QObject *parent = nullptr);
    ~SeatMapScene() override;

    SeatMapModel &model() { return m_model; }
    const SeatMapModel &model() const { return m_model; }

    // The seat under a plan position, or -1.
    qsizetype seatAt(const QPointF &position) const;
    // Seats whose centre lies in the rectangle, in plan order.
    QList<qsizetype> seatsIn(const QRectF &rect) const;
    // The seats' bounding box on the plan.
    QRectF seatsBounds() const { return m_seatsBounds; }
    // Repaints the seats after their state or selection changed.
    void seatsChanged(const QList<qsizetype> &seats);
    void allSeatsChanged();

private:
    void buildTiles();
    void addAreas();
    void addZoneLabels();
    // The row's name at both ends of every row.
    void addRowLabels();
    int cellOf(const QPointF &position) const;

    SeatMapModel m_model;
    SeatSpriteCache m_sprites;
    QRectF m_seatsBounds;
    double m_cellSize = 256;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<SeatTileItem *> m_cells; // m_columns * m_rows, nullptr where empty
    std::vector<int> m_cellOfSeat;
};

} // namespace tessera
