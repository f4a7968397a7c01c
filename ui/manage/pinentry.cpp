// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinentry.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace tessera {

QLineEdit *PinEntry::makeField(const QString &objectName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(12);
    field->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d*")), field));
    return field;
}

QString PinEntry::problem(const QString &pin, const QString &again)
{
    if (pin.size() < kMinLength)
        return tr("PIN: use at least %1 digits.").arg(kMinLength);
    if (pin != again)
        return tr("PIN again: the two PINs differ; type the same PIN twice.");
    return {};
}

} // namespace tessera
