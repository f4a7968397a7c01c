// SPDX-License-Identifier: GPL-3.0-or-later
#include "managepage.h"

#include "cardstab.h"
#include "console/consolecontext.h"
#include "console/messagelabel.h"
#include "eventstab.h"
#include "query/terminalqueries.h"
#include "stafftab.h"
#include "storage/sqlitedb.h"
#include "venuestab.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tessera {

ManagePage::ManagePage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("managepage"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("manageTabs"));
    m_tabs->setDocumentMode(true);
    m_venues = new VenuesTab(m_context, m_tabs);
    m_events = new EventsTab(m_context, m_tabs);
    m_cards = new CardsTab(m_context, m_tabs);
    m_staff = new StaffTab(m_context, m_tabs);
    m_tabs->addTab(m_venues, tr("&Venues"));
    m_tabs->addTab(m_events, tr("&Events"));
    m_tabs->addTab(m_cards, tr("&Card keys"));
    m_tabs->addTab(m_staff, tr("&Staff"));
    m_replicaNote = new MessageLabel(QStringLiteral("manageReplicaNote"), this);
    layout->addWidget(m_replicaNote);
    layout->addWidget(m_tabs);

    connect(&m_context, &ConsoleContext::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&m_context, &ConsoleContext::userChanged, this, &ManagePage::applyPermissions);
    applyPermissions();
}

void ManagePage::applyPermissions()
{
    const Permission needs[] = {Permission::ManageVenues, Permission::ManageEvents,
                                Permission::ManageCards, Permission::ManageStaff};
    int firstAllowed = -1;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const bool allowed = m_context.may(needs[i]);
        m_tabs->setTabEnabled(i, allowed);
        m_tabs->setTabToolTip(i, allowed ? QString()
                                         : tr("Your role does not allow this; ask an "
                                              "administrator."));
        if (allowed && firstAllowed < 0)
            firstAllowed = i;
    }
    // Someone else signing in starts on their first tab, not where the
    // last person was.
    const QString user = m_context.user() ? m_context.user()->name : QString();
    if (firstAllowed >= 0 && (user != m_lastUser || !m_tabs->isTabEnabled(m_tabs->currentIndex())))
        m_tabs->setCurrentIndex(firstAllowed);
    if (m_context.user())
        m_lastUser = user;
}

void ManagePage::refresh()
{
    if (m_tabs->isTabEnabled(int(Tab::Venues)))
        m_venues->refresh();
    if (m_tabs->isTabEnabled(int(Tab::Events)))
        m_events->refresh();
    if (m_tabs->isTabEnabled(int(Tab::Cards)))
        m_cards->refresh();
    if (m_tabs->isTabEnabled(int(Tab::Staff)))
        m_staff->refresh();
}

void ManagePage::showTab(Tab tab)
{
    if (m_tabs->isTabEnabled(int(tab)))
        m_tabs->setCurrentIndex(int(tab));
}

bool ManagePage::isTabEnabled(Tab tab) const
{
    return m_tabs->isTabEnabled(int(tab));
}

void ManagePage::showReplicaNote()
{
    m_context.read<qint64>(
        this,
        [](SqliteDb &db) {
            auto version = TerminalQueries(db).catalogVersion();
            return version ? *version : qint64(0);
        },
        [this](qint64 version) {
            // What only the server may change cannot be started here.
            const bool replica = version > 0;
            m_events->setReadOnly(replica);
            for (const char *name : {"importSeatMapButton", "newProductButton", "importCodesButton",
                                     "newUserButton"}) {
                if (auto *button = m_tabs->findChild<QPushButton *>(QLatin1String(name))) {
                    button->setEnabled(!replica);
                    button->setToolTip(replica ? tr("Changed on the central server") : QString());
                }
            }
            m_replicaNote->say(
                version > 0 ? tr("This console takes its catalog from its central server "
                                 "(version %1): venues, events, prices, card keys and staff are "
                                 "changed on the server and arrive here with the next sync.")
                                  .arg(version)
                            : QString(),
                MessageLabel::Tone::Info);
        });
}

void ManagePage::activate()
{
    applyPermissions();
    showReplicaNote();
    refresh();
    if (QWidget *current = m_tabs->currentWidget()) {
        if (auto *table = current->findChild<QTableWidget *>())
            table->setFocus();
    }
}

} // namespace tessera
