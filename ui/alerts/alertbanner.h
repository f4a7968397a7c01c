// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QInputDialog;
class QVBoxLayout;

namespace tessera {

class AlertSource;
class ConsoleContext;
class FeedbackSounds;
struct AlertRecord;

// A red strip listing the alerts that are firing (hidden when none), each
// with what crossed which threshold, since when, and an Acknowledge button
// that asks for a name (for staff who may view reports). Plays the alarm
// once when an alert starts, never again for the same alert. Place it on any
// page; it follows its AlertSource (the console's AlertMonitor, or the
// server's alerts on the dashboard, titled so).
class AlertBanner : public QFrame
{
    Q_OBJECT

public:
    AlertBanner(AlertSource &source, ConsoleContext &context, QWidget *parent = nullptr);

    // A first line naming whose alerts these are ("Alerts on the server").
    void setTitle(const QString &title);
    // The alerts the banner shows (for tests and the window title).
    int shownCount() const;
    // The sound alerts are announced with; nullptr until the first alert.
    FeedbackSounds *sounds() const { return m_sounds; }
    // Asks for the name under which `alertId` is acknowledged (a dialog
    // "alertAckDialog", open until answered).
    void askToAcknowledge(qint64 alertId);

signals:
    // A new alert appeared and the alarm was played.
    void alarmed(qint64 alertId);

private:
    void rebuild();
    QWidget *rowFor(const AlertRecord &alert);

    AlertSource &m_source;
    ConsoleContext &m_context;
    QString m_title;
    QVBoxLayout *m_rows = nullptr;
    FeedbackSounds *m_sounds = nullptr;
    QList<qint64> m_announced;
};

} // namespace tessera
