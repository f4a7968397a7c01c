// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "alerts/alertbanner.h"
#include "alerts/alertmonitor.h"
#include "alerts/alertrulesdialog.h"
#include "alerts/alertrulestore.h"
#include "checkin/checkinpage.h"
#include "common/clock.h"
#include "console/consolecontext.h"
#include "console/loginpage.h"
#include "console/venuetime.h"
#include "dashboard/dashboardpage.h"
#include "manage/managepage.h"
#include "manage/pendingorderwaitdialog.h"
#include "manage/timezonedialog.h"
#include "orders/orderspage.h"
#include "payments/reconciledialog.h"
#include "payments/reconciliationservice.h"
#include "report/runreportdialog.h"
#include "sell/paymentdialog.h"
#include "sell/sellpage.h"
#include "shell/printoutsmenu.h"
#include "shell/serversettingsdialog.h"
#include "shell/syncstatuslabel.h"
#include "shift/drawercountpanel.h"
#include "shift/shiftpage.h"
#include "shortcutsdialog.h"
#include "syncagent.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera {

namespace {

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Cashier:
        return MainWindow::tr("Cashier");
    case Role::Supervisor:
        return MainWindow::tr("Supervisor");
    case Role::Ops:
        return MainWindow::tr("Operations");
    case Role::Manager:
        return MainWindow::tr("Manager");
    case Role::Admin:
        return MainWindow::tr("Administrator");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(ConsoleContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    // Maximised at start (main.cpp); never larger than a small counter screen.
    resize(QSize(1400, 860).boundedTo(screen()->availableGeometry().size()));

    m_root = new QStackedWidget(this);
    m_login = new LoginPage(m_context, m_root);
    m_root->addWidget(m_login);

    auto *workspace = new QWidget(m_root);
    workspace->setObjectName(QStringLiteral("workspace"));
    auto *outer = new QVBoxLayout(workspace);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    buildHeader(workspace, outer);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    auto *nav = new QWidget(workspace);
    nav->setObjectName(QStringLiteral("navigation"));
    nav->setAutoFillBackground(true);
    nav->setStyleSheet(
        QStringLiteral("#navigation { background: #263238; }"
                       "#navigation QToolButton { color: #eceff1; border: none; padding: 10px 6px;"
                       "  font-size: 11pt; text-align: left; }"
                       "#navigation QToolButton:checked { background: #1565c0; color: white; }"
                       "#navigation QToolButton:hover:!checked { background: #37474f; }"));
    auto *navLayout = new QVBoxLayout(nav);
    navLayout->setContentsMargins(0, 8, 0, 8);
    navLayout->setSpacing(2);

    m_pages = new QStackedWidget(workspace);
    m_sell = new SellPage(m_context, m_pages);
    m_orders = new OrdersPage(m_context, m_pages);
    m_checkIn = new CheckInPage(m_context, m_pages);
    m_shift = new ShiftPage(m_context, m_pages);
    m_manage = new ManagePage(m_context, m_pages);
    m_dashboard = new DashboardPage(m_context, m_pages);
    m_screens = {m_sell, m_orders, m_checkIn, m_shift, m_manage, m_dashboard};
    const QString printFolder = QSettings().value(QStringLiteral("printFolder")).toString();
    m_sell->setPrintFolder(printFolder);
    m_orders->setPrintFolder(printFolder);
    m_shift->setReportFolder(printFolder);
    for (QWidget *page : std::as_const(m_screens))
        m_pages->addWidget(page);
    // The dashboard's failed payments open on the Orders screen.
    connect(m_dashboard, &DashboardPage::openOrder, this, [this](qint64 orderId) {
        if (!m_navButtons[int(Screen::Orders)]->isVisible()) {
            statusBar()->showMessage(tr("Your role does not open orders; ask a supervisor."), 8000);
            return;
        }
        showScreen(Screen::Orders);
        m_orders->showOrder(orderId);
    });
    connect(m_dashboard, &DashboardPage::alertRulesRequested, this, &MainWindow::openAlertRules);

    const QList<QString> titles = {tr("Sell"),  tr("Orders"), tr("Check-in"),
                                   tr("Shift"), tr("Manage"), tr("Dashboard")};
    const QList<QString> names = {QStringLiteral("navSell"),    QStringLiteral("navOrders"),
                                  QStringLiteral("navCheckIn"), QStringLiteral("navShift"),
                                  QStringLiteral("navManage"),  QStringLiteral("navDashboard")};
    auto *group = new QActionGroup(this);
    for (int i = 0; i < titles.size(); ++i) {
        auto *action = new QAction(titles[i], this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::Key_F1 + i));
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            titles[i], action->shortcut().toString(QKeySequence::NativeText)));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { showScreen(Screen(i)); });
        m_screenActions.push_back(action);
        addAction(action);

        // The button shows its key; the action (menu, shortcut) drives it.
        auto *button = new QToolButton(nav);
        button->setObjectName(names[i]);
        button->setCheckable(true);
        button->setToolTip(action->toolTip());
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::toggled, button, &QToolButton::setChecked);
        connect(action, &QAction::changed, button,
                [button, action] { button->setEnabled(action->isEnabled()); });
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumWidth(150);
        button->setMinimumHeight(52);
        button->setText(QStringLiteral("%1   %2").arg(
            titles[i], action->shortcut().toString(QKeySequence::NativeText)));
        navLayout->addWidget(button);
        m_navButtons.push_back(button);
    }
    navLayout->addStretch();
    body->addWidget(nav);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    m_root->addWidget(workspace);
    setCentralWidget(m_root);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(m_statusLabel);
    showTerminalName(m_context.terminalName());

    // Payments whose outcome is unknown are checked in the background; the
    // status bar says how many are left.
    m_reconciliation = new ReconciliationService(m_context, this);
    m_reconcileButton = new QToolButton(this);
    m_reconcileButton->setObjectName(QStringLiteral("reconcileButton"));
    m_reconcileButton->setStyleSheet(
        QStringLiteral("QToolButton { color: #8a4b00; font-weight: bold; }"));
    m_reconcileButton->setToolTip(tr("Payments whose outcome is not known yet (Ctrl+R)"));
    m_reconcileButton->hide();
    statusBar()->addWidget(m_reconcileButton);
    connect(m_reconcileButton, &QToolButton::clicked, this, &MainWindow::openReconciliation);
    connect(m_reconciliation, &ReconciliationService::countChanged, this, [this](int count) {
        m_reconcileButton->setText(tr("To reconcile: %1").arg(count));
        m_reconcileButton->setVisible(count > 0);
    });
    m_reconciliation->start();

    // Journal up, by itself, when this console is enrolled with a server.
    m_syncLabel = new SyncStatusLabel(m_context, this);
    statusBar()->addPermanentWidget(m_syncLabel);
    // Catalog down too, through this console's engine.
    m_sync = new SyncAgent(m_context.engine(), m_context.clock(), 5000, this);
    connect(m_sync, &SyncAgent::statusChanged, m_syncLabel, &SyncStatusLabel::showStatus);
    // Enrolled meanwhile (here, or the file's link replaced): the new name.
    connect(m_sync, &SyncAgent::statusChanged, this, [this](const SyncStatus &status) {
        if (!status.terminal.isEmpty())
            showTerminalName(status.terminal);
    });
    m_sync->start();
    // A sale goes up at once, not at the next tick: the ops room sees it
    // within a second.
    connect(&m_context, &ConsoleContext::changed, m_sync, &SyncAgent::syncNow);

    // Alerts are evaluated while someone is signed in; the banner, under the
    // header on every screen, is for those who watch the figures.
    m_alerts = new AlertMonitor(m_context, this);
    connect(m_sync, &SyncAgent::statusChanged, m_alerts, [this](const SyncStatus &status) {
        m_alerts->setBacklog(status.state == SyncStatus::State::NotEnrolled
                                 ? std::nullopt
                                 : std::optional<qint64>(status.backlog()));
    });
    m_alertStrip = new QWidget(workspace);
    auto *strip = new QVBoxLayout(m_alertStrip);
    strip->setContentsMargins(0, 0, 0, 0);
    strip->addWidget(new AlertBanner(*m_alerts, m_context, m_alertStrip));
    m_alertStrip->hide();
    outer->insertWidget(1, m_alertStrip);

    buildMenus();
    connect(m_login, &LoginPage::signedIn, this, &MainWindow::onSignedIn);
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    m_clockTimer->start();
    updateClock();
    // A window rebuilt in another language keeps whoever is signed in.
    if (m_context.user())
        onSignedIn(*m_context.user());
    else
        signOut();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildHeader(QWidget *workspace, QVBoxLayout *layout)
{
    auto *header = new QWidget(workspace);
    header->setObjectName(QStringLiteral("header"));
    header->setAutoFillBackground(true);
    header->setStyleSheet(
        QStringLiteral("#header { background: #1e272c; } #header QLabel { color: #eceff1; }"));
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(14, 8, 14, 8);
    auto *title = new QLabel(tr("Tessera Box Office"), header);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    title->setFont(bold);
    row->addWidget(title);
    row->addSpacing(24);
    m_terminalLabel = new QLabel(header);
    m_terminalLabel->setObjectName(QStringLiteral("terminalLabel"));
    row->addWidget(m_terminalLabel);
    row->addStretch();
    m_userLabel = new QLabel(header);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    row->addWidget(m_userLabel);
    row->addSpacing(18);
    m_clockLabel = new QLabel(header);
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    row->addWidget(m_clockLabel);
    row->addSpacing(12);
    auto *lockButton = new QToolButton(header);
    lockButton->setObjectName(QStringLiteral("lockButton"));
    lockButton->setText(tr("Lock"));
    lockButton->setToolTip(tr("Lock the till (Ctrl+L)"));
    connect(lockButton, &QToolButton::clicked, this, &MainWindow::lock);
    row->addWidget(lockButton);
    layout->addWidget(header);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_runReportAction = file->addAction(tr("Run &report…"), this, [this] {
        if (isLocked() || !m_runReportAction->isEnabled())
            return;
        auto *dialog = new RunReportDialog(m_context, QString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_runReportAction->setObjectName(QStringLiteral("runReportAction"));
    m_runReportAction->setVisible(false); // until someone who may view reports signs in

    QMenu *console = menuBar()->addMenu(tr("&Console"));
    m_lockAction = console->addAction(tr("&Lock"), this, &MainWindow::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_switchAction = console->addAction(tr("&Switch user…"), this, &MainWindow::signOut);
    m_switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_reconcileAction =
        console->addAction(tr("Payments to &reconcile…"), this, &MainWindow::openReconciliation);
    m_reconcileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    console->addSeparator();
    m_quitAction = console->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (QAction *action : std::as_const(m_screenActions))
        go->addAction(action);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    auto *printouts = new PrintoutsMenu(QSettings().value(QStringLiteral("printFolder")).toString(),
                                        m_sell->printsAutomatically(), this);
    settings->addMenu(printouts);
    connect(printouts, &PrintoutsMenu::folderChosen, this, &MainWindow::setPrintFolder);
    connect(printouts, &PrintoutsMenu::automaticChanged, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("printAutomatically"), on);
        m_sell->setPrintAutomatically(on);
    });
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = QLocale().name();
    const QList<std::pair<QString, QString>> options = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, name] : options) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(current.startsWith(code.left(2)));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    settings->addSeparator();
    m_pendingWaitAction =
        settings->addAction(tr("Unpaid counter &orders…"), this, &MainWindow::openPendingOrderWait);
    m_pendingWaitAction->setObjectName(QStringLiteral("pendingOrderWaitAction"));
    m_pendingWaitAction->setVisible(false); // until a manager signs in
    m_timeZoneAction =
        settings->addAction(tr("Box office &time zone…"), this, &MainWindow::openTimeZone);
    m_timeZoneAction->setObjectName(QStringLiteral("timeZoneAction"));
    m_timeZoneAction->setVisible(false);
    m_serverAction =
        settings->addAction(tr("Central &server…"), this, &MainWindow::openServerSettings);
    m_serverAction->setObjectName(QStringLiteral("serverAction"));
    m_serverAction->setVisible(false);
    m_alertRulesAction =
        settings->addAction(tr("&Alert rules…"), this, &MainWindow::openAlertRules);
    m_alertRulesAction->setObjectName(QStringLiteral("alertRulesAction"));
    m_alertRulesAction->setVisible(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_shortcutsAction =
        help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F12));
    help->addAction(tr("&About Tessera"), this, [this] {
        QMessageBox::about(this, tr("About Tessera"),
                           tr("<b>Tessera Box Office</b> %1<br>Sells seats, standing tickets "
                              "and card keys at the counter, with or without a network.")
                               .arg(QApplication::applicationVersion()));
    });
}

