// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginpage.h"
#include "messagelabel.h"

#include "console/consolecontext.h"
#include "query/staffqueries.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace tessera {

LoginPage::LoginPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("loginPage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("loginCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(460);
    card->setMinimumWidth(380);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);

    m_heading = new QLabel(card);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);
    m_hint = new QLabel(card);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *form = new QFormLayout;
    m_name = new QComboBox(card);
    m_name->setObjectName(QStringLiteral("loginName"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("&User"), m_name);
    m_pin = new QLineEdit(card);
    m_pin->setObjectName(QStringLiteral("loginPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setMaxLength(64);
    form->addRow(tr("&PIN"), m_pin);
    layout->addLayout(form);

    m_error = new MessageLabel(QStringLiteral("loginError"), card);
    layout->addWidget(m_error);

    m_signIn = new QPushButton(tr("Sign in"), card);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_signIn->setToolTip(tr("Sign in (Enter)"));
    m_signIn->setMinimumHeight(40);
    layout->addWidget(m_signIn);

    m_setup = new QPushButton(tr("Continue in set-up mode"), card);
    m_setup->setObjectName(QStringLiteral("setupModeButton"));
    m_setup->setToolTip(tr("This box office has no staff yet: anyone may set it up until the "
                           "first administrator is created in Manage ▸ Staff."));
    layout->addWidget(m_setup);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch(3);

    connect(m_signIn, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_name->lineEdit(), &QLineEdit::returnPressed, m_pin, qOverload<>(&QWidget::setFocus));
    connect(m_setup, &QPushButton::clicked, this, [this] {
        StaffIdentity setup;
        setup.name = QStringLiteral("setup");
        setup.role = Role::Admin;
        emit signedIn(setup);
    });
}

void LoginPage::reloadNames()
{
    const QString current = m_name->currentText();
    m_name->clear();
    if (auto staff = StaffQueries(m_context.reader()).active()) {
        for (const StaffRow &member : std::as_const(*staff))
            m_name->addItem(member.name);
    }
    if (!current.isEmpty())
        m_name->setCurrentText(current);
}

void LoginPage::prepare(const QString &lockedBy)
{
    reloadNames();
    const bool setup = m_context.setupMode();
    m_setup->setVisible(setup);
    m_pin->clear();
    m_error->hide();
    if (!lockedBy.isEmpty()) {
        m_heading->setText(tr("Locked"));
        m_hint->setText(tr("%1 locked this till. Type your PIN to go on, or pick another name "
                           "to switch user.")
                            .arg(lockedBy));
        m_name->setCurrentText(lockedBy);
    } else {
        m_heading->setText(tr("Tessera Box Office"));
        m_hint->setText(
            setup
                ? tr("Terminal %1. No staff have been set up yet.").arg(m_context.terminalName())
                : tr("Terminal %1. Sign in with your name and PIN.").arg(m_context.terminalName()));
    }
    if (m_name->currentText().isEmpty())
        m_name->setFocus();
    else
        m_pin->setFocus();
}

void LoginPage::submit()
{
    if (m_busy)
        return;
    const QString name = m_name->currentText().trimmed();
    if (name.isEmpty()) {
        showError(tr("Pick or type your user name."));
        m_name->setFocus();
        return;
    }
    if (m_pin->text().isEmpty()) {
        showError(tr("Type your PIN."));
        m_pin->setFocus();
        return;
    }
    m_busy = true;
    m_signIn->setEnabled(false);
    m_signIn->setText(tr("Checking…"));
    m_error->hide();
    m_context.authenticate(name, m_pin->text(), this, [this](Result<StaffIdentity> result) {
        m_busy = false;
        m_signIn->setEnabled(true);
        m_signIn->setText(tr("Sign in"));
        m_pin->clear();
        if (!result) {
            showError(result.error().message);
            m_pin->setFocus();
            return;
        }
        emit signedIn(*result);
    });
}

void LoginPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace tessera
