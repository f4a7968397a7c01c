// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tessera::test {

// Folder of the shared reference data (the pretix schema), copied into the
// build folder when CMake configures; TESSERA_SHARED_DATA overrides it.
// Tests never read outside the repository or the build folder.
QString sharedDataDir();
// Path of a file in tests/data.
QString fixturePath(const QString &name);
// Folder screenshots go to, created if needed: the build folder's
// screenshots/, or TESSERA_SCREENSHOTS (the docs-screenshots target sets it
// to docs/screenshots). Tests never write into the source tree otherwise.
QString screenshotDir();
// screenshotDir() joined with `name`.
QString screenshotPath(const QString &name);

} // namespace tessera::test