MainWindow::Screen MainWindow::currentScreen() const
{
    return Screen(std::max(0, m_pages->currentIndex()));
}

bool MainWindow::isLocked() const
{
    return m_root->currentWidget() == m_login;
}

void MainWindow::showScreen(Screen screen)
{
    const int index = int(screen);
    if (isLocked() || !m_navButtons[index]->isVisible())
        return;
    m_screenActions[index]->setChecked(true);
    m_pages->setCurrentIndex(index);
    QMetaObject::invokeMethod(m_screens[index], "activate");
}

void MainWindow::lock()
{
    if (!m_context.user())
        return;
    m_lockedBy = m_context.user()->name;
    m_root->setCurrentWidget(m_login);
    m_login->prepare(m_lockedBy);
    for (QAction *action : std::as_const(m_screenActions))
        action->setEnabled(false);
    m_lockAction->setEnabled(false);
}

void MainWindow::signOut()
{
    m_lockedBy.clear();
    m_context.setUser(std::nullopt);
    m_root->setCurrentWidget(m_login);
    m_login->prepare();
    for (QAction *action : std::as_const(m_screenActions))
        action->setEnabled(false);
    m_lockAction->setEnabled(false);
    m_switchAction->setEnabled(false);
    m_userLabel->clear();
    m_alerts->stop();
}

