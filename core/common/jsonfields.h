// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "common/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera {

// Whether `value` is a JSON number that is a whole number of at least
// `minimum` (ids, versions and counts inside arrays, where JsonFields' named
// access does not reach).
bool isWholeNumber(const QJsonValue &value, qint64 minimum);

// Typed access to command and API payload fields. Each failure names the
// field (with `prefix`, e.g. "lines[2].seat") so the user knows what to fix.
class JsonFields
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::JsonFields)

public:
    explicit JsonFields(const QJsonObject &object, QString prefix = {})
        : m_object(object)
        , m_prefix(std::move(prefix))
    {}

    const QJsonObject &object() const { return m_object; }
    bool has(const QString &name) const { return m_object.contains(name); }
    QString path(const QString &name) const;

    Result<QString> string(const QString &name) const;         // required, non-empty
    Result<QString> optionalString(const QString &name) const; // null QString if absent
    Result<qint64> integer(const QString &name) const;         // required
    Result<qint64> optionalInteger(const QString &name, qint64 fallback) const;
    Result<QJsonArray> array(const QString &name) const;         // required
    Result<QJsonArray> optionalArray(const QString &name) const; // empty if absent
    Result<QJsonObject> optionalObject(const QString &name) const;
    // Required integer > 0.
    Result<qint64> positive(const QString &name) const;
    // Required integer >= 0 (amounts).
    Result<qint64> nonNegative(const QString &name) const;
    // Refuses any member not in `allowed`: a misspelt field must not be ignored.
    Result<void> only(std::initializer_list<const char *> allowed) const;

private:
    QJsonObject m_object;
    QString m_prefix;
};

// "lines[2]" from ("lines", 2), for nested JsonFields prefixes.
QString jsonIndexPath(const QString &prefix, const QString &name, qsizetype index);

} // namespace tessera
