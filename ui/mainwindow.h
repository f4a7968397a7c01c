#pragma once

#include <QMainWindow>

class QLabel;
class QTableView;
class QTimer;

namespace tessera {

class EventOverviewModel;

// The console's main window: for now the box office at a glance (events and
// what is left to sell, this terminal and its database). The counter screens
// plug in here later.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(QString databasePath, QString terminalId, QWidget *parent = nullptr);

public slots:
    // Re-reads the numbers from the database (reads never wait for sales).
    void refresh();

private:
    void buildMenus();

    QString m_databasePath;
    QString m_terminalId;
    EventOverviewModel *m_events = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace tessera
