// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace tessera::test {

// The scheduling policy (SCHED_OTHER, SCHED_BATCH, ...) of each thread of
// this process by its name, read from /proc/self/task/*/stat.
QMap<QString, int> threadPolicies();

} // namespace tessera::test
