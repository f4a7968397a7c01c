// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tessera {

// Which payments and refunds need an open shift on the terminal: none, cash
// only (the default: cash must land in a drawer that is counted), or every
// method (card and QR too, for box offices that reconcile them per shift).
// See ShiftPolicy (shift/shiftpolicy.h).
enum class ShiftRule { None, Cash, All };

} // namespace tessera
