// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeuserdialog.h"
#include "console/messagelabel.h"

#include "common/clock.h"
#include "console/consolecontext.h"
#include "console/venuetime.h"
#include "pinentry.h"
#include "staff/staffcommands.h"
#include "staffroletext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

ChangeUserDialog::ChangeUserDialog(ConsoleContext &context, const StaffRow &member, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_member(member)
{
    setObjectName(QStringLiteral("changeUserDialog"));
    setWindowTitle(tr("Change %1").arg(member.name));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *heading =
        new QLabel(member.displayName.isEmpty()
                       ? QStringLiteral("<b>%1</b>").arg(member.name.toHtmlEscaped())
                       : QStringLiteral("<b>%1</b> (%2)")
                             .arg(member.name.toHtmlEscaped(), member.displayName.toHtmlEscaped()),
                   this);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("changeRole"));
    const Role own = m_context.user() ? m_context.user()->role : Role::Cashier;
    StaffRoleText::fill(m_role, own, member.role);
    if (int(member.role) > int(own)) {
        m_role->addItem(StaffRoleText::title(member.role), int(member.role));
        m_role->setCurrentIndex(m_role->count() - 1);
        m_role->setEnabled(false);
    }
    form->addRow(tr("&Role"), m_role);
    m_active = new QCheckBox(tr("Active (may sign in)"), this);
    m_active->setObjectName(QStringLiteral("changeActive"));
    m_active->setChecked(member.active);
    form->addRow(QString(), m_active);
    const qint64 now = m_context.clock().nowMs();
    m_unlock = new QCheckBox(this);
    m_unlock->setObjectName(QStringLiteral("changeUnlock"));
    if (member.lockedAt(now)) {
        m_unlock->setText(tr("Unlock (locked after wrong PINs until %1)")
                              .arg(VenueTime::boxOffice(m_context).time(member.lockedUntil)));
    } else {
        m_unlock->setText(member.failedLogins > 0
                              ? tr("Reset the wrong-PIN count (%1)").arg(member.failedLogins)
                              : tr("Unlock (not locked)"));
        m_unlock->setEnabled(member.failedLogins > 0);
    }
    form->addRow(QString(), m_unlock);
    m_pin = PinEntry::makeField(QStringLiteral("changePin"), this);
    m_pin->setPlaceholderText(tr("Leave empty to keep the PIN"));
    form->addRow(tr("New &PIN"), m_pin);
    m_pinAgain = PinEntry::makeField(QStringLiteral("changePinAgain"), this);
    form->addRow(tr("New PIN &again"), m_pinAgain);
    layout->addLayout(form);

    m_error = new MessageLabel(QStringLiteral("changeError"), this);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save = new QPushButton(tr("&Save changes"), this);
    m_save->setObjectName(QStringLiteral("saveUserButton"));
    m_save->setDefault(true);
    buttons->addWidget(m_save);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ChangeUserDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_role->setFocus();
}

void ChangeUserDialog::submit()
{
    if (!m_save->isEnabled())
        return;
    m_error->hide();
    const bool self = m_context.user() && m_context.user()->name == m_member.name;
    QJsonObject request{{QStringLiteral("name"), m_member.name}};
    const Role role = Role(m_role->currentData().toInt());
    if (role != m_member.role) {
        if (self)
            return showError(tr("Role: you cannot change your own role; ask another "
                                "administrator."),
                             m_role);
        request.insert(QStringLiteral("role"), roleName(role));
    }
    if (m_active->isChecked() != m_member.active) {
        if (self)
            return showError(tr("Active: you cannot deactivate yourself."), m_active);
        request.insert(QStringLiteral("active"), m_active->isChecked());
    }
    if (m_unlock->isChecked())
        request.insert(QStringLiteral("unlock"), true);
    if (!m_pin->text().isEmpty() || !m_pinAgain->text().isEmpty()) {
        if (const QString problem = PinEntry::problem(m_pin->text(), m_pinAgain->text());
            !problem.isEmpty())
            return showError(problem,
                             m_pin->text().size() < PinEntry::kMinLength ? m_pin : m_pinAgain);
        request.insert(QStringLiteral("pin"), m_pin->text());
    }
    if (request.size() == 1)
        return showError(tr("Nothing was changed."));
    m_save->setEnabled(false);
    const QString name = m_member.name;
    // A new PIN is hashed when the command is built: off the UI thread.
    m_context.runInBackground(
        this, [request] { return UpdateUserCommand::fromJson(request); },
        [this, name](const CommandOutcome &outcome) {
            m_save->setEnabled(true);
            if (!outcome.result)
                return showError(
                    tr("Nothing was changed: %1").arg(outcome.result.error().toString()));
            emit changed(name);
            accept();
        });
}

void ChangeUserDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus();
}

} // namespace tessera
