// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace tessera {

// A seat's state for one event, as stored in event_seats.state; shared by the
// engine and every screen that shows seats. Elsewhere: on a terminal enrolled
// with a central server, a seat the server did not allocate to this terminal
// (another counter's, the online channel's, or not handed out); on the
// server, a seat allocated to a terminal.
enum class SeatState : quint8 { Available = 0, Held = 1, Sold = 2, Blocked = 3, Elsewhere = 4 };

} // namespace tessera
