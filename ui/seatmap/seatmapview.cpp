// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatmapview.h"

#include "seatmaplegend.h"
#include "seatmapscene.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace tessera {

namespace {

// Seats at most this big on screen; closer than that shows nothing new.
constexpr qreal MaxSeatPixels = 90;

} // namespace

SeatMapView::SeatMapView(QWidget *parent)
    : QGraphicsView(parent)
    , m_legend(new SeatMapLegend(this))
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setObjectName(QStringLiteral("seatMapView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // Tiles paint only what is exposed, so partial updates pay off; the
    // saves the items' painters would need are not.
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState |
                         QGraphicsView::DontAdjustForAntialiasing);
    setDragMode(QGraphicsView::NoDrag);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // Panning is by dragging and the keys; scroll bars would only take room.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setToolTip(tr("Click a seat to select it or drag to select several. Wheel or +/− zooms, "
                  "right-drag or the arrow keys pan, 0 fits the map, Esc clears the selection."));
    m_legend->hide();
}

SeatMapView::~SeatMapView()
{
    setScene(nullptr);
}

void SeatMapView::setSeatMap(SeatMapData map)
{
    setSeatMap(SeatMapModel(std::move(map)));
}

void SeatMapView::setSeatMap(SeatMapModel model)
{
    auto scene = std::make_unique<SeatMapScene>(std::move(model));
    setScene(scene.get());
    m_scene = std::move(scene);
    m_legend->setCategories(m_scene->model().data().categories, m_scene->model().data().currency);
    m_legend->setSelectedCount(0);
    m_legend->setShowsElsewhere(m_scene->model().hasElsewhere());
    m_legend->show();
    placeLegend();
    fitToMap();
}

QString SeatMapView::toolTipAt(const QPoint &viewportPosition) const
{
    if (!m_scene)
        return {};
    const qsizetype seat = m_scene->seatAt(mapToScene(viewportPosition));
    return seat < 0 ? QString() : m_scene->model().describeSeat(seat);
}

bool SeatMapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString seat = toolTipAt(help->pos());
        QToolTip::showText(help->globalPos(), seat.isEmpty() ? toolTip() : seat, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

QStringList SeatMapView::selectedSeats() const
{
    return m_scene ? m_scene->model().selectedGuids() : QStringList();
}

void SeatMapView::announceSelection()
{
    m_legend->setSelectedCount(m_scene->model().selectedCount());
    placeLegend();
    emit selectionChanged(m_scene->model().selectedGuids());
}

void SeatMapView::clearSelection()
{
    if (!m_scene)
        return;
    SeatMapModel &model = m_scene->model();
    QList<qsizetype> was;
    for (qsizetype i = 0; i < model.seatCount(); ++i) {
        if (model.seat(i).selected)
            was.push_back(i);
    }
    if (model.clearSelection()) {
        m_scene->seatsChanged(was);
        announceSelection();
    }
}

void SeatMapView::changeSelection(const QList<qsizetype> &seats, bool selected)
{
    QList<qsizetype> changed;
    for (qsizetype index : seats) {
        if (m_scene->model().setSelected(index, selected))
            changed.push_back(index);
    }
    if (changed.isEmpty())
        return;
    m_scene->seatsChanged(changed);
    announceSelection();
}

bool SeatMapView::selectBestAvailable(int count, const std::optional<QString> &category)
{
    if (!m_scene)
        return false;
    const QList<qsizetype> block = m_scene->model().bestAvailable(count, category);
    if (block.isEmpty())
        return false;
    SeatMapModel &model = m_scene->model();
    QList<qsizetype> changed;
    for (qsizetype i = 0; i < model.seatCount(); ++i) {
        if (model.seat(i).selected && !block.contains(i) && model.setSelected(i, false))
            changed.push_back(i);
    }
    QRectF area;
    for (qsizetype index : block) {
        if (model.setSelected(index, true))
            changed.push_back(index);
        const SeatMapSeat &s = model.seat(index);
        area |= QRectF(s.position - QPointF(s.radius, s.radius),
                       QSizeF(2.0 * s.radius, 2.0 * s.radius));
    }
    ensureVisible(area, 40, 40);
    if (!changed.isEmpty()) {
        m_scene->seatsChanged(changed);
        announceSelection();
    }
    return true;
}

void SeatMapView::setSeatStates(const QHash<QString, SeatState> &states)
{
    if (!m_scene)
        return;
    const qsizetype selectedBefore = m_scene->model().selectedCount();
    const QList<qsizetype> changed = m_scene->model().setStates(states);
    m_scene->seatsChanged(changed);
    if (!changed.isEmpty()) {
        m_legend->setShowsElsewhere(m_scene->model().hasElsewhere());
        placeLegend();
    }
    if (m_scene->model().selectedCount() != selectedBefore)
        announceSelection();
}

qreal SeatMapView::zoom() const
{
    return std::hypot(transform().m11(), transform().m12());
}

void SeatMapView::zoomBy(qreal factor)
{
    applyZoom(factor, viewport()->rect().center());
}

void SeatMapView::applyZoom(qreal factor, const QPoint &anchor)
{
    if (!m_scene)
        return;
    // Keep the zoom between half the fitted view and seats of MaxSeatPixels.
    const qreal maxZoom = std::max(m_fitZoom * 2, MaxSeatPixels / 20.0);
    const qreal target = std::clamp(zoom() * factor, m_fitZoom * 0.5, maxZoom);
    const qreal applied = target / zoom();
    if (std::abs(applied - 1) < 1e-9)
        return;
    // The plan point under the anchor stays under it.
    const QPointF before = mapToScene(anchor);
    m_fitted = false;
    scale(applied, applied);
    const QPointF after = mapToScene(anchor);
    const QPointF shift = (after - before) * zoom();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(-shift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(-shift.y()));
}

void SeatMapView::fitToMap()
{
    if (!m_scene)
        return;
    QRectF area = m_scene->seatsBounds();
    for (const SeatMapArea &a : m_scene->model().data().areas)
        area |= a.rect;
    area.adjust(-30, -30, 30, 30);
    setSceneRect(m_scene->sceneRect());
    fitInView(area, Qt::KeepAspectRatio);
    // The legend sits over the map's bottom left: on a small screen give it a
    // strip of its own on the left, so no seat is under it (the view may
    // scroll over that strip; widened twice, as widening may zoom out).
    if (!m_legend->isHidden()) {
        QRectF withLegend = area;
        for (int pass = 0; pass < 2 && zoom() > 0; ++pass) {
            const qreal legend = (m_legend->sizeHint().width() + 24) / zoom();
            withLegend = area.adjusted(-legend, 0, 0, 0);
            fitInView(withLegend, Qt::KeepAspectRatio);
        }
        setSceneRect(m_scene->sceneRect() | withLegend);
        fitInView(withLegend, Qt::KeepAspectRatio);
    }
    m_fitZoom = zoom();
    m_fitted = true;
}

QPoint SeatMapView::viewportPositionOf(const QString &guid) const
{
    if (!m_scene)
        return {};
    const qsizetype index = m_scene->model().indexOf(guid);
    return index < 0 ? QPoint() : mapFromScene(m_scene->model().seat(index).position);
}

void SeatMapView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    applyZoom(std::pow(1.0015, steps), event->position().toPoint());
    event->accept();
}

