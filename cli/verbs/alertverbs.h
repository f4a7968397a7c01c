// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verbs/verb.h"

namespace tessera {

// alerts list, rules, set-rule and ack: the alert log and its thresholds.
QList<Verb> alertVerbs();

} // namespace tessera
