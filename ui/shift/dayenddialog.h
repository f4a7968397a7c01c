// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

class QDateEdit;
class QLabel;
class QPushButton;

namespace tessera {

class ConsoleContext;

// The day-end report of a business day (DayEndReport), for supervisors and
// managers: pick the day (today by default), then save it as a PDF
// (DayEndDocument) or a CSV for a spreadsheet (DayEndCsv). The figures are
// read off the UI thread; the dialog shows the day's net takings and where
// the file went.
class DayEndDialog : public QDialog
{
    Q_OBJECT
public:
    // `folder`: where files go without asking (tests, kiosks); empty: ask.
    DayEndDialog(ConsoleContext &context, const QString &folder, QWidget *parent = nullptr);

    QString lastPath() const { return m_lastPath; }

signals:
    void written(const QString &path);

private:
    void save(bool pdf);
    void write(const QJsonObject &report, bool pdf);
    void setBusy(bool busy);
    void showStatus(const QString &text, bool error);

    ConsoleContext &m_context;
    QString m_folder;
    QDateEdit *m_date = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QString m_lastPath;
};

} // namespace tessera
