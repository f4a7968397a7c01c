// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/errorcodechart.h"

#include "dashboard/dashboardnames.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace tessera {

ErrorCodeChart::ErrorCodeChart(QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Payment errors (click a bar for the payments)"));
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *series = new QBarSeries(chart);
    m_bars = new QBarSet(tr("Failed payments"), series);
    m_bars->setColor(QColor(0xc62828));
    series->append(m_bars);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    m_x = new QBarCategoryAxis(chart);
    m_y = new QValueAxis(chart);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setMin(0);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    connect(m_bars, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_codes.size())
            emit codeClicked(m_codes[index]);
    });
    connect(m_bars, &QBarSet::hovered, this, [this](bool status, int index) {
        setToolTip(status && index >= 0 && index < m_codes.size()
                       ? tr("%1: %2 failed payment(s)")
                             .arg(DashboardNames::errorCode(m_codes[index]))
                             .arg(m_bars->at(index))
                       : QString());
    });
}

void ErrorCodeChart::show(const QList<ErrorCodeCount> &errors)
{
    QStringList codes;
    QList<qreal> counts;
    for (const ErrorCodeCount &e : errors) {
        codes.push_back(e.code);
        counts.push_back(qreal(e.count));
    }
    if (codes != m_codes) {
        m_codes = codes;
        m_x->clear();
        m_x->append(codes.isEmpty() ? QStringList{tr("none")} : codes);
    }
    if (m_bars->count() > 0)
        m_bars->remove(0, m_bars->count());
    m_bars->append(counts.isEmpty() ? QList<qreal>{0} : counts);
    const qreal top = counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend());
    m_y->setMax(std::max<qreal>(4, top * 1.2));
}

} // namespace tessera
