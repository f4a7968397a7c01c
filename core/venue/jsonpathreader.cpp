// SPDX-License-Identifier: GPL-3.0-or-later
#include "venue/jsonpathreader.h"

#include <cmath>
#include <limits>

namespace tessera {

QString JsonPathReader::currentPath() const
{
    QString path;
    for (const PathStep &step : m_path) {
        if (step.index >= 0) {
            path += QLatin1Char('[') + QString::number(step.index) + QLatin1Char(']');
        } else {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += step.key;
        }
    }
    return path;
}

QString JsonPathReader::pathTo(const QString &key) const
{
    const QString path = currentPath();
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonPathReader::currentName() const
{
    if (m_path.isEmpty())
        return {};
    const PathStep &last = m_path.last();
    if (last.index < 0)
        return last.key;
    const QString array = m_path.size() > 1 ? QString(m_path.at(m_path.size() - 2).key) : QString();
    return array + QLatin1Char('[') + QString::number(last.index) + QLatin1Char(']');
}

QString JsonPathReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("undefined");
}

bool JsonPathReader::fail(ErrorCode code, const QString &message, const QString &where)
{
    m_error = Error{code, message, where};
    return false;
}

bool JsonPathReader::wrongType(const QJsonValue &value, const QString &expected)
{
    return fail(ErrorCode::InvalidInput,
                tr("\"%1\" must be %2, not %3.").arg(currentName(), expected, typeName(value)),
                currentPath());
}

bool JsonPathReader::wrongType(QLatin1String key, const QJsonValue &value, const QString &expected)
{
    PathScope scope(*this, key);
    return wrongType(value, expected);
}

bool JsonPathReader::unknownProperty(const QString &name, const QString &allowed)
{
    return fail(ErrorCode::InvalidInput,
                tr("Unknown property \"%1\"; allowed here: %2.").arg(name, allowed), pathTo(name));
}

bool JsonPathReader::require(const QJsonValue &value, QLatin1String key)
{
    if (!value.isUndefined())
        return true;
    return fail(ErrorCode::MissingField, tr("The required property \"%1\" is missing.").arg(key),
                pathTo(key));
}

bool JsonPathReader::readString(const QJsonValue &value, QLatin1String key, QString &out)
{
    if (!value.isString())
        return wrongType(key, value, tr("a string"));
    out = value.toString();
    return true;
}

bool JsonPathReader::readOptionalString(const QJsonValue &value, QLatin1String key,
                                        std::optional<QString> &out)
{
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return wrongType(key, value, tr("a string"));
    out = value.toString();
    return true;
}

bool JsonPathReader::readNumber(const QJsonValue &value, QLatin1String key, double &out)
{
    if (!value.isDouble())
        return wrongType(key, value, tr("a number"));
    out = value.toDouble();
    return true;
}

bool JsonPathReader::readInteger(const QJsonValue &value, QLatin1String key, int &out)
{
    if (!value.isDouble())
        return wrongType(key, value, tr("an integer"));
    const double number = value.toDouble();
    if (number != std::trunc(number)) {
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" must be an integer, not %2.").arg(key, QString::number(number)),
                    pathTo(key));
    }
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" is out of range: %2.").arg(key, QString::number(number, 'g', 17)),
                    pathTo(key));
    }
    out = int(number);
    return true;
}

bool JsonPathReader::readOptionalInteger(const QJsonValue &value, QLatin1String key,
                                         std::optional<int> &out)
{
    if (value.isUndefined())
        return true;
    int number = 0;
    if (!readInteger(value, key, number))
        return false;
    out = number;
    return true;
}

} // namespace tessera
