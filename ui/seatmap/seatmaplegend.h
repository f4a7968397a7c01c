// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seatmapmodel.h"

#include <QWidget>

namespace tessera {

// The key drawn over the map: each category's colour, name and price, and
// how available, selected, held, sold and blocked seats look.
class SeatMapLegend : public QWidget
{
    Q_OBJECT
public:
    explicit SeatMapLegend(QWidget *parent = nullptr);

    void setCategories(const QList<SeatMapCategory> &categories, const QString &currency);
    void setSelectedCount(qsizetype count);
    // Whether the map has seats that are not this counter's to sell (a
    // terminal of a central server); only then does the legend explain them.
    void setShowsElsewhere(bool shows);
    QSize sizeHint() const override;
    // The legend's lines, top to bottom (for tests and accessibility).
    QStringList lines() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        QString text;
        int look = 0; // SeatMapStyle::Look
        QColor color;
    };
    QList<Entry> entries() const;

    QList<SeatMapCategory> m_categories;
    QString m_currency;
    qsizetype m_selected = 0;
    bool m_showsElsewhere = false;
};

} // namespace tessera
