// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/jsonfields.h"

#include <QCoreApplication>

#include <cmath>

namespace tessera {

QString jsonIndexPath(const QString &prefix, const QString &name, qsizetype index)
{
    const QString base = prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
    return base + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonFields::path(const QString &name) const
{
    return m_prefix.isEmpty() ? name : m_prefix + QLatin1Char('.') + name;
}

Result<QString> JsonFields::string(const QString &name) const
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return fail(ErrorCode::MissingField, tr("A required field is missing."), path(name));
    if (!v.isString())
        return fail(ErrorCode::InvalidInput, tr("This field must be text."), path(name));
    if (v.toString().trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("This field must not be empty."), path(name));
    return v.toString();
}

Result<QString> JsonFields::optionalString(const QString &name) const
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return fail(ErrorCode::InvalidInput, tr("This field must be text."), path(name));
    return v.toString();
}

Result<qint64> JsonFields::integer(const QString &name) const
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return fail(ErrorCode::MissingField, tr("A required field is missing."), path(name));
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 9.0e15)
        return fail(ErrorCode::InvalidInput, tr("This field must be a whole number."), path(name));
    return qint64(d);
}

Result<qint64> JsonFields::optionalInteger(const QString &name, qint64 fallback) const
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return fallback;
    return integer(name);
}

Result<qint64> JsonFields::positive(const QString &name) const
{
    auto v = integer(name);
    if (v && *v <= 0)
        return fail(ErrorCode::InvalidInput, tr("This field must be greater than zero."),
                    path(name));
    return v;
}

Result<qint64> JsonFields::nonNegative(const QString &name) const
{
    auto v = integer(name);
    if (v && *v < 0)
        return fail(ErrorCode::InvalidInput, tr("This field must not be negative."), path(name));
    return v;
}

Result<QJsonArray> JsonFields::array(const QString &name) const
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return fail(ErrorCode::MissingField, tr("A required field is missing."), path(name));
    if (!v.isArray())
        return fail(ErrorCode::InvalidInput, tr("This field must be a list."), path(name));
    return v.toArray();
}

Result<QJsonArray> JsonFields::optionalArray(const QString &name) const
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return QJsonArray();
    return array(name);
}

Result<QJsonObject> JsonFields::optionalObject(const QString &name) const
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return QJsonObject();
    if (!v.isObject())
        return fail(ErrorCode::InvalidInput, tr("This field must be an object."), path(name));
    return v.toObject();
}

Result<void> JsonFields::only(std::initializer_list<const char *> allowed) const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        bool known = false;
        for (const char *a : allowed)
            known = known || it.key() == QLatin1String(a);
        if (!known)
            return fail(ErrorCode::InvalidInput, tr("Unknown field."), path(it.key()));
    }
    return {};
}

bool isWholeNumber(const QJsonValue &value, qint64 minimum)
{
    return value.isDouble() && value.toDouble() >= double(minimum) &&
           value.toDouble() == double(value.toInteger());
}

} // namespace tessera
