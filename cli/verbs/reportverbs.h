// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verbs/verb.h"

namespace tessera {

// report: the run report of an event or a range of days, as PDF, with the
// orders, payments and refunds as CSV.
QList<Verb> reportVerbs();

} // namespace tessera
