// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-server as an operator runs it: init, run on loopback, HTTPS with
// the server's own CA pinned, a second server refused, SIGTERM.
#include "serverprocess.h"
#include "serverroutes.h"
#include "tlsauthority.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace tessera;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);

using Ran = tessera::test::ServerRun;

Ran runToEnd(const QStringList &arguments)
{
    return tessera::test::runServerCommand(kExe, arguments);
}

class RunningServer : public tessera::test::RunningServer
{
public:
    explicit RunningServer(const QString &data)
        : tessera::test::RunningServer(kExe, data)
    {}
};

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject body;
};

Reply call(const QUrl &url, const QList<QSslCertificate> &trusted, const QByteArray &post = {},
           const QByteArray &token = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // Only the server's own CA: the system's store plays no part.
    tls.setCaCertificates(trusted);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = post.isNull() ? manager.get(request) : manager.post(request, post);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return r;
}

Reply get(const QUrl &url, const QList<QSslCertificate> &trusted)
{
    return call(url, trusted);
}

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_data;

    QList<QSslCertificate> serverCa() const
    {
        return QSslCertificate::fromPath(QDir(m_data).filePath(
            QStringLiteral("tls/") + QString::fromLatin1(TlsAuthority::kCaCertificate)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(kExe));
        m_data = m_tmp.filePath(QStringLiteral("server"));
        const Ran init = runToEnd(
            {QStringLiteral("init"), QStringLiteral("--data"), m_data, QStringLiteral("--demo")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(init.out).object();
        QVERIFY(summary.value(QStringLiteral("ca_fingerprint"))
                    .toString()
                    .startsWith(QStringLiteral("sha256:")));
        QCOMPARE(summary.value(QStringLiteral("demo"))
                     .toObject()
                     .value(QStringLiteral("event"))
                     .toInteger(),
                 1);
    }

    void initTwiceChangesNothing()
    {
        QFile ca(QDir(m_data).filePath(QStringLiteral("tls/ca.pem")));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const QByteArray before = ca.readAll();
        ca.close();
        const Ran again = runToEnd({QStringLiteral("init"), QStringLiteral("--data"), m_data});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already"));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        QCOMPARE(ca.readAll(), before);
    }

    void runRefusesAFolderThatIsNotInitialised()
    {
        const Ran ran = runToEnd({QStringLiteral("run"), QStringLiteral("--data"),
                                  m_tmp.filePath(QStringLiteral("empty")),
                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(ran.exitCode, 1);
        QVERIFY(ran.err.contains("tessera-server init"));
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("empty/server.db"))));
    }

    void aBadListenAddressIsAUsageError()
    {
        const Ran ran = runToEnd({QStringLiteral("run"), QStringLiteral("--data"), m_data,
                                  QStringLiteral("--listen"), QStringLiteral("localhost:http")});
        QCOMPARE(ran.exitCode, 2);
        QVERIFY(ran.err.contains("--listen"));
        QCOMPARE(runToEnd({QStringLiteral("serve")}).exitCode, 2);
    }

    void servesHealthOverHttpsToAClientThatPinsItsCa()
    {
        RunningServer server(m_data);
        QVERIFY2(server.port() > 0, server.log().constData());
        const QUrl url(QStringLiteral("https://127.0.0.1:%1/v1/health").arg(server.port()));
        const Reply ok = get(url, serverCa());
        QCOMPARE(ok.error, QNetworkReply::NoError);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(ok.body.value(QStringLiteral("journal_seq")).toInteger() > 0); // the demo

        // A client that does not have this CA does not get through.
        const Reply stranger = get(url, {});
        QCOMPARE(stranger.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(stranger.status, 0);

        const Reply missing = get(
            QUrl(QStringLiteral("https://localhost:%1/v1/nothing").arg(server.port())), serverCa());
        QCOMPARE(missing.status, 404);
        const QJsonObject error = missing.body.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
        QVERIFY(error.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("/v1/nothing")));
    }

    void aSecondServerOnTheSameDataIsRefusedNamingTheFirst()
    {
        RunningServer first(m_data);
        QVERIFY2(first.port() > 0, first.log().constData());
        const Ran second = runToEnd({QStringLiteral("run"), QStringLiteral("--data"), m_data,
                                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QByteArray::number(first.process().processId())),
                 second.err.constData());
        // The first one still answers.
        QCOMPARE(get(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/health").arg(first.port())),
                     serverCa())
                     .status,
                 200);
    }

    void aManagerEnrolsACounterWhileTheServerRuns()
    {
        RunningServer server(m_data);
        QVERIFY2(server.port() > 0, server.log().constData());
        // The server holds the database: the verb goes through its admin socket.
        const Ran issued = runToEnd({QStringLiteral("enrol-code"), QStringLiteral("--data"), m_data,
                                     QStringLiteral("--terminal"), QStringLiteral("BOX-1"),
                                     QStringLiteral("--venue"), QStringLiteral("1")});
        QVERIFY2(issued.exitCode == 0, issued.err.constData());
        const QJsonObject code = QJsonDocument::fromJson(issued.out).object();
        QVERIFY(code.value(QStringLiteral("code")).toString().startsWith(QStringLiteral("TE1-")));
        QVERIFY(server.logged("enrol-code for terminal BOX-1"));

        const QString base = QStringLiteral("https://127.0.0.1:%1/v1/").arg(server.port());
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("code"), code.value(QStringLiteral("code"))}})
                .toJson();
        const Reply enrolled = call(QUrl(base + QStringLiteral("enrol")), serverCa(), body);
        QCOMPARE(enrolled.status, 200);
        const QByteArray token = enrolled.body.value(QStringLiteral("token")).toString().toLatin1();
        QVERIFY(!token.isEmpty());
        const Reply again = call(QUrl(base + QStringLiteral("enrol")), serverCa(), body);
        QCOMPARE(again.status, 409);
        const Reply garbage = call(QUrl(base + QStringLiteral("enrol")), serverCa(), "{\"code\":");
        QCOMPARE(garbage.status, 400);
        QCOMPARE(
            garbage.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
            QStringLiteral("invalid_json"));
        // An oversized body is refused naming the body, before it is parsed.
        const Reply huge = call(QUrl(base + QStringLiteral("enrol")), serverCa(),
                                "{\"code\":\"" + QByteArray(17 * 1024 * 1024, 'A') + "\"}");
        QCOMPARE(huge.status, 400);
        QCOMPARE(huge.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("where")),
                 QStringLiteral("body"));

        const QUrl me(base + QStringLiteral("terminal"));
        QCOMPARE(call(me, serverCa(), {}, token).status, 200);
        QCOMPARE(call(me, serverCa(), {}, token).body.value(QStringLiteral("terminal")).toString(),
                 QStringLiteral("BOX-1"));
        QCOMPARE(call(me, serverCa()).status, 401);

        // Journal up: two entries, the ack, a hole refused.
        auto entry = [](qint64 seq) {
            return QJsonObject{
                {QStringLiteral("seq"), seq},
                {QStringLiteral("kind"), QStringLiteral("sell")},
                {QStringLiteral("idem_key"), QStringLiteral("k%1").arg(seq)},
                {QStringLiteral("request_hash"), QString(64, QLatin1Char('a'))},
                {QStringLiteral("payload"), QStringLiteral("{}")},
                {QStringLiteral("result"), QStringLiteral("{\"order\":%1}").arg(seq)},
                {QStringLiteral("created_at"), 1'796'000'000'000 + seq}};
        };
        const QUrl journal(base + QStringLiteral("journal"));
        const Reply shipped = call(
            journal, serverCa(),
            QJsonDocument(QJsonObject{{QStringLiteral("entries"), QJsonArray{entry(1), entry(2)}}})
                .toJson(),
            token);
        QCOMPARE(shipped.status, 200);
        QCOMPARE(shipped.body.value(QStringLiteral("acked")).toInteger(), 2);
        QCOMPARE(call(QUrl(base + QStringLiteral("journal/ack")), serverCa(), {}, token)
                     .body.value(QStringLiteral("acked"))
                     .toInteger(),
                 2);
        const Reply hole = call(
            journal, serverCa(),
            QJsonDocument(QJsonObject{{QStringLiteral("entries"), QJsonArray{entry(4)}}}).toJson(),
            token);
        QCOMPARE(hole.status, 409);
        QCOMPARE(call(journal, serverCa(), "{}").status, 401); // no token

        const Ran revoked = runToEnd({QStringLiteral("revoke"), QStringLiteral("--data"), m_data,
                                      QStringLiteral("--terminal"), QStringLiteral("BOX-1")});
        QVERIFY2(revoked.exitCode == 0, revoked.err.constData());
        const Reply refused = call(me, serverCa(), {}, token);
        QCOMPARE(refused.status, 403);
        QCOMPARE(
            refused.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
            QStringLiteral("terminal_revoked"));
        const QByteArray third =
            QJsonDocument(QJsonObject{{QStringLiteral("entries"), QJsonArray{entry(3)}}}).toJson();
        QCOMPARE(call(journal, serverCa(), third, token).status, 403);
        // A refusal through the socket is a refusal on the command line.
        const Ran unknownVenue =
            runToEnd({QStringLiteral("enrol-code"), QStringLiteral("--data"), m_data,
                      QStringLiteral("--terminal"), QStringLiteral("BOX-2"),
                      QStringLiteral("--venue"), QStringLiteral("99")});
        QCOMPARE(unknownVenue.exitCode, 1);
        QVERIFY(unknownVenue.err.contains("99"));
    }

    void everyRouteIsInTheOpenApiFileAndServed()
    {
        QFile file(QStringLiteral(TESSERA_SOURCE_DIR "/docs/openapi.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject api = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(api.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.")));
        QSet<QString> documented;
        const QJsonObject paths = api.value(QStringLiteral("paths")).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject operations = path.value().toObject();
            for (auto op = operations.begin(); op != operations.end(); ++op)
                documented.insert(op.key().toUpper() + QLatin1Char(' ') + path.key());
        }
        QSet<QString> served;
        for (const auto &[method, path] : ServerRoutes::served())
            served.insert(method + QLatin1Char(' ') + path);
        QCOMPARE(documented, served);

        // And each is really there: no "There is no GET …" from the server.
        RunningServer server(m_data);
        QVERIFY2(server.port() > 0, server.log().constData());
        for (const QString &route : std::as_const(documented)) {
            const QString method = route.section(QLatin1Char(' '), 0, 0);
            const QUrl url(QStringLiteral("https://127.0.0.1:%1%2")
                               .arg(server.port())
                               .arg(route.section(QLatin1Char(' '), 1)));
            const Reply r = method == QLatin1String("POST") ? call(url, serverCa(), "{}")
                                                            : call(url, serverCa());
            QVERIFY2(r.status != 0, qPrintable(route));
            QVERIFY2(!r.body.value(QStringLiteral("error"))
                          .toObject()
                          .value(QStringLiteral("message"))
                          .toString()
                          .startsWith(QStringLiteral("There is no")),
                     qPrintable(route));
        }
        // Whereas a route nobody serves gets that answer.
        QVERIFY(
            get(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/journal/nothing").arg(server.port())),
                serverCa())
                .body.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .startsWith(QStringLiteral("There is no")));
    }

    void sigtermStopsItCleanlyAndFreesTheData()
    {
        {
            RunningServer server(m_data);
            QVERIFY2(server.port() > 0, server.log().constData());
            ::kill(pid_t(server.process().processId()), SIGTERM);
            QVERIFY(server.process().waitForFinished(20000));
            QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
            QCOMPARE(server.process().exitCode(), 0);
            const QByteArray log = server.log();
            QVERIFY2(log.contains("stopping (SIGTERM)"), log.constData());
            QVERIFY2(log.contains("stopped"), log.constData());
            // One line per event, each stamped in UTC.
            for (const QByteArray &line : log.trimmed().split('\n'))
                QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z "
                                                           "tessera-server "))
                             .match(QString::fromUtf8(line))
                             .hasMatch(),
                         line.constData());
        }
        // The lock went with it: the next server starts at once.
        RunningServer next(m_data);
        QVERIFY2(next.port() > 0, next.log().constData());
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "testservercli.moc"
