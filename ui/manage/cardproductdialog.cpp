// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardproductdialog.h"
#include "console/messagelabel.h"

#include "common/money.h"
#include "console/consolecontext.h"
#include "console/moneyformat.h"
#include "setup/cardproductcommands.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace tessera {

CardProductDialog::CardProductDialog(ConsoleContext &context, const QString &defaultCurrency,
                                     QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("cardProductDialog"));
    setWindowTitle(tr("New card product"));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("productName"));
    m_name->setPlaceholderText(tr("e.g. Gift card 100"));
    form->addRow(tr("&Name"), m_name);
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("productPrice"));
    m_price->setPlaceholderText(tr("e.g. 100.00"));
    form->addRow(tr("&Price"), m_price);
    m_currency = new QLineEdit(defaultCurrency, this);
    m_currency->setObjectName(QStringLiteral("productCurrency"));
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    form->addRow(tr("&Currency"), m_currency);
    layout->addLayout(form);

    m_error = new MessageLabel(QStringLiteral("productError"), this);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_create = new QPushButton(tr("C&reate product"), this);
    m_create->setObjectName(QStringLiteral("createProductButton"));
    m_create->setDefault(true);
    buttons->addWidget(m_create);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);

    connect(m_create, &QPushButton::clicked, this, &CardProductDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_currency, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_currency->setText(text.toUpper()); });
    m_name->setFocus();
}

void CardProductDialog::submit()
{
    if (!m_create->isEnabled())
        return;
    m_error->hide();
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return showError(tr("Name: give the product a name."), m_name);
    const auto price = MoneyFormat::parse(m_price->text(), m_currency->text().trimmed().toUpper());
    if (!price)
        return showError(
            tr("Price: \"%1\" is not an amount; type it like 100 or 99.50.").arg(m_price->text()),
            m_price);
    const QString currency = m_currency->text().trimmed().toUpper();
    if (!isCurrencyCode(currency))
        return showError(tr("Currency: a three-letter code such as CNY."), m_currency);
    auto command =
        CreateCardProductCommand::fromJson(QJsonObject{{QStringLiteral("name"), name},
                                                       {QStringLiteral("price"), *price},
                                                       {QStringLiteral("currency"), currency}});
    if (!command)
        return showError(command.error().toString());
    m_create->setEnabled(false);
    m_context.run(std::move(*command), this, [this, name](const CommandOutcome &outcome) {
        m_create->setEnabled(true);
        if (!outcome.result) {
            const Error &e = outcome.result.error();
            return showError(tr("The product was not created: %1").arg(e.toString()),
                             e.where == QLatin1String("name") ? m_name : nullptr);
        }
        emit created(outcome.result->value(QStringLiteral("product")).toInteger(), name);
        accept();
    });
}

void CardProductDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus();
}

} // namespace tessera
