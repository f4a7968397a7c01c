// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include "engine/engine.h"
#include "enginefixture.h"
#include "setup/demostaff.h"

#include <QDir>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <csignal>

namespace tessera::test {

ServerRun runServerCommand(const QString &exe, const QStringList &arguments)
{
    QProcess p;
    p.start(exe, arguments);
    if (!p.waitForFinished(60000))
        p.kill();
    p.waitForFinished(5000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

bool initServer(const QString &exe, const QString &data)
{
    return runServerCommand(exe, {QStringLiteral("init"), QStringLiteral("--data"), data,
                                  QStringLiteral("--demo")})
               .exitCode == 0;
}

bool initServerWithStaff(const QString &exe, const QString &data)
{
    if (!initServer(exe, data))
        return false;
    EngineOptions options;
    options.path = QDir(data).filePath(QStringLiteral("server.db"));
    options.terminalId = QStringLiteral("SERVER");
    auto engine = Engine::open(options);
    return engine && DemoStaff::seed(**engine).ok();
}

QString enrolmentCode(const QString &exe, const QString &data, const QString &terminal)
{
    const ServerRun issued =
        runServerCommand(exe, {QStringLiteral("enrol-code"), QStringLiteral("--data"), data,
                               QStringLiteral("--terminal"), terminal, QStringLiteral("--venue"),
                               QStringLiteral("1")});
    return QJsonDocument::fromJson(issued.out).object().value(QStringLiteral("code")).toString();
}

QStringList allocateSeats(const QString &exe, const QString &data, const QString &terminal,
                          int count)
{
    const ServerRun run = runServerCommand(
        exe, {QStringLiteral("allocate"), QStringLiteral("--data"), data,
              QStringLiteral("--terminal"), terminal, QStringLiteral("--event"),
              QStringLiteral("1"), QStringLiteral("--count"), QString::number(count)});
    QStringList seats;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(run.out).object().value(QLatin1String("seats")).toArray())
        seats << v.toString();
    return seats;
}

CommandOutcome sellAllocatedSeat(EngineFixture &console, const QString &guid, qint64 paid,
                                 const QString &actor)
{
    const QJsonObject request{
        {QStringLiteral("event"), 1},
        {QStringLiteral("lines"),
         QJsonArray{QJsonObject{{QStringLiteral("seat"), guid},
                                {QStringLiteral("ticket_type"), QStringLiteral("adult")}}}},
        {QStringLiteral("payments"),
         QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("card")},
                                {QStringLiteral("amount"), paid}}}}};
    return actor.isEmpty() ? console.run(QStringLiteral("sell"), request)
                           : console.runAs(actor, QStringLiteral("sell"), request);
}

RunningServer::RunningServer(const QString &exe, const QString &data, int port)
{
    m_process.start(exe, {QStringLiteral("run"), QStringLiteral("--data"), data,
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
    static const QRegularExpression listening(
        QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)"));
    for (int i = 0; i < 300 && m_port == 0; ++i) {
        if (!m_process.waitForReadyRead(100) && m_process.state() == QProcess::NotRunning)
            break;
        m_log += m_process.readAllStandardError();
        const auto match = listening.match(QString::fromUtf8(m_log));
        if (match.hasMatch())
            m_port = match.captured(1).toInt();
    }
}

RunningServer::~RunningServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray RunningServer::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

bool RunningServer::logged(const QByteArray &needle)
{
    for (int i = 0; i < 100 && !log().contains(needle); ++i)
        m_process.waitForReadyRead(100);
    return log().contains(needle);
}

int RunningServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(20000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    log();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

} // namespace tessera::test
