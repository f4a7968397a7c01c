// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfigures.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace tessera {

// Failed payments by error code, as bars; clicking a bar asks for the
// payments behind it.
class ErrorCodeChart : public QChartView
{
    Q_OBJECT

public:
    explicit ErrorCodeChart(QWidget *parent = nullptr);

    void show(const QList<ErrorCodeCount> &errors);
    // The codes in bar order (for tests).
    const QStringList &codes() const { return m_codes; }
    QBarSet *bars() const { return m_bars; }

signals:
    void codeClicked(const QString &code);

private:
    QBarSet *m_bars = nullptr;
    QBarCategoryAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QStringList m_codes;
};

} // namespace tessera
