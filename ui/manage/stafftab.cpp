// SPDX-License-Identifier: GPL-3.0-or-later
#include "stafftab.h"

#include "changeuserdialog.h"
#include "common/clock.h"
#include "console/consolecontext.h"
#include "console/venuetime.h"
#include "managetable.h"
#include "newuserdialog.h"
#include "staffroletext.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera {

StaffTab::StaffTab(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("staffTab"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *intro = new QLabel(tr("Who may use the console and what their role lets them do. "
                                "Users are deactivated, never deleted, so the records keep "
                                "their names."),
                             this);
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    m_new = new QPushButton(tr("&New user…"), this);
    m_new->setObjectName(QStringLiteral("newUserButton"));
    top->addWidget(m_new);
    m_change = new QPushButton(tr("&Change…"), this);
    m_change->setObjectName(QStringLiteral("changeUserButton"));
    top->addWidget(m_change);
    layout->addLayout(top);

    m_table = makeManageTable(
        {tr("User"), tr("Display name"), tr("Role"), tr("Active"), tr("Locked out")}, 1, this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    layout->addWidget(m_table, 1);
    m_status = makeStatusLabel(this);
    m_status->setObjectName(QStringLiteral("staffStatus"));
    layout->addWidget(m_status);

    connect(m_new, &QPushButton::clicked, this, &StaffTab::openNewUser);
    connect(m_change, &QPushButton::clicked, this, &StaffTab::openChange);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &StaffTab::openChange);
}

void StaffTab::refresh()
{
    m_context.read<Result<QList<StaffRow>>>(
        this, [](SqliteDb &db) { return StaffQueries(db).staff(); },
        [this](Result<QList<StaffRow>> staff) {
            if (!staff) {
                showStatus(m_status,
                           tr("The staff cannot be read: %1").arg(staff.error().toString()), false);
                return;
            }
            const int selected = m_table->currentRow();
            const QString selectedName =
                selected >= 0 && selected < m_staff.size() ? m_staff[selected].name : QString();
            m_staff = *staff;
            const qint64 now = m_context.clock().nowMs();
            m_table->setRowCount(0);
            for (const StaffRow &member : std::as_const(m_staff)) {
                const QString locked =
                    member.lockedAt(now)
                        ? tr("until %1")
                              .arg(VenueTime::boxOffice(m_context).time(member.lockedUntil))
                    : member.failedLogins > 0
                        ? tr("no (%n wrong PIN(s))", nullptr, member.failedLogins)
                        : tr("no");
                const int row = m_table->rowCount();
                setTableRow(m_table, row,
                            {member.name, member.displayName, StaffRoleText::title(member.role),
                             member.active ? tr("yes") : tr("no, deactivated"), locked});
                if (member.name == selectedName)
                    m_table->selectRow(row);
            }
        });
}

NewUserDialog *StaffTab::openNewUser()
{
    if (!m_newDialog) {
        m_newDialog = new NewUserDialog(m_context, this);
        connect(m_newDialog, &NewUserDialog::created, this, [this](const QString &name) {
            showStatus(m_status, tr("User \"%1\" created; they can sign in now.").arg(name), true);
            refresh();
        });
        connect(m_newDialog, &QDialog::finished, m_newDialog, &QObject::deleteLater);
        connect(m_newDialog, &QObject::destroyed, this, [this] { m_newDialog = nullptr; });
    }
    m_newDialog->open();
    return m_newDialog;
}

ChangeUserDialog *StaffTab::openChange()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_staff.size()) {
        showStatus(m_status, tr("Pick a user in the list first."), false);
        return nullptr;
    }
    if (m_changeDialog)
        m_changeDialog->close();
    m_changeDialog = new ChangeUserDialog(m_context, m_staff[row], this);
    connect(m_changeDialog, &ChangeUserDialog::changed, this, [this](const QString &name) {
        showStatus(m_status, tr("User \"%1\" changed.").arg(name), true);
        refresh();
    });
    connect(m_changeDialog, &QDialog::finished, m_changeDialog, &QObject::deleteLater);
    ChangeUserDialog *dialog = m_changeDialog;
    connect(m_changeDialog, &QObject::destroyed, this, [this, dialog] {
        if (m_changeDialog == dialog)
            m_changeDialog = nullptr;
    });
    m_changeDialog->open();
    return m_changeDialog;
}

} // namespace tessera
