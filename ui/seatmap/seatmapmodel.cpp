// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatmapmodel.h"

#include "console/moneyformat.h"

#include <QCoreApplication>
#include <QLineF>

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {

// Two neighbours in a row are adjacent unless an aisle (a gap clearly wider
// than the row's usual seat spacing) lies between them.
std::vector<bool> adjacencyOf(const std::vector<SeatMapSeat> &seats,
                              const std::vector<qsizetype> &row)
{
    std::vector<bool> adjacent(row.size(), false);
    if (row.size() < 2)
        return adjacent;
    std::vector<double> gaps;
    gaps.reserve(row.size() - 1);
    for (size_t i = 1; i < row.size(); ++i)
        gaps.push_back(
            QLineF(seats[size_t(row[i - 1])].position, seats[size_t(row[i])].position).length());
    std::vector<double> sorted = gaps;
    std::nth_element(sorted.begin(), sorted.begin() + qsizetype(sorted.size() / 2), sorted.end());
    const double usual = sorted[sorted.size() / 2];
    for (size_t i = 1; i < row.size(); ++i)
        adjacent[i] = gaps[i - 1] <= usual * 1.6 + 0.5;
    return adjacent;
}

} // namespace

SeatMapModel::SeatMapModel(SeatMapData data)
    : m_data(std::move(data))
{
    m_byGuid.reserve(qsizetype(m_data.seats.size()));
    for (size_t i = 0; i < m_data.seats.size(); ++i) {
        SeatMapSeat &s = m_data.seats[i];
        m_byGuid.insert(s.guid, qsizetype(i));
        if (size_t(s.rowIndex) >= m_rows.size())
            m_rows.resize(size_t(s.rowIndex) + 1);
        m_rows[size_t(s.rowIndex)].push_back(qsizetype(i));
        if (s.selected && s.state != SeatState::Available)
            s.selected = false;
        m_selectedCount += s.selected ? 1 : 0;
    }
}

bool SeatMapModel::setSelected(qsizetype index, bool selected)
{
    if (index < 0 || index >= seatCount())
        return false;
    SeatMapSeat &s = m_data.seats[size_t(index)];
    if (s.selected == selected || (selected && s.state != SeatState::Available))
        return false;
    s.selected = selected;
    m_selectedCount += selected ? 1 : -1;
    return true;
}

bool SeatMapModel::clearSelection()
{
    if (m_selectedCount == 0)
        return false;
    for (SeatMapSeat &s : m_data.seats)
        s.selected = false;
    m_selectedCount = 0;
    return true;
}

QStringList SeatMapModel::selectedGuids() const
{
    QStringList out;
    out.reserve(m_selectedCount);
    for (const SeatMapSeat &s : m_data.seats) {
        if (s.selected)
            out.push_back(s.guid);
    }
    return out;
}

double SeatMapModel::bestAvailableScore(int rowRank, double offsetFromMiddle, double halfRow)
{
    return double(rowRank) + 2.0 * std::abs(offsetFromMiddle) / std::max(1.0, halfRow);
}

QList<qsizetype> SeatMapModel::bestAvailable(int count,
                                             const std::optional<QString> &category) const
{
    if (count <= 0)
        return {};
    int wanted = -1;
    if (category) {
        for (qsizetype c = 0; c < m_data.categories.size(); ++c) {
            if (m_data.categories[c].name == *category)
                wanted = int(c);
        }
        if (wanted < 0)
            return {};
    }
    auto usable = [&](qsizetype index) {
        const SeatMapSeat &s = m_data.seats[size_t(index)];
        return s.state == SeatState::Available && (wanted < 0 || s.category == wanted);
    };
    double bestScore = -1;
    const std::vector<qsizetype> *bestRow = nullptr;
    size_t bestStart = 0;
    int rank = 0;
    for (const std::vector<qsizetype> &row : m_rows) {
        if (row.empty())
            continue;
        const int rowRank = rank++;
        // No block in a row further back can beat the best one found.
        if (bestScore >= 0 && double(rowRank) > bestScore)
            break;
        if (row.size() < size_t(count))
            continue;
        const std::vector<bool> adjacent = adjacencyOf(m_data.seats, row);
        const double middle = double(row.size() - 1) / 2;
        size_t runStart = 0; // first seat of the current run of usable, adjacent seats
        for (size_t i = 0; i < row.size(); ++i) {
            if (!usable(row[i])) {
                runStart = i + 1;
                continue;
            }
            if (i > runStart && !adjacent[i])
                runStart = i;
            if (i + 1 < runStart + size_t(count))
                continue;
            const size_t start = i + 1 - size_t(count);
            const double score =
                bestAvailableScore(rowRank, double(start) + double(count - 1) / 2 - middle, middle);
            if (bestScore < 0 || score < bestScore - 1e-9) {
                bestScore = score;
                bestRow = &row;
                bestStart = start;
            }
        }
    }
    QList<qsizetype> block;
    if (bestRow) {
        for (size_t k = bestStart; k < bestStart + size_t(count); ++k)
            block.push_back((*bestRow)[k]);
    }
    return block;
}

QString SeatMapModel::describeSeat(qsizetype index) const
{
    if (index < 0 || index >= seatCount())
        return {};
    const SeatMapSeat &s = seat(index);
    QStringList parts{QCoreApplication::translate("tessera::SeatMapModel", "Row %1, seat %2")
                          .arg(s.row, s.number)};
    const SeatMapCategory category = m_data.categories.value(s.category);
    if (!category.name.isEmpty())
        parts.push_back(category.name);
    for (const SeatMapPrice &price : category.prices)
        parts.push_back(price.ticketType + QLatin1Char(' ') +
                        MoneyFormat::money(price.amount, m_data.currency));
    switch (s.state) {
    case SeatState::Available:
        break;
    case SeatState::Held:
        parts.push_back(QCoreApplication::translate("tessera::SeatMapModel", "held"));
        break;
    case SeatState::Sold:
        parts.push_back(QCoreApplication::translate("tessera::SeatMapModel", "sold"));
        break;
    case SeatState::Blocked:
        parts.push_back(QCoreApplication::translate("tessera::SeatMapModel", "blocked"));
        break;
    case SeatState::Elsewhere:
        parts.push_back(
            QCoreApplication::translate("tessera::SeatMapModel", "another counter's to sell"));
        break;
    }
    return parts.join(QStringLiteral(" · "));
}

bool SeatMapModel::hasElsewhere() const
{
    return std::any_of(m_data.seats.cbegin(), m_data.seats.cend(),
                       [](const SeatMapSeat &s) { return s.state == SeatState::Elsewhere; });
}

QList<qsizetype> SeatMapModel::setStates(const QHash<QString, SeatState> &states)
{
    QList<qsizetype> changed;
    for (auto it = states.begin(); it != states.end(); ++it) {
        const qsizetype index = indexOf(it.key());
        if (index < 0)
            continue;
        SeatMapSeat &s = m_data.seats[size_t(index)];
        if (s.state == it.value())
            continue;
        s.state = it.value();
        if (s.selected && s.state != SeatState::Available) {
            s.selected = false;
            --m_selectedCount;
        }
        changed.push_back(index);
    }
    return changed;
}

} // namespace tessera
