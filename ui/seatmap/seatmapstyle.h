// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seatmapmodel.h"

#include <QColor>
#include <QHash>
#include <QPixmap>

class QPainter;

namespace tessera {

// How a seat looks: its category's colour when available, otherwise its state.
// One place for the colours, so the map and its legend cannot disagree.
class SeatMapStyle
{
public:
    enum class Look : quint8 { Available, Selected, Held, Sold, Blocked, Elsewhere };

    static Look lookOf(const SeatMapSeat &seat);
    static QColor background() { return QColor(0xf4, 0xf5, 0xf7); }
    static QColor selectedRing() { return QColor(0xd6, 0x1a, 0x3c); }
    static QColor heldColor() { return QColor(0xf0, 0x9a, 0x0e); }
    static QColor soldColor() { return QColor(0x5d, 0x63, 0x6c); }
    static QColor blockedColor() { return QColor(0xd3, 0xd6, 0xdb); }
    // Another counter's seat (not allocated to this terminal): a pale ring.
    static QColor elsewhereColor() { return QColor(0xa9, 0xb0, 0xba); }
    // The flat colour of a seat drawn as a dot, at zoom levels too low for detail.
    static QColor dotColor(Look look, const QColor &category);
    // Draws one seat filling `rect` (device pixels), detailed as its size allows.
    static void paintSeat(QPainter &painter, const QRectF &rect, Look look, const QColor &category);
};

// Pre-rendered seat images by look, colour and size: blitting a small image is
// far cheaper than antialiasing a circle, which keeps 80 000 seats smooth.
class SeatSpriteCache
{
public:
    const QPixmap &sprite(SeatMapStyle::Look look, int category, const QColor &color,
                          double diameter, double devicePixelRatio);
    void clear() { m_sprites.clear(); }

private:
    QHash<quint64, QPixmap> m_sprites;
};

} // namespace tessera
