// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tessera {

// What one line of a hold, sale or order is, as stored in hold_items.kind and
// order_items.kind; shared by the engine's inventory and the public sale lines.
enum class ItemKind : int { Seat = 0, GeneralAdmission = 1, CardKey = 2 };

} // namespace tessera
