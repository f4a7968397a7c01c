// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatmapscene.h"

#include "seattileitem.h"

#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainter>

#include <cmath>

namespace tessera {

namespace {

// A zone's name in a rounded badge that keeps its size at every zoom.
class ZoneLabelItem : public QGraphicsItem
{
public:
    explicit ZoneLabelItem(QString text)
        : m_text(std::move(text))
    {
        m_font.setPixelSize(13);
        m_font.setBold(true);
        m_font.setLetterSpacing(QFont::PercentageSpacing, 104);
        setFlag(ItemIgnoresTransformations);
        const QFontMetricsF metrics(m_font);
        const QSizeF size(metrics.horizontalAdvance(m_text) + 18, metrics.height() + 8);
        m_bounds = QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height());
    }

    QRectF boundingRect() const override { return m_bounds.adjusted(-1, -1, 1, 1); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(QColor(0, 0, 0, 40), 1));
        painter->setBrush(QColor(255, 255, 255, 225));
        painter->drawRoundedRect(m_bounds, m_bounds.height() / 2, m_bounds.height() / 2);
        painter->setFont(m_font);
        painter->setPen(QColor(0x2c, 0x33, 0x3d));
        painter->drawText(m_bounds, Qt::AlignCenter, m_text);
    }

private:
    QString m_text;
    QFont m_font;
    QRectF m_bounds;
};

} // namespace

SeatMapScene::SeatMapScene(SeatMapData data, QObject *parent)
    : SeatMapScene(SeatMapModel(std::move(data)), parent)
{}

SeatMapScene::SeatMapScene(SeatMapModel model, QObject *parent)
    : QGraphicsScene(parent)
    , m_model(std::move(model))
{
    setBackgroundBrush(SeatMapStyle::background());
    // Tiles never move: the BSP index is built once and culls them cheaply.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    buildTiles();
    addAreas();
    addZoneLabels();
    addRowLabels();
    QRectF all = m_seatsBounds | QRectF(QPointF(0, 0), m_model.data().size);
    for (const SeatMapArea &a : m_model.data().areas)
        all |= a.rect;
    setSceneRect(all.adjusted(-60, -60, 60, 60));
}

SeatMapScene::~SeatMapScene() = default;

void SeatMapScene::buildTiles()
{
    const auto &seats = m_model.data().seats;
    for (const SeatMapSeat &s : seats)
        m_seatsBounds |= QRectF(s.position.x() - s.radius, s.position.y() - s.radius,
                                2.0 * s.radius, 2.0 * s.radius);
    if (seats.empty())
        return;
    // About 400 seats per tile: few items for the index, little overdraw per tile.
    const double area = std::max(1.0, m_seatsBounds.width() * m_seatsBounds.height());
    m_cellSize = std::clamp(std::sqrt(area * 400 / double(seats.size())), 64.0, 2048.0);
    m_columns = int(std::ceil(m_seatsBounds.width() / m_cellSize)) + 1;
    m_rows = int(std::ceil(m_seatsBounds.height() / m_cellSize)) + 1;
    std::vector<std::vector<qsizetype>> cells(size_t(m_columns) * size_t(m_rows));
    m_cellOfSeat.resize(seats.size());
    for (size_t i = 0; i < seats.size(); ++i) {
        const int cell = cellOf(seats[i].position);
        m_cellOfSeat[i] = cell;
        cells[size_t(cell)].push_back(qsizetype(i));
    }
    m_cells.assign(cells.size(), nullptr);
    for (size_t c = 0; c < cells.size(); ++c) {
        if (cells[c].empty())
            continue;
        auto *tile = new SeatTileItem(m_model, m_sprites, std::move(cells[c]));
        m_cells[c] = tile;
        addItem(tile);
    }
}

void SeatMapScene::addAreas()
{
    for (const SeatMapArea &a : m_model.data().areas) {
        QAbstractGraphicsShapeItem *item = nullptr;
        switch (a.shape) {
        case SeatMapArea::Shape::Rectangle:
            item = addRect(a.rect);
            break;
        case SeatMapArea::Shape::Ellipse:
            item = addEllipse(a.rect);
            break;
        case SeatMapArea::Shape::Polygon:
            item = addPolygon(a.polygon);
            break;
        case SeatMapArea::Shape::Text: {
            auto *text = addSimpleText(a.text);
            QFont font = text->font();
            font.setPixelSize(std::max(6, a.textSize));
            font.setBold(true);
            font.setLetterSpacing(QFont::PercentageSpacing, 115);
            text->setFont(font);
            text->setBrush(a.fill.isValid() ? a.fill : QColor(Qt::white));
            const QRectF r = text->boundingRect();
            text->setPos(a.rect.topLeft() - QPointF(r.width() / 2, r.height() / 2));
            text->setZValue(-5);
            continue;
        }
        }
        item->setBrush(a.fill.isValid() ? a.fill : QColor(0xbd, 0xc3, 0xc7));
        QPen pen(a.border.isValid() ? a.border : Qt::transparent, 3);
        pen.setCosmetic(false);
        item->setPen(pen);
        item->setZValue(-10);
    }
}

