// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tessera::test {

// Folder of the shared reference data (../shared/data), as set by ctest.
QString sharedDataDir();
// Path of a file in tests/data.
QString fixturePath(const QString &name);

} // namespace tessera::test
