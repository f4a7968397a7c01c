// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsource.h"

namespace tessera {

namespace {

bool sameAlerts(const QList<AlertRecord> &a, const QList<AlertRecord> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].lastValue != b[i].lastValue ||
            a[i].peakValue != b[i].peakValue || a[i].acknowledgedAtMs != b[i].acknowledgedAtMs ||
            a[i].detail != b[i].detail)
            return false;
    }
    return true;
}

} // namespace

void AlertSource::take(const QList<AlertRecord> &firing)
{
    if (sameAlerts(firing, m_firing))
        return;
    m_firing = firing;
    emit alertsChanged();
}

} // namespace tessera
