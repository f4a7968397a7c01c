// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverlink.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace tessera {

class ConsoleContext;
struct RunReport;

// File ▸ Run report…: for those who may view reports. Pick an event or a
// range of business days and a folder; writes the run report as a PDF
// (RunReportDocument) and its orders, payments and refunds as CSV files
// (ReportCsv) there. On a console enrolled with a central server, "Every
// terminal" takes the figures and alerts from the server (ServerRunReport,
// signed in with the member of staff's PIN); that report is a PDF only, as
// the CSV rows would be this terminal's. The figures are read and the files
// written off the UI thread; the dialog says what it wrote where.
class RunReportDialog : public QDialog
{
    Q_OBJECT
public:
    // `folder`: the output folder offered (empty: the printouts folder, else
    // Documents).
    RunReportDialog(ConsoleContext &context, const QString &folder, QWidget *parent = nullptr);

    // The files of the last report written, the PDF first.
    QStringList lastFiles() const { return m_lastFiles; }

signals:
    void written(const QStringList &files);

private:
    void loadEvents();
    void chooseFolder();
    void updateScope();
    void writeReport();
    void write(const RunReport &report, const QString &folder, bool withCsv);
    void fillFromServer(RunReport report, const QString &folder);
    void setBusy(bool busy);
    void showStatus(const QString &text, bool error);

    ConsoleContext &m_context;
    QRadioButton *m_byEvent = nullptr;
    QRadioButton *m_byDays = nullptr;
    QComboBox *m_event = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_write = nullptr;
    std::optional<ServerLink> m_link;
    QCheckBox *m_everyTerminal = nullptr;
    QLineEdit *m_pin = nullptr;
    QStringList m_lastFiles;
};

} // namespace tessera
