// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "venue/seatplan.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera {

// Writes a SeatPlan in the pretix seating-plan JSON format: optional
// properties only when present, nullable ones as null when null, areas as
// they were read, so SeatPlanParser::parse(toJson(plan)) == plan.
class SeatPlanWriter
{
public:
    static QByteArray toJson(const SeatPlan &plan,
                             QJsonDocument::JsonFormat format = QJsonDocument::Indented);
    static QJsonObject toJsonObject(const SeatPlan &plan);
};

} // namespace tessera
