// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace tessera {

// A field of a report's JSON (ShiftQueries::report(), DayEndReport::compute()),
// read as the printed reports need it: 0, "" or [] when it is absent.
namespace ReportFields {

inline qint64 integer(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toInteger();
}

inline QString text(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

inline QJsonArray array(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toArray();
}

} // namespace ReportFields

} // namespace tessera