void MainWindow::onSignedIn(const StaffIdentity &identity)
{
    const bool sameUser = m_context.user() && m_context.user()->name == identity.name;
    m_context.setUser(identity);
    m_lockedBy.clear();
    m_userLabel->setText(tr("%1 · %2").arg(identity.name.isEmpty() ? tr("set-up") : identity.name,
                                           roleTitle(identity.role)));
    m_lockAction->setEnabled(true);
    m_switchAction->setEnabled(true);
    applyPermissions();
    if (!m_alerts->isRunning())
        m_alerts->start();
    m_root->setCurrentIndex(1);
    // Unlocking by the same person returns to where they were.
    Screen screen = sameUser ? currentScreen() : Screen::Sell;
    if (!m_navButtons[int(screen)]->isVisible()) {
        for (int i = 0; i < m_navButtons.size(); ++i) {
            if (m_navButtons[i]->isVisible()) {
                screen = Screen(i);
                break;
            }
        }
    }
    showScreen(screen);
}

void MainWindow::applyPermissions()
{
    const bool manage =
        m_context.may(Permission::ManageVenues) || m_context.may(Permission::ManageEvents) ||
        m_context.may(Permission::ManageCards) || m_context.may(Permission::ManageStaff);
    const QList<bool> allowed = {m_context.may(Permission::Sell),
                                 m_context.may(Permission::Sell),
                                 m_context.may(Permission::Redeem),
                                 m_context.may(Permission::Sell),
                                 manage,
                                 m_context.may(Permission::ViewReports)};
    for (int i = 0; i < m_navButtons.size(); ++i) {
        m_navButtons[i]->setVisible(allowed[i]);
        m_screenActions[i]->setEnabled(allowed[i]);
        m_screenActions[i]->setVisible(allowed[i]);
    }
    // Sales rules are a manager's.
    const bool rules =
        m_context.decide(Permission::ManageEvents) == PermissionTable::Decision::Allowed;
    m_pendingWaitAction->setEnabled(rules);
    m_pendingWaitAction->setVisible(rules);
    m_timeZoneAction->setEnabled(rules);
    m_timeZoneAction->setVisible(rules);
    m_serverAction->setVisible(rules);
    m_alertStrip->setVisible(m_context.may(Permission::ViewReports));
    m_alertRulesAction->setVisible(m_context.may(Permission::ManageAlerts));
    const bool reports = m_context.may(Permission::ViewReports);
    m_runReportAction->setEnabled(reports);
    m_runReportAction->setVisible(reports);
}

