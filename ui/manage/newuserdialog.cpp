// SPDX-License-Identifier: GPL-3.0-or-later
#include "newuserdialog.h"
#include "console/messagelabel.h"

#include "console/consolecontext.h"
#include "pinentry.h"
#include "staff/staffcommands.h"
#include "staffroletext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace tessera {

NewUserDialog::NewUserDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("newUserDialog"));
    setWindowTitle(tr("New user"));
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setPlaceholderText(tr("What they type or pick to sign in, e.g. wang.fang"));
    m_name->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[^\\s]{0,64}")), m_name));
    form->addRow(tr("&User name"), m_name);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("userDisplayName"));
    m_displayName->setPlaceholderText(tr("e.g. Wang Fang"));
    form->addRow(tr("&Display name"), m_displayName);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("userRole"));
    const Role own = m_context.user() ? m_context.user()->role : Role::Cashier;
    StaffRoleText::fill(m_role, own, Role::Cashier);
    form->addRow(tr("&Role"), m_role);
    m_pin = PinEntry::makeField(QStringLiteral("userPin"), this);
    form->addRow(tr("&PIN"), m_pin);
    m_pinAgain = PinEntry::makeField(QStringLiteral("userPinAgain"), this);
    form->addRow(tr("PIN &again"), m_pinAgain);
    layout->addLayout(form);

    m_error = new MessageLabel(QStringLiteral("userError"), this);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_create = new QPushButton(tr("C&reate user"), this);
    m_create->setObjectName(QStringLiteral("createUserButton"));
    m_create->setDefault(true);
    buttons->addWidget(m_create);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);

    connect(m_create, &QPushButton::clicked, this, &NewUserDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_name->setFocus();
}

void NewUserDialog::submit()
{
    if (!m_create->isEnabled())
        return;
    m_error->hide();
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return showError(tr("User name: give the user a name to sign in with."), m_name);
    if (m_role->currentIndex() < 0)
        return showError(tr("Role: you may not grant any role."), m_role);
    if (const QString problem = PinEntry::problem(m_pin->text(), m_pinAgain->text());
        !problem.isEmpty())
        return showError(problem, m_pin->text().size() < PinEntry::kMinLength ? m_pin : m_pinAgain);
    const Role role = Role(m_role->currentData().toInt());
    const QJsonObject request{{QStringLiteral("name"), name},
                              {QStringLiteral("display_name"), m_displayName->text().trimmed()},
                              {QStringLiteral("role"), roleName(role)},
                              {QStringLiteral("pin"), m_pin->text()}};
    m_create->setEnabled(false);
    // The PIN hash is deliberately slow: build the command off the UI thread.
    m_context.runInBackground(
        this, [request] { return CreateUserCommand::fromJson(request); },
        [this, name](const CommandOutcome &outcome) {
            m_create->setEnabled(true);
            if (!outcome.result) {
                const Error &e = outcome.result.error();
                return showError(tr("The user was not created: %1").arg(e.toString()),
                                 e.where == QLatin1String("name") ? m_name : nullptr);
            }
            emit created(name);
            accept();
        });
}

void NewUserDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus();
}

} // namespace tessera
