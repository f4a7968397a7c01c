// SPDX-License-Identifier: GPL-3.0-or-later
// LiveFeed against the real tessera-server on loopback: a console sells and
// ships, the feed receives the new figures; the server killed and restarted
// under the connected feed, the feed says reconnecting, then live again with
// what it missed; a feed that was away gets the whole figures at once; wrong
// credentials or a role without reports are refused and not retried.
#include "consoleenrolment.h"
#include "enginefixture.h"
#include "journalshipper.h"
#include "livefeed.h"
#include "serverprocess.h"
#include "setup/demostaff.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);
// The consoles' manual clock runs ahead of the server's: a range that holds
// their sales.
const QJsonObject kRange{{QStringLiteral("from"), 0},
                         {QStringLiteral("to"), qint64(1'900'000'000'000)}};

qint64 ordersOf(const LiveFeed &feed)
{
    return feed.figures().value(QStringLiteral("orders")).toInteger();
}

LiveFeed::Options optionsFor(const ServerLink &link, const QString &user, const QString &pin)
{
    LiveFeed::Options o;
    o.address = link.address;
    o.ca = link.ca;
    o.user = user;
    o.pin = pin;
    o.filter = kRange;
    return o;
}

} // namespace

class TestLiveFeed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_data;
    QString m_code;

    static bool ship(EngineFixture &console, const ServerLink &link)
    {
        JournalShipper shipper(console.path(), link, 7);
        auto report = shipper.shipOnce();
        return report.ok() && report->backlog() == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(kExe));
        m_data = m_tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServer(kExe, m_data));
        m_code = enrolmentCode(kExe, m_data, QStringLiteral("BOX-1"));
        QVERIFY(!m_code.isEmpty());
        EngineOptions options;
        options.path = QDir(m_data).filePath(QStringLiteral("server.db"));
        options.terminalId = QStringLiteral("SERVER");
        auto engine = Engine::open(options);
        QVERIFY(engine.ok());
        QVERIFY(DemoStaff::seed(**engine).ok());
    }

    void theFeedFollowsSalesAndComesBackAfterTheServerRestarts()
    {
        EngineFixture console;
        auto server = std::make_unique<RunningServer>(kExe, m_data);
        const int port = server->port();
        QVERIFY(port > 0);
        auto link = ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(port), m_code);
        QVERIFY2(link.ok(), link.ok() ? "" : qPrintable(link.error().message));

        LiveFeed feed(optionsFor(*link, QStringLiteral("supervisor"), QStringLiteral("2222")));
        QSignalSpy states(&feed, &LiveFeed::stateChanged);
        feed.start();
        QTRY_VERIFY2_WITH_TIMEOUT(
            feed.state() == LiveFeed::State::Live,
            qPrintable(feed.errorMessage() + QLatin1Char(' ') + QString::fromUtf8(server->log())),
            15000);
        QCOMPARE(ordersOf(feed), 0);
        QVERIFY(feed.lastDataAtMs() > 0);

        // A sale at the counter reaches the feed once shipped.
        QVERIFY(console.sellStandingDeposit().result.ok());
        QVERIFY(ship(console, *link));
        QTRY_COMPARE_WITH_TIMEOUT(ordersOf(feed), 1, 15000);
        QVERIFY(!feed.figures().value(QStringLiteral("terminals")).toArray().isEmpty());

        // The server dies under the connected feed: reconnecting, with the
        // time of the data it shows.
        server->process().kill();
        server->process().waitForFinished(5000);
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), LiveFeed::State::Reconnecting, 15000);
        const QList<QVariant> last = states.last();
        QCOMPARE(last.at(0).value<LiveFeed::State>(), LiveFeed::State::Reconnecting);
        QCOMPARE(last.at(1).toLongLong(), feed.lastDataAtMs());

        // It keeps trying while nobody answers on the port.
        QTest::qWait(1500);
        QCOMPARE(feed.state(), LiveFeed::State::Reconnecting);

        // Back on the same port, with a sale shipped meanwhile: live again,
        // with it.
        QVERIFY(console.sellStandingDeposit().result.ok());
        server = std::make_unique<RunningServer>(kExe, m_data, port);
        QCOMPARE(server->port(), port);
        QVERIFY(ship(console, *link));
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), LiveFeed::State::Live, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(ordersOf(feed), 2, 15000);

        // A feed that was away gets the whole figures of its range at once.
        feed.stop();
        QCOMPARE(feed.state(), LiveFeed::State::Stopped);
        QVERIFY(console.sellStandingDeposit().result.ok());
        QVERIFY(ship(console, *link));
        QSignalSpy figures(&feed, &LiveFeed::figuresChanged);
        feed.start();
        QTRY_COMPARE_WITH_TIMEOUT(figures.size(), 1, 15000);
        QCOMPARE(ordersOf(feed), 3);

        // Another filter: the figures of that range follow.
        feed.setFilter(QJsonObject{{QStringLiteral("from"), 0},
                                   {QStringLiteral("to"), qint64(1'900'000'000'000)},
                                   {QStringLiteral("channel"), QStringLiteral("phone")}});
        QTRY_COMPARE_WITH_TIMEOUT(figures.size(), 2, 15000);
        QCOMPARE(ordersOf(feed), 0);
    }

    void wrongCredentialsAndRolesWithoutReportsAreRefused()
    {
        RunningServer server(kExe, m_data);
        QVERIFY(server.port() > 0);
        ServerLink link;
        link.address = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
        // The CA from the data directory, as enrolment pins it.
        const auto cas =
            QSslCertificate::fromPath(QDir(m_data).filePath(QStringLiteral("tls/ca.pem")));
        QVERIFY(!cas.isEmpty());
        link.ca = cas.first();

        LiveFeed wrong(optionsFor(link, QStringLiteral("supervisor"), QStringLiteral("0000")));
        wrong.start();
        QTRY_COMPARE_WITH_TIMEOUT(wrong.state(), LiveFeed::State::Refused, 15000);
        QCOMPARE(wrong.errorCode(), QStringLiteral("wrong_pin"));

        LiveFeed cashier(optionsFor(link, QStringLiteral("cashier"), QStringLiteral("1111")));
        cashier.start();
        QTRY_COMPARE_WITH_TIMEOUT(cashier.state(), LiveFeed::State::Refused, 15000);
        QCOMPARE(cashier.errorCode(), QStringLiteral("permission_denied"));

        // The handshake's Authorization header signs in too.
        QWebSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({link.ca});
        socket.setSslConfiguration(tls);
        QNetworkRequest request(
            QUrl(QStringLiteral("wss://127.0.0.1:%1/v1/live").arg(server.port())));
        request.setRawHeader("Authorization", "Basic " + QByteArray("manager:3333").toBase64());
        QSignalSpy frames(&socket, &QWebSocket::textMessageReceived);
        socket.open(request);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 15000);
        const QJsonObject frame =
            QJsonDocument::fromJson(frames.first().first().toString().toUtf8()).object();
        QCOMPARE(frame.value(QStringLiteral("type")).toString(), QStringLiteral("figures"));
        QCOMPARE(frame.value(QStringLiteral("seq")).toInteger(), 1);
        socket.close();
    }
};

QTEST_GUILESS_MAIN(TestLiveFeed)
#include "testlivefeed.moc"
