// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedbacksounds.h"
#include "scanoutcome.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QVBoxLayout;

namespace tessera {

class ConsoleContext;
class GateCheck;
class ScanLog;
class VerdictPanel;

// Check-in at a gate (F3): the scan field always has the focus, so a
// keyboard-wedge scanner (or a cashier typing) enters a code and Enter; the
// verdict fills a big colour-coded panel with a sound, and the field is
// ready for the next ticket at once. The gate's name is remembered; an
// optional event filter turns tickets of other events away.
class CheckInPage : public QWidget
{
    Q_OBJECT
public:
    explicit CheckInPage(ConsoleContext &context, QWidget *parent = nullptr);

    // The latest verdict, if any scan was checked.
    const std::optional<ScanOutcome> &lastOutcome() const { return m_last; }
    std::optional<FeedbackSounds::Sound> lastSound() const { return m_sounds->lastPlayed(); }
    // The name entries are recorded under ("Counter" unless set).
    QString gate() const;

public slots:
    // The screen was brought to the front: refresh and focus its first field.
    void activate();

signals:
    void scanChecked(const tessera::ScanOutcome &outcome);
    void feedbackPlayed(tessera::FeedbackSounds::Sound sound);

private:
    void buildHeader(QVBoxLayout *layout);
    void submitScan();
    void showOutcome(const ScanOutcome &outcome);
    void fillEvents();
    // The event this gate admits; any when empty.
    std::optional<qint64> admittedEvent() const;
    void focusScan();

    ConsoleContext &m_context;
    GateCheck *m_check = nullptr;
    FeedbackSounds *m_sounds = nullptr;
    QLineEdit *m_gate = nullptr;
    QComboBox *m_event = nullptr;
    QLineEdit *m_scan = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_refreshTimer = nullptr;
    VerdictPanel *m_panel = nullptr;
    ScanLog *m_log = nullptr;
    std::optional<ScanOutcome> m_last;
};

} // namespace tessera
