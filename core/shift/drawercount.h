// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "common/result.h"

#include <QJsonArray>
#include <QList>

namespace tessera {

// One row of a drawer count: how many notes or coins of one denomination
// (in minor units) the cashier found.
struct DrawerCountLine
{
    qint64 denomination = 0;
    qint64 count = 0;

    qint64 amount() const { return denomination * count; }
};

// The cash counted in a drawer at the end of a shift, per denomination.
class DrawerCount
{
    Q_DECLARE_TR_FUNCTIONS(tessera::DrawerCount)

public:
    // Bounds that keep every total far from overflow: a million notes of a
    // million units each.
    static constexpr qint64 kMaxDenomination = 100'000'000;
    static constexpr qint64 kMaxCount = 1'000'000;

    DrawerCount() = default;
    explicit DrawerCount(QList<DrawerCountLine> lines)
        : m_lines(std::move(lines))
    {}

    // [{"denomination": 10000, "count": 3}, …]: at least one row, each
    // denomination once; errors name the row ("counted[2].count").
    static Result<DrawerCount> fromJson(const QJsonArray &rows, const QString &field);
    QJsonArray toJson() const;
    // The rows with their amounts, as reports show them.
    QJsonArray toDetailedJson() const;

    const QList<DrawerCountLine> &lines() const { return m_lines; }
    qint64 total() const;

private:
    QList<DrawerCountLine> m_lines;
};

} // namespace tessera
