// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatplanpreview.h"

#include <QHash>
#include <QPainter>

namespace tessera {

QColor categoryColor(const PlanCategory &category)
{
    const QColor color(category.color.value_or(QString()));
    return color.isValid() ? color : QColor(0x7f, 0x8c, 0x8d);
}

QImage seatPlanThumbnail(const SeatPlan &plan, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xf4, 0xf6, 0xf8));
    const QList<PlanSeatIndex> indexes = plan.seatIndexes();
    if (indexes.isEmpty())
        return image;
    QRectF bounds;
    for (const PlanSeatIndex &index : indexes) {
        const PlanPoint at = plan.absolutePosition(index);
        const qreal r = plan.seatAt(index).effectiveRadius();
        bounds |= QRectF(at.x - r, at.y - r, 2 * r, 2 * r);
    }
    constexpr qreal margin = 12;
    const qreal scale = qMin((size.width() - 2 * margin) / qMax(bounds.width(), 1.0),
                             (size.height() - 2 * margin) / qMax(bounds.height(), 1.0));
    const QPointF offset(margin + (size.width() - 2 * margin - bounds.width() * scale) / 2,
                         margin + (size.height() - 2 * margin - bounds.height() * scale) / 2);
    QHash<QString, QColor> colors;
    for (const PlanCategory &category : plan.categories)
        colors.insert(category.name, categoryColor(category));

    QPainter painter(&image);
    const bool few = indexes.size() < 5000;
    painter.setRenderHint(QPainter::Antialiasing, few);
    painter.setPen(few ? QPen(QColor(0, 0, 0, 90), 1) : Qt::NoPen);
    for (const PlanSeatIndex &index : indexes) {
        const PlanSeat &seat = plan.seatAt(index);
        const PlanPoint at = plan.absolutePosition(index);
        const QPointF centre = offset + (QPointF(at.x, at.y) - bounds.topLeft()) * scale;
        const qreal r = qMax(0.8, seat.effectiveRadius() * scale * 0.9);
        painter.setBrush(colors.value(seat.category, QColor(0x7f, 0x8c, 0x8d)));
        painter.drawEllipse(centre, r, r);
    }
    return image;
}

} // namespace tessera
