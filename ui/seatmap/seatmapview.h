// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seatmapmodel.h"

#include <QGraphicsView>

#include <memory>
#include <optional>

class QRubberBand;

namespace tessera {

class SeatMapLegend;
class SeatMapScene;

// The seat map a cashier picks seats on: click toggles a seat, a left-button
// drag selects the available seats in a rubber band, the wheel zooms around
// the cursor, a right- or middle-button drag pans; + / - / 0 and the arrows do
// the same from the keyboard, Escape clears the selection.
class SeatMapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit SeatMapView(QWidget *parent = nullptr);
    ~SeatMapView() override;

    // Replaces the map and fits it in the view; the selection starts empty.
    void setSeatMap(SeatMapData map);
    // The same with the model built beforehand, e.g. on a worker thread.
    void setSeatMap(SeatMapModel model);
    SeatMapScene *seatMapScene() const { return m_scene.get(); }

    QStringList selectedSeats() const;
    void clearSelection();
    // Selects the best `count` adjacent available seats of one row (of the
    // category, if given) instead of the current selection. False, and the
    // selection unchanged, when there is no such block.
    bool selectBestAvailable(int count, const std::optional<QString> &category = std::nullopt);
    // New states for some seats, without rebuilding the map.
    void setSeatStates(const QHash<QString, SeatState> &states);

    // Zoom, where 1 is one plan pixel per screen pixel.
    qreal zoom() const;
    void zoomBy(qreal factor);
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(1 / 1.25); }
    void fitToMap();
    // Where a seat's centre is in viewport coordinates (for tests and tooltips).
    QPoint viewportPositionOf(const QString &guid) const;
    // What hovering there shows: the seat's row, number, category and
    // prices; empty off the seats.
    QString toolTipAt(const QPoint &viewportPosition) const;

signals:
    void selectionChanged(const QStringList &guids);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyZoom(qreal factor, const QPoint &anchor);
    void changeSelection(const QList<qsizetype> &seats, bool selected);
    void placeLegend();
    void announceSelection();

    std::unique_ptr<SeatMapScene> m_scene;
    SeatMapLegend *m_legend = nullptr;
    QRubberBand *m_band = nullptr;
    enum class Drag { None, Pending, Band, Pan };
    Drag m_drag = Drag::None;
    QPoint m_pressAt;
    QPoint m_lastPanAt;
    qreal m_fitZoom = 1;
    bool m_fitted = false;
};

} // namespace tessera
