// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace tessera::bench {

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runToEnd(const QString &exe, const QStringList &arguments)
{
    QProcess p;
    p.start(exe, arguments);
    if (!p.waitForFinished(60000))
        p.kill();
    p.waitForFinished(5000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

BenchServer::~BenchServer()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString BenchServer::database() const
{
    return QDir(m_data).filePath(QStringLiteral("server.db"));
}

bool BenchServer::init()
{
    const Run r = runToEnd(m_exe, {QStringLiteral("init"), QStringLiteral("--data"), m_data,
                                   QStringLiteral("--demo")});
    if (r.exitCode != 0)
        m_error = QStringLiteral("tessera-server init failed: %1").arg(QString::fromUtf8(r.err));
    return r.exitCode == 0;
}

QString BenchServer::enrolmentCode(const QString &terminal)
{
    const Run r = runToEnd(m_exe, {QStringLiteral("enrol-code"), QStringLiteral("--data"), m_data,
                                   QStringLiteral("--terminal"), terminal,
                                   QStringLiteral("--venue"), QStringLiteral("1")});
    const QString code =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("code")).toString();
    if (code.isEmpty())
        m_error = QStringLiteral("enrol-code failed: %1").arg(QString::fromUtf8(r.err));
    return code;
}

bool BenchServer::start()
{
    if (isRunning())
        return true;
    // Its log goes to a file: nobody has to keep reading a pipe while it runs.
    const QString logPath = QDir(m_data).filePath(QStringLiteral("bench-server.log"));
    static const QRegularExpression listening(
        QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)"));
    // The port a killed server held may linger for a moment: try again briefly.
    for (int attempt = 0; attempt < 50; ++attempt) {
        QFile::remove(logPath);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(logPath);
        m_process.start(m_exe,
                        {QStringLiteral("run"), QStringLiteral("--data"), m_data,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)});
        for (int i = 0; i < 300 && m_process.state() != QProcess::NotRunning; ++i) {
            QFile log(logPath);
            const QByteArray text = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
            const auto match = listening.match(QString::fromUtf8(text));
            if (match.hasMatch()) {
                m_port = match.captured(1).toInt();
                return true;
            }
            m_process.waitForFinished(50);
        }
        m_process.waitForFinished(5000);
        QFile log(logPath);
        m_error = QStringLiteral("tessera-server run failed: %1")
                      .arg(QString::fromUtf8(log.open(QIODevice::ReadOnly) ? log.readAll()
                                                                           : QByteArray()));
        if (m_port == 0)
            return false;
        QThread::msleep(100);
    }
    return false;
}

double BenchServer::cpuSeconds() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
    if (!isRunning() || !stat.open(QIODevice::ReadOnly))
        return 0;
    // Fields 14 and 15 (utime, stime), counted after the command's ")".
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

void BenchServer::kill()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10000);
}

bool BenchServer::stop()
{
    if (!isRunning())
        return true;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(30000)) {
        kill();
        return false;
    }
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

} // namespace tessera::bench
