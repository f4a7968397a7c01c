// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clirunner.h"
#include "manualclock.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace tessera::test {

// What one in-process run of tessera-cli printed and returned.
struct CliRun
{
    int exitCode = -1;
    QByteArray stdoutBytes;
    QByteArray stderrBytes;
    QJsonObject out;
    QJsonObject err;

    QJsonObject error() const { return err.value(QStringLiteral("error")).toObject(); }
    QString errorCode() const { return error().value(QStringLiteral("code")).toString(); }
    qint64 id(const char *name) const { return out.value(QLatin1String(name)).toInteger(); }
};

// A temporary folder with a database path, running tessera-cli on it in-process
// on a manual clock.
class CliHarness
{
public:
    CliHarness()
        : m_clock(QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch())
    {}

    QString dbPath() const { return m_dir.filePath(QStringLiteral("tessera.db")); }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    CliRun run(const QStringList &args, const QByteArray &input = {})
    {
        QByteArray inputBytes = input;
        QBuffer in(&inputBytes);
        QBuffer out;
        QBuffer err;
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        CliRunner runner(in, out, err, &m_clock);
        CliRun r;
        r.exitCode = runner.run(
            QStringList{QStringLiteral("tessera-cli"), QStringLiteral("--db"), dbPath()} + args);
        r.stdoutBytes = out.data();
        r.stderrBytes = err.data();
        r.out = QJsonDocument::fromJson(r.stdoutBytes).object();
        r.err = QJsonDocument::fromJson(r.stderrBytes).object();
        return r;
    }

    // Runs and fails the test unless the run succeeded.
    CliRun ok(const QStringList &args, const QByteArray &input = {})
    {
        CliRun r = run(args, input);
        if (r.exitCode != 0)
            qWarning("tessera-cli %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                     r.stderrBytes.constData());
        return r;
    }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
};

} // namespace tessera::test
