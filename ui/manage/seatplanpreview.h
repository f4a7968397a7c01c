// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "venue/seatplan.h"

#include <QColor>
#include <QImage>

namespace tessera {

// A picture of a seating plan's seats, coloured by category, fitted into
// `size`: what the import dialog shows before the venue exists. Drawn on a
// worker thread (a QImage, not widgets), so an 80 000-seat stadium costs the
// screen nothing. The plan's drawn shapes (stage, labels) are left out.
QImage seatPlanThumbnail(const SeatPlan &plan, const QSize &size);
// The colour a category is drawn in (its own, or grey when it has none).
QColor categoryColor(const PlanCategory &category);

} // namespace tessera
