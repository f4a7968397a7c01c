// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printstyle.h"

#include <QColor>
#include <QFont>
#include <QString>

class QPainter;
class QPaintDevice;

namespace tessera {

// A cursor down an 80 mm roll (receipts, refund and exchange slips): measures
// text on the device and, given a painter, draws it. Lengths are in mm.
class RollWriter
{
public:
    static constexpr qreal kWidthMm = 80;
    static constexpr qreal kMargin = 4;
    static constexpr qreal kInner = kWidthMm - 2 * kMargin;

    RollWriter(const QPaintDevice &device, const PrintStyle &style, QPainter *painter)
        : m_device(device)
        , m_style(style)
        , m_painter(painter)
    {}

    const PrintStyle &style() const { return m_style; }
    qreal y() const { return m_y; }
    void skip(qreal mm) { m_y += mm; }

    // Wrapped text across [x, x + width]; returns its height.
    qreal text(const QString &text, const QFont &font, int align, qreal x = kMargin,
               qreal width = kInner, const QColor &colour = Qt::black, bool advance = true);
    // Left text and right-aligned amount on one line (the left side wraps).
    void row(const QString &left, const QString &right, const QFont &font,
             const QColor &colour = Qt::black);
    void rule(bool heavy = false);
    // White text on a black bar, as thermal printers do for emphasis.
    void banner(const QString &text, const QFont &font);
    // A line to sign on, with its caption underneath.
    void signature(const QString &caption, const QFont &font);

private:
    const QPaintDevice &m_device;
    const PrintStyle &m_style;
    QPainter *m_painter = nullptr;
    qreal m_y = kMargin;
};

} // namespace tessera
