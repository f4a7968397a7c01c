// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seatmapmodel.h"

#include <QWidget>

namespace tessera {

// The key drawn over the map: each category's colour and name, and
// how available, selected, held, sold and blocked seats look.
class SeatMapLegend : public QWidget
{
    Q_OBJECT
public:
    explicit SeatMapLegend(QWidget *parent = nullptr);

    void setCategories(const QList<SeatMapCategory> &categories);
    void setSelectedCount(qsizetype count);
    QSize sizeHint() const override;

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
    qsizetype m_selected = 0;
};

} // namespace tessera
