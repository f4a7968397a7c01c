// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpaths.h"

#include <QDir>

namespace tessera::test {

QString sharedDataDir()
{
    const QString fromEnv = qEnvironmentVariable("TESSERA_SHARED_DATA");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv);
    return QDir::cleanPath(QStringLiteral(TESSERA_BINARY_DIR "/tests/shared-data"));
}

QString fixturePath(const QString &name)
{
    return QDir::cleanPath(QStringLiteral(TESSERA_SOURCE_DIR "/tests/data/") + name);
}

QString screenshotDir()
{
    QString dir = qEnvironmentVariable("TESSERA_SCREENSHOTS");
    if (dir.isEmpty())
        dir = QStringLiteral(TESSERA_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return QDir::cleanPath(dir);
}

QString screenshotPath(const QString &name)
{
    return QDir(screenshotDir()).filePath(name);
}

} // namespace tessera::test
