// SPDX-License-Identifier: GPL-3.0-or-later
#include "venue/seatplan.h"

namespace tessera {

qsizetype SeatPlan::seatCount() const
{
    qsizetype count = 0;
    for (const PlanZone &zone : zones) {
        for (const PlanRow &row : zone.rows)
            count += row.seats.size();
    }
    return count;
}

QList<PlanSeatIndex> SeatPlan::seatIndexes() const
{
    QList<PlanSeatIndex> indexes;
    indexes.reserve(seatCount());
    for (qsizetype z = 0; z < zones.size(); ++z) {
        const QList<PlanRow> &rows = zones.at(z).rows;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            for (qsizetype s = 0; s < rows.at(r).seats.size(); ++s)
                indexes.append({z, r, s});
        }
    }
    return indexes;
}

const PlanSeat &SeatPlan::seatAt(const PlanSeatIndex &index) const
{
    return zones.at(index.zone).rows.at(index.row).seats.at(index.seat);
}

PlanPoint SeatPlan::absolutePosition(const PlanSeatIndex &index) const
{
    const PlanZone &zone = zones.at(index.zone);
    const PlanRow &row = zone.rows.at(index.row);
    return zone.position + row.position.value_or(PlanPoint{}) + row.seats.at(index.seat).position;
}

const PlanCategory *SeatPlan::findCategory(const QString &categoryName) const
{
    for (const PlanCategory &category : categories) {
        if (category.name == categoryName)
            return &category;
    }
    return nullptr;
}

} // namespace tessera
