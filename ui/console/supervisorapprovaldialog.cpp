// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisorapprovaldialog.h"
#include "messagelabel.h"

#include "console/consolecontext.h"
#include "query/staffqueries.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

SupervisorApprovalDialog::SupervisorApprovalDialog(ConsoleContext &context, Permission permission,
                                                   const QString &action, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_permission(permission)
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Supervisor approval"));
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *heading = new QLabel(tr("A supervisor has to approve this"), this);
    QFont big = heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    heading->setFont(big);
    layout->addWidget(heading);
    auto *what = new QLabel(action, this);
    what->setObjectName(QStringLiteral("approvalAction"));
    what->setWordWrap(true);
    layout->addWidget(what);

    auto *form = new QFormLayout;
    m_name = new QComboBox(this);
    m_name->setObjectName(QStringLiteral("approverName"));
    form->addRow(tr("&Approved by"), m_name);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("approverPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("Their PIN"));
    m_pin->setMaxLength(64);
    form->addRow(tr("&PIN"), m_pin);
    layout->addLayout(form);

    m_error = new MessageLabel(QStringLiteral("approvalError"), this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_approve = buttons->addButton(tr("Approve"), QDialogButtonBox::AcceptRole);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setDefault(true);
    m_approve->setToolTip(tr("Approve (Enter)"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("approvalCancelButton"));
    layout->addWidget(buttons);
    // Enter anywhere presses the default button; the PIN field never
    // swallows it.
    connect(m_approve, &QPushButton::clicked, this, &SupervisorApprovalDialog::approve);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    loadApprovers();
    if (!hasApprovers()) {
        showError(tr("Nobody who may approve this is set up on this till. A manager can add a "
                     "supervisor in Manage ▸ Staff."));
        m_approve->setEnabled(false);
        m_pin->setEnabled(false);
    }
    m_pin->setFocus();
}

bool SupervisorApprovalDialog::hasApprovers() const
{
    return m_name->count() > 0;
}

void SupervisorApprovalDialog::loadApprovers()
{
    // A quick read (a handful of staff): fine on the UI thread.
    auto approvers = StaffQueries(m_context.reader()).active(Role::Supervisor);
    if (!approvers)
        return;
    const QString self = m_context.user() ? m_context.user()->name : QString();
    for (const StaffRow &member : std::as_const(*approvers)) {
        // Nobody approves their own action.
        if (member.name == self || !PermissionTable::canOverride(member.role, m_permission))
            continue;
        const QString &display = member.displayName;
        m_name->addItem(display.isEmpty() || display == member.name
                            ? member.name
                            : tr("%1 (%2)").arg(display, member.name),
                        member.name);
    }
}

void SupervisorApprovalDialog::approve()
{
    if (m_busy || !hasApprovers())
        return;
    const QString name = m_name->currentData().toString();
    if (m_pin->text().isEmpty()) {
        showError(tr("Type the PIN of %1.").arg(m_name->currentText()));
        m_pin->setFocus();
        return;
    }
    m_busy = true;
    m_approve->setEnabled(false);
    m_approve->setText(tr("Checking…"));
    m_error->hide();
    const Permission permission = m_permission;
    m_context.authenticate(
        name, m_pin->text(), this, [this, permission](Result<StaffIdentity> result) {
            m_busy = false;
            m_approve->setEnabled(true);
            m_approve->setText(tr("Approve"));
            m_pin->clear();
            m_pin->setFocus();
            if (!result) {
                showError(result.error().message);
                return;
            }
            const bool self = m_context.user() && m_context.user()->name == result->name;
            if (self || !PermissionTable::canOverride(result->role, permission)) {
                showError(
                    tr("%1 cannot approve this; a supervisor or manager must.").arg(result->name));
                return;
            }
            m_approver = result->name;
            accept();
        });
}

void SupervisorApprovalDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace tessera
