#include "mainwindow.h"

#include "eventoverviewmodel.h"
#include "query/orderqueries.h"
#include "storage/sqlitedb.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tessera {

MainWindow::MainWindow(QString databasePath, QString terminalId, QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(std::move(databasePath))
    , m_terminalId(std::move(terminalId))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tessera Box Office — %1").arg(m_terminalId));
    resize(1100, 640);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *heading = new QLabel(tr("Events on sale"), central);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    m_events = new EventOverviewModel(this);
    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_events);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EventOverviewModel::Name,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("salesSummary"));
    layout->addWidget(m_summary);
    setCentralWidget(central);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
    m_status->setText(tr("Terminal %1 · %2").arg(m_terminalId, m_databasePath));

    buildMenus();
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(5000);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    m_refreshTimer->start();
    refresh();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *reload = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tessera"), this, [this] {
        QMessageBox::about(this, tr("About Tessera"),
                           tr("<b>Tessera</b> %1<br>Box office and operations console.<br>"
                              "Terminal %2<br>Database %3")
                               .arg(QApplication::applicationVersion(), m_terminalId,
                                    m_databasePath.toHtmlEscaped()));
    });
}

void MainWindow::refresh()
{
    auto db = SqliteDb::open(m_databasePath, SqliteDb::Mode::ReadOnly);
    QString error;
    if (!db || !m_events->reload(*db, &error)) {
        statusBar()->showMessage(
            tr("Cannot read the database: %1").arg(db ? error : db.error().toString()));
        return;
    }
    OrderQueries orders(*db, m_terminalId);
    auto summary = orders.summary();
    if (!summary) {
        statusBar()->showMessage(
            tr("Cannot read the database: %1").arg(summary.error().toString()));
        return;
    }
    const QLocale locale;
    QStringList takings;
    const QJsonObject byCurrency = (*summary)[QStringLiteral("net_takings")].toObject();
    for (auto it = byCurrency.begin(); it != byCurrency.end(); ++it)
        takings.push_back(
            locale.toCurrencyString(double(it.value().toInteger()) / 100.0, it.key()));
    m_summary->setText(
        tr("Orders on this terminal: %1 · Takings: %2")
            .arg(locale.toString((*summary)[QStringLiteral("orders")].toInteger()),
                 takings.isEmpty() ? tr("none yet") : takings.join(QStringLiteral(", "))));
}

} // namespace tessera
