// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

namespace tessera {

// What tessera-cli's exit status says about a failure, so a script can branch
// on it without reading the message.
enum class ExitCode : int {
    Success = 0,
    Usage = 2,    // bad usage or input: fix the command line or the file
    Refused = 3,  // the engine's rules refused it: the request was valid, the state says no
    NotFound = 4, // the database, file, order, event... named does not exist
    Storage = 5,  // the database could not be read or written
};

ExitCode exitCodeFor(ErrorCode code);

} // namespace tessera
