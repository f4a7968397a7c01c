// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollwriter.h"

#include <QFontMetricsF>
#include <QPainter>

namespace tessera {

qreal RollWriter::text(const QString &text, const QFont &font, int align, qreal x, qreal width,
                       const QColor &colour, bool advance)
{
    const QFontMetricsF metrics(font, &m_device);
    const int flags = align | Qt::TextWordWrap | Qt::TextWrapAnywhere;
    const QRectF box(m_style.mm(x), m_style.mm(m_y), m_style.mm(width), 1e6);
    const qreal height = metrics.boundingRect(box, flags, text).height() / m_style.mm(1);
    if (m_painter) {
        m_painter->setFont(font);
        m_painter->setPen(colour);
        m_painter->drawText(QRectF(box.topLeft(), QSizeF(box.width(), m_style.mm(height))), flags,
                            text);
    }
    if (advance)
        m_y += height;
    return height;
}

void RollWriter::row(const QString &left, const QString &right, const QFont &font,
                     const QColor &colour)
{
    const qreal rightWidth =
        QFontMetricsF(font, &m_device).horizontalAdvance(right) / m_style.mm(1) + 1;
    const qreal h1 = text(right, font, Qt::AlignRight, kMargin, kInner, colour, false);
    const qreal h2 =
        text(left, font, Qt::AlignLeft, kMargin, kInner - rightWidth - 1, colour, false);
    m_y += qMax(h1, h2);
}

void RollWriter::rule(bool heavy)
{
    m_y += 1.2;
    if (m_painter) {
        QPen pen(Qt::black, m_style.mm(heavy ? 0.45 : 0.2), heavy ? Qt::SolidLine : Qt::DashLine);
        m_painter->setPen(pen);
        m_painter->drawLine(QPointF(m_style.mm(kMargin), m_style.mm(m_y)),
                            QPointF(m_style.mm(kMargin + kInner), m_style.mm(m_y)));
    }
    m_y += 1.6;
}

void RollWriter::banner(const QString &text, const QFont &font)
{
    const qreal height = QFontMetricsF(font, &m_device).height() / m_style.mm(1) + 2.4;
    if (m_painter) {
        const QRectF bar(m_style.mm(kMargin), m_style.mm(m_y), m_style.mm(kInner),
                         m_style.mm(height));
        m_painter->fillRect(bar, Qt::black);
        m_painter->setFont(font);
        m_painter->setPen(Qt::white);
        m_painter->drawText(bar, Qt::AlignCenter, text);
    }
    m_y += height;
}

void RollWriter::signature(const QString &caption, const QFont &font)
{
    m_y += 9; // room to sign
    if (m_painter) {
        m_painter->setPen(QPen(Qt::black, m_style.mm(0.2)));
        m_painter->drawLine(QPointF(m_style.mm(kMargin), m_style.mm(m_y)),
                            QPointF(m_style.mm(kMargin + kInner), m_style.mm(m_y)));
    }
    m_y += 0.8;
    text(caption, font, Qt::AlignLeft, kMargin, kInner, QColor(0x55, 0x55, 0x55));
}

} // namespace tessera
