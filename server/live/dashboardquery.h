// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "dashboard/dashboardfilter.h"

#include <QCoreApplication>
#include <QHash>

class QJsonObject;
class QUrlQuery;

namespace tessera {

// A dashboard's range and filters as a client asks for them, in the query of
// GET /v1/dashboard or the subscription message of /v1/live:
//   from, to   milliseconds since the epoch or ISO 8601 ("2026-12-03T18:00:00Z");
//              from absent: since the first sale; to absent: now (live)
//   event      an event's id;  channel  counter, online or phone;  terminal  its name
// Anything else, or a value that is not one of these, is refused naming the field.
class DashboardQuery
{
    Q_DECLARE_TR_FUNCTIONS(tessera::DashboardQuery)

public:
    static Result<DashboardFilter> fromUrlQuery(const QUrlQuery &query);
    static Result<DashboardFilter> fromJson(const QJsonObject &json);
    // The filter as a subscription message or an answer shows it.
    static QJsonObject toJson(const DashboardFilter &filter);

private:
    static Result<DashboardFilter> parse(const QHash<QString, QString> &values);
};

} // namespace tessera
