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

    void add(const ScanOutcome &outcome);
    // Starts a new tally when the local day changed since the last scan.
    void rollOver(qint64 nowMs);

    int admitted() const { return m_admitted; }
    int refused() const { return m_refused; }
    int size() const;

private:
    void showTally();

    QDate m_day;
    int m_admitted = 0;
    int m_refused = 0;
    QLabel *m_tally = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace tessera