void SeatMapView::mousePressEvent(QMouseEvent *event)
{
    if (!m_scene) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_pressAt = event->position().toPoint();
    if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Pending;
    } else if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        m_lastPanAt = m_pressAt;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void SeatMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (m_drag == Drag::Pending &&
        (at - m_pressAt).manhattanLength() >= QApplication::startDragDistance())
        m_drag = Drag::Band;
    if (m_drag == Drag::Band) {
        m_band->setGeometry(QRect(m_pressAt, at).normalized());
        m_band->show();
    } else if (m_drag == Drag::Pan) {
        const QPoint delta = at - m_lastPanAt;
        m_lastPanAt = at;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    }
    event->accept();
}

void SeatMapView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (m_drag == Drag::Pending && event->button() == Qt::LeftButton) {
        const qsizetype seat = m_scene->seatAt(mapToScene(at));
        if (seat >= 0)
            changeSelection({seat}, !m_scene->model().seat(seat).selected);
    } else if (m_drag == Drag::Band && event->button() == Qt::LeftButton) {
        m_band->hide();
        const QRectF area = mapToScene(QRect(m_pressAt, at).normalized()).boundingRect();
        changeSelection(m_scene->seatsIn(area), true);
    }
    viewport()->unsetCursor();
    m_drag = Drag::None;
    event->accept();
}

void SeatMapView::keyPressEvent(QKeyEvent *event)
{
    const int step = 60;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitToMap();
        break;
    case Qt::Key_Left:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - step);
        break;
    case Qt::Key_Right:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + step);
        break;
    case Qt::Key_Up:
        verticalScrollBar()->setValue(verticalScrollBar()->value() - step);
        break;
    case Qt::Key_Down:
        verticalScrollBar()->setValue(verticalScrollBar()->value() + step);
        break;
    case Qt::Key_Escape:
        clearSelection();
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SeatMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // A map the cashier has not zoomed yet keeps fitting the view.
    if (m_fitted)
        fitToMap();
    placeLegend();
}

void SeatMapView::placeLegend()
{
    m_legend->resize(m_legend->sizeHint());
    m_legend->move(12, height() - m_legend->height() - 12);
    m_legend->raise();
}

} // namespace tessera
