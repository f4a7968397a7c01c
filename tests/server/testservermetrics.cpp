// SPDX-License-Identifier: GPL-3.0-or-later
// GET /metrics on the real tessera-server: staff only, the terminals' sales
// and sync state and the server's own request histograms, in a text that
// Prometheus' own checker (promtool, Debian's prometheus package) accepts.
#include "api/commandfactory.h"
#include "consoleenrolment.h"
#include "enginefixture.h"
#include "journalshipper.h"
#include "serverprocess.h"
#include "setup/demostaff.h"

#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);

struct Answer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

Answer get(const ServerLink &link, const QString &path, const QByteArray &authorization)
{
    QNetworkAccessManager manager;
    QUrl url = link.address;
    url.setPath(path);
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({link.ca});
    request.setSslConfiguration(tls);
    request.setTransferTimeout(20000);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
    reply->deleteLater();
    return a;
}

QByteArray basic(const char *name, const char *pin)
{
    return "Basic " + QByteArray(QByteArray(name) + ':' + pin).toBase64();
}

} // namespace

class TestServerMetrics : public QObject
{
    Q_OBJECT

private slots:
    void metricsAreForStaffAndPassPromtool()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!promtool.isEmpty(), "promtool is missing: installer/install-deps.sh installs "
                                      "Debian's prometheus package");
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServer(kExe, data));
        const QString code = enrolmentCode(kExe, data, QStringLiteral("BOX-1"));
        {
            EngineOptions options;
            options.path = QDir(data).filePath(QStringLiteral("server.db"));
            auto engine = Engine::open(options);
            QVERIFY(engine.ok());
            QVERIFY(DemoStaff::seed(**engine).ok());
            // A rule the server judges: not firing (nothing is behind).
            auto rule =
                CommandFactory::fromJson(QStringLiteral("set_alert_rule"),
                                         {{QStringLiteral("kind"), QStringLiteral("backlog_above")},
                                          {QStringLiteral("threshold"), 1000}});
            QVERIFY(rule.ok());
            QVERIFY((*engine)
                        ->execute(CommandRequest(std::move(*rule), QStringLiteral("rule-1"),
                                                 QStringLiteral("manager")))
                        .result.ok());
        }
        RunningServer server(kExe, data);
        QVERIFY(server.port() > 0);
        auto link =
            ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server.port()), code, 10000);
        QVERIFY(link.ok());
        EngineFixture box;
        for (int i = 0; i < 2; ++i)
            QVERIFY(box.sellStandingDeposit().result.ok());
        QVERIFY(JournalShipper(box.path(), *link).shipOnce().ok());

        QCOMPARE(get(*link, QStringLiteral("/metrics"), {}).status, 401);
        QCOMPARE(get(*link, QStringLiteral("/metrics"), basic("cashier", "1111")).status, 403);
        const Answer metrics = get(*link, QStringLiteral("/metrics"), basic("manager", "3333"));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.contentType.startsWith("text/plain; version=0.0.4"));
        const QString text = QString::fromUtf8(metrics.body);
        const QString event = QString::number(box.ids().event);
        QVERIFY2(
            text.contains(
                QStringLiteral("tessera_orders{event=\"%1\",terminal=\"BOX-1\"} 2").arg(event)),
            qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("tessera_revenue_taken_minor{event=\"%1\",terminal="
                                             "\"BOX-1\",currency=\"CNY\",method=\"card\"} 2")
                                  .arg(event)));
        QVERIFY(text.contains(QStringLiteral("tessera_terminal_backlog{terminal=\"BOX-1\"} 0")));
        QVERIFY(text.contains(QStringLiteral("tessera_http_requests_total{route=\"/v1/journal\","
                                             "status=\"200\"}")));
        QVERIFY(text.contains(QStringLiteral("tessera_http_request_duration_seconds_bucket{route="
                                             "\"/v1/journal/ack\",le=\"+Inf\"}")));

        QVERIFY(text.contains(
            QStringLiteral("tessera_alert_firing{rule=\"1\",kind=\"backlog_above\"} 0")));

        // Prometheus' own checker reads it without a complaint.
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(check.waitForStarted());
        check.write(metrics.body);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerMetrics)
#include "testservermetrics.moc"
