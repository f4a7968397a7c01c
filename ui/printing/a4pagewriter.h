// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printstyle.h"

#include <QColor>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>

namespace tessera {

// A cursor down A4 pages: measures text on the device, draws it, and starts a
// new page when the next block would not fit.
class A4PageWriter
{
    Q_DECLARE_TR_FUNCTIONS(tessera::A4PageWriter)

public:
    static constexpr qreal kPageWidth = 210;
    static constexpr qreal kPageHeight = 297;
    static constexpr qreal kMargin = 18;
    static constexpr qreal kInner = kPageWidth - 2 * kMargin;
    static constexpr qreal kFooter = 10;
    static inline const QColor kMuted{0x55, 0x55, 0x55};

    // A4 portrait without printer margins (the writer keeps its own).
    static QPageLayout pageLayout()
    {
        return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                           QPageLayout::Millimeter);
    }

    // One cell of a table row: text across [x, x + width] mm.
    struct Cell
    {
        QString text;
        qreal x = 0;
        qreal width = 0;
        int align = Qt::AlignLeft;
    };

    A4PageWriter(QPagedPaintDevice &device, const PrintStyle &style, QPainter &painter)
        : m_device(device)
        , m_style(style)
        , m_painter(painter)
    {}

    const PrintStyle &style() const { return m_style; }
    QPainter &painter() { return m_painter; }
    // Keeps `mm` on this page for a drawing (a chart) and returns its area
    // in millimetres across the full width; the cursor moves below it.
    QRectF block(qreal mm)
    {
        keep(mm);
        const QRectF area(kMargin, m_y, kInner, mm);
        m_y += mm;
        return area;
    }
    void skip(qreal mm) { m_y += mm; }

    qreal measure(const QString &text, const QFont &font, qreal width) const
    {
        const QFontMetricsF metrics(font, &m_device);
        const QRectF box(0, 0, m_style.mm(width), 1e6);
        return metrics.boundingRect(box, kFlags | Qt::AlignLeft, text).height() / m_style.mm(1);
    }

    // True when `mm` more fit on this page.
    bool fits(qreal mm) const { return m_y + mm <= kPageHeight - kMargin - kFooter; }

    // Starts a new page unless `mm` more fit on this one.
    void keep(qreal mm)
    {
        if (m_y + mm <= kPageHeight - kMargin - kFooter)
            return;
        pageNumber();
        m_device.newPage();
        ++m_page;
        m_y = kMargin;
    }

    // The page the cursor is on, from 1.
    int page() const { return m_page; }
    // Numbers every page "Page n of `total`" at its foot (0: no numbers);
    // call finish() after the last line.
    void numberPages(int total) { m_pages = total; }
    void finish() { pageNumber(); }

    void text(const QString &text, const QFont &font, int align = Qt::AlignLeft,
              const QColor &colour = Qt::black, qreal x = kMargin, qreal width = kInner)
    {
        const qreal height = measure(text, font, width);
        keep(height);
        draw(text, font, align, colour, x, width, height);
        m_y += height;
    }

    void row(const QList<Cell> &cells, const QFont &font, const QColor &colour = Qt::black)
    {
        qreal height = 0;
        for (const Cell &cell : cells)
            height = qMax(height, measure(cell.text, font, cell.width));
        keep(height + 0.5);
        for (const Cell &cell : cells)
            draw(cell.text, font, cell.align, colour, kMargin + cell.x, cell.width, height);
        m_y += height + 0.5;
    }

    void rule(bool heavy = false)
    {
        m_y += 1;
        keep(2);
        QPen pen(heavy ? Qt::black : kMuted, m_style.mm(heavy ? 0.4 : 0.15));
        m_painter.setPen(pen);
        m_painter.drawLine(QPointF(m_style.mm(kMargin), m_style.mm(m_y)),
                           QPointF(m_style.mm(kMargin + kInner), m_style.mm(m_y)));
        m_y += 1.5;
    }

    // A section title with room for at least a few lines under it.
    void heading(const QString &title)
    {
        const QFont font = m_style.font(12, QFont::Bold);
        keep(measure(title, font, kInner) + 16);
        m_y += 3;
        text(title, font);
        rule(true);
    }

    // A signature line of `width` mm at x, with its caption under it.
    void signature(const QString &caption, qreal x, qreal width)
    {
        const qreal line = m_y + 10;
        m_painter.setPen(QPen(Qt::black, m_style.mm(0.25)));
        m_painter.drawLine(QPointF(m_style.mm(kMargin + x), m_style.mm(line)),
                           QPointF(m_style.mm(kMargin + x + width), m_style.mm(line)));
        const QFont font = m_style.font(9);
        draw(caption, font, Qt::AlignLeft, kMuted, kMargin + x, width,
             measure(caption, font, width), line + 1);
    }

private:
    static constexpr int kFlags = Qt::TextWordWrap | Qt::TextWrapAnywhere;

    void draw(const QString &text, const QFont &font, int align, const QColor &colour, qreal x,
              qreal width, qreal height, qreal y = -1)
    {
        m_painter.setFont(font);
        m_painter.setPen(colour);
        m_painter.drawText(QRectF(m_style.mm(x), m_style.mm(y < 0 ? m_y : y), m_style.mm(width),
                                  m_style.mm(height)),
                           kFlags | align, text);
    }

    void pageNumber()
    {
        if (m_pages <= 0)
            return;
        draw(tr("Page %1 of %2").arg(m_page).arg(m_pages), m_style.font(8), Qt::AlignRight, kMuted,
             kMargin, kInner, 5, kPageHeight - kMargin - 4);
    }

    QPagedPaintDevice &m_device;
    const PrintStyle &m_style;
    QPainter &m_painter;
    qreal m_y = kMargin;
    int m_page = 1;
    int m_pages = 0;
};

} // namespace tessera
