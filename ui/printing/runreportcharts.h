// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace tessera {

class A4PageWriter;
class DashboardFigures;
class VenueTime;

// The run report's two charts, drawn with QPainter on an A4PageWriter (no
// chart library): orders per time bucket as bars stacked by sales channel,
// and the payment success rate per bucket as a line (gaps where no payment
// was attempted). Times on the axis in the box office's zone.
class RunReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RunReportCharts)

public:
    static void salesBars(A4PageWriter &w, const DashboardFigures &figures, const VenueTime &zone,
                          qreal heightMm);
    static void successLine(A4PageWriter &w, const DashboardFigures &figures, const VenueTime &zone,
                            qreal heightMm);
    // The colour of the i-th sales channel (the bars and the legend).
    static QColor channelColour(int index);
    // "Counter", "Online", "Phone" (the code itself for another).
    static QString channelName(const QString &channel);
};

} // namespace tessera