void MainWindow::openPendingOrderWait()
{
    if (isLocked() || !m_pendingWaitAction->isEnabled())
        return;
    auto *dialog = new PendingOrderWaitDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PendingOrderWaitDialog::saved, this, [this](int minutes) {
        statusBar()->showMessage(
            minutes == 0 ? tr("Unpaid counter orders now keep their seats until cancelled.")
                         : tr("Unpaid counter orders now give their seats back after %n "
                              "minute(s).",
                              nullptr, minutes),
            8000);
    });
    dialog->open();
}

void MainWindow::openServerSettings()
{
    if (isLocked() || !m_serverAction->isVisible())
        return;
    auto *dialog = new ServerSettingsDialog(m_context.engine(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServerSettingsDialog::enrolled, m_sync, &SyncAgent::syncNow);
    connect(dialog, &ServerSettingsDialog::enrolled, this, &MainWindow::showTerminalName);
    dialog->open();
}

void MainWindow::showTerminalName(const QString &name)
{
    if (m_terminalLabel->text() == tr("Terminal %1").arg(name))
        return;
    setWindowTitle(tr("Tessera Box Office — %1").arg(name));
    m_terminalLabel->setText(tr("Terminal %1").arg(name));
    m_statusLabel->setText(
        tr("Terminal %1 · selling from the local database (works offline)").arg(name));
}

void MainWindow::openAlertRules()
{
    if (isLocked() || !m_alertRulesAction->isVisible())
        return;
    auto *dialog = new AlertRulesDialog(m_context, m_dashboard->alertRuleStore(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, m_alerts, &AlertMonitor::evaluateNow);
    dialog->open();
}

void MainWindow::openTimeZone()
{
    if (isLocked() || !m_timeZoneAction->isEnabled())
        return;
    auto *dialog = new TimeZoneDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TimeZoneDialog::saved, this, [this](const QString &zone) {
        updateClock();
        statusBar()->showMessage(tr("Times are now shown in %1.").arg(zone), 8000);
    });
    dialog->open();
}

void MainWindow::updateClock()
{
    // The box office's time, whatever the PC's zone, named so nobody takes
    // it for the PC's.
    const VenueTime time = VenueTime::boxOffice(m_context);
    m_clockLabel->setText(time.dateTimeWithZone(time.now()));
}

void MainWindow::chooseLanguage(const QString &locale)
{
    QSettings settings;
    settings.setValue(QStringLiteral("language"), locale);
    emit languageChosen(QLocale(locale));
}

void MainWindow::setPrintFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("printFolder"), folder);
    m_sell->setPrintFolder(folder);
    m_orders->setPrintFolder(folder);
    m_shift->setReportFolder(folder);
    statusBar()->showMessage(
        folder.isEmpty()
            ? tr("Printouts go to the printer.")
            : tr("Printouts are saved as PDF in %1.").arg(QDir::toNativeSeparators(folder)),
        5000);
}

