// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/boxofficetimezone.h"

#include "common/jsonfields.h"
#include "engine/writecontext.h"
#include "storage/settingstable.h"
#include "storage/sqlitedb.h"

#include <QTimeZone>

namespace tessera {

namespace {

QString firstVenueZone(SqliteDb &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT timezone FROM venues ORDER BY id LIMIT 1"));
    if (!stmt)
        return {};
    auto row = stmt->step();
    if (!row || !*row)
        return {};
    return stmt->columnText(0);
}

} // namespace

bool BoxOfficeTimeZone::isValid(const QString &zone)
{
    return !zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone.toUtf8());
}

QString BoxOfficeTimeZone::read(SqliteDb &db)
{
    if (auto stored = SettingsTable::read(db, QString::fromLatin1(kSettingKey));
        stored && *stored) {
        const QString zone = QString::fromUtf8(**stored);
        if (isValid(zone))
            return zone;
    }
    if (const QString venue = firstVenueZone(db); isValid(venue))
        return venue;
    return QString::fromLatin1(kDefaultZone);
}

Result<std::unique_ptr<Command>> SetBoxOfficeTimeZoneCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"timezone"}); !r)
        return r.error();
    auto zone = f.string(QStringLiteral("timezone"));
    if (!zone)
        return zone.error();
    if (!BoxOfficeTimeZone::isValid(*zone))
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" is not a time zone; use a name such as Asia/Shanghai.").arg(*zone),
                    QStringLiteral("timezone"));
    return std::unique_ptr<Command>(new SetBoxOfficeTimeZoneCommand(*zone));
}

QJsonObject SetBoxOfficeTimeZoneCommand::toJson() const
{
    return QJsonObject{{QStringLiteral("timezone"), m_zone}};
}

Result<CommandResult> SetBoxOfficeTimeZoneCommand::apply(WriteContext &ctx)
{
    auto r = ctx.run("INSERT INTO settings(key, value) VALUES(?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     [&](SqliteStatement &s) {
                         s.bind(1, QString::fromLatin1(BoxOfficeTimeZone::kSettingKey));
                         s.bind(2, m_zone);
                     });
    if (!r)
        return r.error();
    return QJsonObject{{QStringLiteral("timezone"), m_zone}};
}

} // namespace tessera
