// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolewindowhost.h"

#include "common/translations.h"
#include "mainwindow.h"
#include "sell/salecontroller.h"
#include "sell/sellpage.h"

#include <QApplication>
#include <QTranslator>

#include <optional>

namespace tessera {

ConsoleWindowHost::ConsoleWindowHost(ConsoleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_window = buildWindow();
}

ConsoleWindowHost::~ConsoleWindowHost()
{
    delete m_window.data();
}

MainWindow *ConsoleWindowHost::buildWindow()
{
    auto *window = new MainWindow(m_context);
    connect(window, &MainWindow::languageChosen, this, &ConsoleWindowHost::switchLanguage);
    return window;
}

void ConsoleWindowHost::installLanguage(QCoreApplication &app, const QLocale &locale)
{
    for (QTranslator *old : app.findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    QLocale::setDefault(locale);
    installTranslations(app, locale);
}

void ConsoleWindowHost::switchLanguage(const QLocale &locale)
{
    installLanguage(*QCoreApplication::instance(), locale);
    MainWindow *old = m_window;
    const bool locked = old && old->isLocked();
    // An unfinished sale goes on in the new language: its items stay held.
    std::optional<SaleController::State> sale;
    if (old && !old->sellPage()->sale().cart().isEmpty())
        sale = old->sellPage()->sale().state();
    MainWindow *fresh = buildWindow();
    if (sale)
        fresh->sellPage()->continueSale(*sale);
    // A locked till stays locked: the new window opens at the PIN screen.
    if (locked)
        fresh->lock();
    if (old) {
        fresh->setGeometry(old->geometry());
        if (old->isMaximized())
            fresh->showMaximized();
        else if (old->isVisible())
            fresh->show();
        // Called from one of the old window's menus: delete it once that returns.
        old->hide();
        old->deleteLater();
    }
    m_window = fresh;
    emit windowReplaced(fresh);
}

} // namespace tessera