void MainWindow::openReconciliation()
{
    if (isLocked())
        return;
    auto *dialog = new ReconcileDialog(*m_reconciliation, m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

QList<ShortcutSection> MainWindow::shortcutSections() const
{
    QList<QAction *> everywhere = m_screenActions;
    everywhere +=
        {m_lockAction, m_switchAction, m_reconcileAction, m_shortcutsAction, m_quitAction};
    QList<ShortcutSection> sections = {ShortcutSection::fromActions(tr("Everywhere"), everywhere)};
    if (m_navButtons[int(Screen::Sell)]->isVisibleTo(this)) {
        sections.push_back(ShortcutSection::fromActions(tr("Sell"), m_sell->shortcutActions()));
        ShortcutSection payment{tr("Payment window"), {}};
        for (const auto &[keys, text] : PaymentDialog::methodKeys() + PaymentDialog::windowKeys())
            payment.add(keys, text);
        sections.push_back(payment);
    }
    if (m_navButtons[int(Screen::Shift)]->isVisibleTo(this)) {
        // The drawer's actions are buttons with an Alt+letter, then the count sheet's keys.
        ShortcutSection shift{tr("Shift"), {}};
        for (const QPushButton *button : m_shift->findChildren<QPushButton *>()) {
            if (!button->shortcut().isEmpty())
                shift.add(button->shortcut(), button->text());
        }
        for (const auto &[keys, text] : DrawerCountPanel::keys())
            shift.add(keys, text);
        sections.push_back(shift);
    }
    if (m_navButtons[int(Screen::Orders)]->isVisibleTo(this)) {
        ShortcutSection orders = ShortcutSection::fromActions(tr("Orders"), m_orders->actions());
        // The order's actions are buttons with an Alt+letter.
        for (const QPushButton *button : m_orders->findChildren<QPushButton *>()) {
            if (!button->shortcut().isEmpty())
                orders.add(button->shortcut(), button->text());
        }
        sections.push_back(orders);
    }
    return sections;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(shortcutSections(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace tessera
