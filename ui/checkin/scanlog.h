// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scanoutcome.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace tessera {

// The running tally of the day ("Admitted today: 12 · Refused: 3") and the
// last scans, newest first.
class ScanLog : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kHistorySize = 10;

    explicit ScanLog(QWidget *parent = nullptr);

    // Times in `time`'s zone (the box office's).
    void add(const ScanOutcome &outcome, const VenueTime &time);
    // Starts a new tally when the day (in `time`'s zone, by its clock)
    // changed since the last scan.
    void rollOver(const VenueTime &time);

    int admitted() const { return m_admitted; }
    int refused() const { return m_refused; }
    int size() const;

private:
    void rollOver(const QDate &today);
    void showTally();

    QDate m_day;
    int m_admitted = 0;
    int m_refused = 0;
    QLabel *m_tally = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace tessera
