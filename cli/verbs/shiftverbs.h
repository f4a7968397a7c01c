// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verbs/verb.h"

namespace tessera {

// shift open, cash-in, cash-out, close and show: the cash drawer of this
// terminal; shift day-end: the day's report; shift policy: the cash rules.
QList<Verb> shiftVerbs();

} // namespace tessera
