// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verbs/verb.h"

namespace tessera {

// sync enrol, status and now: this terminal and its central server
// (docs/operations.md): enrol with the server's address and a one-time code,
// see what is left to send, ship it now.
QList<Verb> syncVerbs();

} // namespace tessera