void SeatMapScene::addZoneLabels()
{
    const auto &data = m_model.data();
    std::vector<QRectF> bounds(size_t(data.zones.size()));
    std::vector<QPointF> sums(size_t(data.zones.size()));
    std::vector<int> counts(size_t(data.zones.size()), 0);
    for (const SeatMapSeat &s : data.seats) {
        bounds[size_t(s.zone)] |= QRectF(s.position, QSizeF(1, 1));
        sums[size_t(s.zone)] += s.position;
        ++counts[size_t(s.zone)];
    }
    for (qsizetype z = 0; z < data.zones.size(); ++z) {
        if (counts[size_t(z)] == 0 || data.zones[z].isEmpty())
            continue;
        // Above the zone when that space is free (a theatre's blocks), else on
        // the zone's middle (a stadium's stands, which nest in one another).
        QPointF at(bounds[size_t(z)].center().x(), bounds[size_t(z)].top() - 22);
        bool free = true;
        for (qsizetype other = 0; other < data.zones.size(); ++other) {
            if (other != z && bounds[size_t(other)].adjusted(-10, -10, 10, 10).contains(at))
                free = false;
        }
        if (!free)
            at = sums[size_t(z)] / counts[size_t(z)];
        auto *label = new ZoneLabelItem(data.zones[z]);
        label->setPos(at);
        label->setZValue(10);
        addItem(label);
    }
}

void SeatMapScene::addRowLabels()
{
    const auto &seats = m_model.data().seats;
    // A stadium's thousands of rows would bury the map in labels.
    constexpr int MaxRows = 4000;
    if (seats.empty() || seats.back().rowIndex >= MaxRows)
        return;
    size_t first = 0;
    while (first < seats.size()) {
        size_t last = first;
        while (last + 1 < seats.size() && seats[last + 1].rowIndex == seats[first].rowIndex)
            ++last;
        // Each end gets the row's name, just beyond its outer seat along the row.
        const auto label = [&](size_t end, size_t inner) {
            const SeatMapSeat &s = seats[end];
            QPointF direction(-1, 0);
            if (end != inner) {
                direction = s.position - seats[inner].position;
                const double length = std::hypot(direction.x(), direction.y());
                direction = length > 0 ? direction / length : QPointF(-1, 0);
            } else if (end != first) {
                direction = QPointF(1, 0);
            }
            auto *text = addSimpleText(s.row);
            QFont font = text->font();
            font.setPixelSize(std::max(7, int(s.radius * 1.3)));
            font.setBold(true);
            text->setFont(font);
            text->setBrush(QColor(0x5d, 0x6d, 0x7e));
            const QRectF r = text->boundingRect();
            const QPointF centre =
                s.position + direction * (double(s.radius) * 1.4 + r.width() / 2);
            text->setPos(centre - QPointF(r.width() / 2, r.height() / 2));
            text->setZValue(5);
            text->setData(0, QStringLiteral("rowLabel"));
        };
        label(first, std::min(first + 1, last));
        if (last != first)
            label(last, last - 1);
        first = last + 1;
    }
}

int SeatMapScene::cellOf(const QPointF &position) const
{
    const int column = std::clamp(int((position.x() - m_seatsBounds.left()) / m_cellSize), 0,
                                  std::max(0, m_columns - 1));
    const int row = std::clamp(int((position.y() - m_seatsBounds.top()) / m_cellSize), 0,
                               std::max(0, m_rows - 1));
    return row * m_columns + column;
}

qsizetype SeatMapScene::seatAt(const QPointF &position) const
{
    if (m_cells.empty())
        return -1;
    qsizetype best = -1;
    double bestDistance = 0;
    const int centre = cellOf(position);
    const int column = centre % m_columns;
    const int row = centre / m_columns;
    for (int r = std::max(0, row - 1); r <= std::min(m_rows - 1, row + 1); ++r) {
        for (int c = std::max(0, column - 1); c <= std::min(m_columns - 1, column + 1); ++c) {
            const SeatTileItem *tile = m_cells[size_t(r * m_columns + c)];
            if (!tile)
                continue;
            for (qsizetype index : tile->seats()) {
                const SeatMapSeat &s = m_model.seat(index);
                const QPointF d = s.position - position;
                const double distance = QPointF::dotProduct(d, d);
                const double reach = double(s.radius) * 1.15;
                if (distance <= reach * reach && (best < 0 || distance < bestDistance)) {
                    best = index;
                    bestDistance = distance;
                }
            }
        }
    }
    return best;
}

QList<qsizetype> SeatMapScene::seatsIn(const QRectF &rect) const
{
    QList<qsizetype> out;
    if (m_cells.empty())
        return out;
    const QRectF r = rect.normalized();
    const int first = cellOf(r.topLeft());
    const int last = cellOf(r.bottomRight());
    for (int row = first / m_columns; row <= last / m_columns; ++row) {
        for (int column = first % m_columns; column <= last % m_columns; ++column) {
            const SeatTileItem *tile = m_cells[size_t(row * m_columns + column)];
            if (!tile)
                continue;
            for (qsizetype index : tile->seats()) {
                if (r.contains(m_model.seat(index).position))
                    out.push_back(index);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

void SeatMapScene::seatsChanged(const QList<qsizetype> &seats)
{
    for (qsizetype index : seats) {
        if (index < 0 || size_t(index) >= m_cellOfSeat.size())
            continue;
        SeatTileItem *tile = m_cells[size_t(m_cellOfSeat[size_t(index)])];
        tile->update(tile->seatRect(index));
    }
}

void SeatMapScene::allSeatsChanged()
{
    for (SeatTileItem *tile : m_cells) {
        if (tile)
            tile->update();
    }
}

} // namespace tessera
