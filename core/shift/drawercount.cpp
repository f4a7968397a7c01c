// SPDX-License-Identifier: GPL-3.0-or-later
#include "shift/drawercount.h"

#include "common/jsonfields.h"

#include <QJsonObject>

namespace tessera {

Result<DrawerCount> DrawerCount::fromJson(const QJsonArray &rows, const QString &field)
{
    if (rows.isEmpty())
        return fail(ErrorCode::MissingField,
                    tr("Count at least one denomination (a count of 0 is fine)."), field);
    QList<DrawerCountLine> lines;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = jsonIndexPath({}, field, i);
        if (!rows.at(i).isObject())
            return fail(ErrorCode::InvalidInput,
                        tr("A count row is an object: {\"denomination\": …, \"count\": …}."), path);
        const JsonFields f(rows.at(i).toObject(), path);
        if (auto r = f.only({"denomination", "count"}); !r)
            return r.error();
        auto denomination = f.positive(QStringLiteral("denomination"));
        if (!denomination)
            return denomination.error();
        if (*denomination > kMaxDenomination)
            return fail(ErrorCode::InvalidInput,
                        tr("A denomination is given in minor units and is at most %1.")
                            .arg(kMaxDenomination),
                        f.path(QStringLiteral("denomination")));
        auto count = f.nonNegative(QStringLiteral("count"));
        if (!count)
            return count.error();
        if (*count > kMaxCount)
            return fail(ErrorCode::InvalidInput,
                        tr("At most %1 notes or coins of one kind can be counted.").arg(kMaxCount),
                        f.path(QStringLiteral("count")));
        for (const DrawerCountLine &line : lines) {
            if (line.denomination == *denomination)
                return fail(ErrorCode::DuplicateId,
                            tr("The denomination %1 is counted twice.").arg(*denomination),
                            f.path(QStringLiteral("denomination")));
        }
        lines.push_back({*denomination, *count});
    }
    return DrawerCount(std::move(lines));
}

QJsonArray DrawerCount::toJson() const
{
    QJsonArray out;
    for (const DrawerCountLine &line : m_lines)
        out.push_back(QJsonObject{{QStringLiteral("denomination"), line.denomination},
                                  {QStringLiteral("count"), line.count}});
    return out;
}

QJsonArray DrawerCount::toDetailedJson() const
{
    QJsonArray out;
    for (const DrawerCountLine &line : m_lines)
        out.push_back(QJsonObject{{QStringLiteral("denomination"), line.denomination},
                                  {QStringLiteral("count"), line.count},
                                  {QStringLiteral("amount"), line.amount()}});
    return out;
}

qint64 DrawerCount::total() const
{
    qint64 sum = 0;
    for (const DrawerCountLine &line : m_lines)
        sum += line.amount();
    return sum;
}

} // namespace tessera
