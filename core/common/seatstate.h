// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace tessera {

// A seat's state for one event, as stored in event_seats.state; shared by the
// engine and every screen that shows seats.
enum class SeatState : quint8 { Available = 0, Held = 1, Sold = 2, Blocked = 3 };

} // namespace tessera
