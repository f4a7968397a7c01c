// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace tessera {

class CashMovementDialog;
class ConsoleContext;
class DrawerCountPanel;
class OpenShiftPanel;
class ShiftSummaryPanel;

// The cash drawer of this terminal (F4): open a shift with a float; while it
// is open, its summary with cash in / cash out; then count the drawer, close
// the shift and get the Z-report as a PDF, offered for printing. All engine
// work runs through the console context, off the UI thread.
class ShiftPage : public QWidget
{
    Q_OBJECT
public:
    explicit ShiftPage(ConsoleContext &context, QWidget *parent = nullptr);

    // Writes Z-reports into `folder` without asking (tests, kiosks); empty:
    // ask with a file dialog.
    void setReportFolder(const QString &folder) { m_reportFolder = folder; }
    QString lastReportPath() const { return m_lastReportPath; }

public slots:
    // The screen was brought to the front: refresh and focus its first field.
    void activate();

signals:
    // A Z-report PDF was written.
    void zReportWritten(const QString &path);

private:
    struct Snapshot;

    void refresh(bool focus);
    void apply(const Snapshot &snapshot, bool focus);
    void showMessage(const QString &message, bool error = false);
    void openShift(qint64 floatMinor, const QString &currency);
    void moveCash(bool out);
    void runMovement(CashMovementDialog *dialog);
    void startCount();
    void closeShift(const QJsonArray &counted, const QString &note);
    void runClose(const QJsonArray &counted, const QString &note, const QString &approver);
    void openDayEnd();
    void writeReport(qint64 shiftId, const QString &summary);
    void saveReport(const QJsonObject &report, const QString &summary);
    void printReport();

    ConsoleContext &m_context;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_loading = nullptr;
    OpenShiftPanel *m_open = nullptr;
    ShiftSummaryPanel *m_summary = nullptr;
    DrawerCountPanel *m_count = nullptr;
    QJsonObject m_current;    // the open shift's report; empty when none is open
    QJsonObject m_lastReport; // the last closed shift's Z-report
    QString m_lastReportPath;
    QString m_reportFolder;
    bool m_busy = false;
    bool m_blindCount = true;
    QPushButton *m_dayEnd = nullptr;
};

} // namespace tessera
