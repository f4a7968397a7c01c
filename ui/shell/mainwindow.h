// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shortcutlist.h"
#include "staff/staffauthenticator.h"

#include <QLocale>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace tessera {

class AlertBanner;
class AlertMonitor;
class CheckInPage;
class DashboardPage;
class ConsoleContext;
class LoginPage;
class ManagePage;
class OrdersPage;
class ReconciliationService;
class SyncAgent;
class SyncStatusLabel;
class SellPage;
class ShiftPage;

// The counter console: sign-in and lock, then the screens a member of staff
// may use (Sell, Orders, Check-in, Shift, Manage) behind a navigation bar,
// each one key away (F1…F5).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Screen { Sell, Orders, CheckIn, Shift, Manage, Dashboard };

    explicit MainWindow(ConsoleContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Which screen is in front (Sell while locked, too).
    Screen currentScreen() const;
    bool isLocked() const;

    SellPage *sellPage() const { return m_sell; }
    OrdersPage *ordersPage() const { return m_orders; }
    CheckInPage *checkInPage() const { return m_checkIn; }
    ShiftPage *shiftPage() const { return m_shift; }
    ManagePage *managePage() const { return m_manage; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    LoginPage *loginPage() const { return m_login; }
    ReconciliationService &reconciliation() const { return *m_reconciliation; }
    AlertMonitor &alerts() const { return *m_alerts; }
    // Every key the console has now, by where it works, read off the
    // registered actions (what F12 shows).
    QList<ShortcutSection> shortcutSections() const;

signals:
    // The user picked another language in Settings (already saved for the
    // next start); ConsoleWindowHost rebuilds the window in it.
    void languageChosen(const QLocale &locale);

public slots:
    void showScreen(tessera::MainWindow::Screen screen);
    // Hides everything behind the PIN screen; the user stays signed in
    // until someone signs in.
    void lock();
    void signOut();

private:
    void buildMenus();
    // The counter's name in the title, the header and the status bar.
    void showTerminalName(const QString &name);
    void buildHeader(QWidget *workspace, QVBoxLayout *layout);
    void onSignedIn(const StaffIdentity &identity);
    void applyPermissions();
    void updateClock();
    void chooseLanguage(const QString &locale);
    void showShortcuts();
    void openReconciliation();
    void openPendingOrderWait();
    void openTimeZone();
    void openServerSettings();
    void openAlertRules();
    // Where printouts go: a folder of PDFs, or the printer (empty).
    void setPrintFolder(const QString &folder);

    ConsoleContext &m_context;
    QStackedWidget *m_root = nullptr;
    QStackedWidget *m_pages = nullptr;
    LoginPage *m_login = nullptr;
    SellPage *m_sell = nullptr;
    OrdersPage *m_orders = nullptr;
    CheckInPage *m_checkIn = nullptr;
    ShiftPage *m_shift = nullptr;
    ManagePage *m_manage = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QList<QToolButton *> m_navButtons;
    QList<QAction *> m_screenActions;
    QList<QWidget *> m_screens;
    QLabel *m_userLabel = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_terminalLabel = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_switchAction = nullptr;
    QAction *m_pendingWaitAction = nullptr;
    QAction *m_reconcileAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_timeZoneAction = nullptr;
    QAction *m_serverAction = nullptr;
    QAction *m_runReportAction = nullptr;
    SyncAgent *m_sync = nullptr;
    AlertMonitor *m_alerts = nullptr;
    QWidget *m_alertStrip = nullptr; // the banner, for those who may view reports
    QAction *m_alertRulesAction = nullptr;
    SyncStatusLabel *m_syncLabel = nullptr;
    QTimer *m_clockTimer = nullptr;
    ReconciliationService *m_reconciliation = nullptr;
    QToolButton *m_reconcileButton = nullptr;
    QString m_lockedBy;
};

} // namespace tessera
