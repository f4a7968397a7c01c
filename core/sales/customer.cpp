// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/customer.h"

#include "common/jsonfields.h"

#include <QCoreApplication>

namespace tessera {

QJsonObject Customer::toJson() const
{
    QJsonObject o;
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    if (!phone.isEmpty())
        o.insert(QStringLiteral("phone"), phone);
    if (!email.isEmpty())
        o.insert(QStringLiteral("email"), email);
    return o;
}

Result<Customer> Customer::fromJson(const QJsonObject &json, const QString &path)
{
    const JsonFields f(json, path);
    if (auto r = f.only({"name", "phone", "email"}); !r)
        return r.error();
    Customer c;
    auto name = f.optionalString(QStringLiteral("name"));
    auto phone = f.optionalString(QStringLiteral("phone"));
    auto email = f.optionalString(QStringLiteral("email"));
    if (!name)
        return name.error();
    if (!phone)
        return phone.error();
    if (!email)
        return email.error();
    c.name = name->trimmed();
    c.phone = phone->trimmed();
    c.email = email->trimmed();
    for (const QChar ch : std::as_const(c.phone)) {
        if (!ch.isDigit() && ch != QLatin1Char('+') && ch != QLatin1Char(' ') &&
            ch != QLatin1Char('-'))
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("tessera::Customer",
                                                    "A phone number has only digits, spaces, "
                                                    "'+' and '-'."),
                        f.path(QStringLiteral("phone")));
    }
    const qsizetype at = c.email.indexOf(QLatin1Char('@'));
    if (!c.email.isEmpty() && (at <= 0 || at == c.email.size() - 1))
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("tessera::Customer", "This is not an e-mail address."),
            f.path(QStringLiteral("email")));
    if (c.name.size() > 200 || c.phone.size() > 40 || c.email.size() > 200)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("tessera::Customer", "Customer details are too long."),
            path);
    return c;
}

} // namespace tessera
