// SPDX-License-Identifier: GPL-3.0-or-later
// ServerLink keeps where a console syncs to beside the database and its
// credentials (token, box key) sealed inside it: a copy of the files without
// the data key shows neither.
#include "crypto/keyring.h"
#include "enginefixture.h"
#include "serverlink.h"
#include "setup/sealedsecrets.h"
#include "setup/storesecretscommand.h"
#include "tlsauthority.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tessera;
using namespace tessera::test;

class TestServerLink : public QObject
{
    Q_OBJECT

    static ServerLink sample()
    {
        TlsAuthority::Names names;
        names.hosts = {QStringLiteral("localhost")};
        names.addresses = {QStringLiteral("127.0.0.1")};
        auto pem = TlsAuthority::create(names, QDateTime::currentSecsSinceEpoch());
        if (!pem)
            qFatal("no certificate: %s", qPrintable(pem.error().message));
        ServerLink link;
        link.address = QUrl(QStringLiteral("https://127.0.0.1:8443"));
        link.ca = QSslCertificate(pem->caCertificate);
        link.terminal = QStringLiteral("BOX-7");
        link.terminalId = 7;
        link.venue = 1;
        link.token = QStringLiteral("tt1-3f9a7c1e55b04d2a9e6f0b8c1d2e3f40");
        link.boxKey =
            QByteArray::fromHex("8a1f0c3b5d7e9f21436587a9cbedf0123456789abcdef0fedcba98765432100f");
        return link;
    }

    static QByteArray allBytes(const QString &databasePath)
    {
        QByteArray bytes;
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral(".server.json")}) {
            QFile f(databasePath + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }

    static void verifyNoCredentialIn(const QByteArray &bytes, const ServerLink &link)
    {
        QVERIFY(!bytes.contains(link.token.toUtf8()));
        QVERIFY(!bytes.contains(link.boxKey));
        QVERIFY(!bytes.contains(link.boxKey.toBase64()));
        QVERIFY(!bytes.contains(link.boxKey.toHex()));
    }

private slots:
    void theCredentialsAreSealedInTheDatabase()
    {
        EngineFixture f;
        const ServerLink link = sample();
        QVERIFY(link.save(f.engine()).ok());

        const QByteArray bytes = allBytes(f.path());
        QVERIFY(bytes.contains("BOX-7")); // the file is there and readable
        verifyNoCredentialIn(bytes, link);
        const auto permissions = QFile::permissions(ServerLink::pathFor(f.path()));
        QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther)));

        auto loaded = ServerLink::load(f.engine());
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QVERIFY(loaded->has_value());
        QCOMPARE((*loaded)->token, link.token);
        QCOMPARE((*loaded)->boxKey, link.boxKey);
        QCOMPARE((*loaded)->ca, link.ca);
        QCOMPARE((*loaded)->terminalId, qint64(7));

        // What only shows where the console syncs: no credential.
        auto shown = ServerLink::loadPublic(f.path());
        QVERIFY(shown.ok() && shown->has_value());
        QVERIFY((*shown)->token.isEmpty());
        QVERIFY((*shown)->boxKey.isEmpty());
        QCOMPARE((*shown)->address, link.address);

        // The journal (shipped to the server) and the audit log name the
        // secrets and hold neither value.
        const QString payload = f.text(QStringLiteral(
            "SELECT payload FROM journal WHERE kind = 'store_secrets' ORDER BY seq DESC LIMIT 1"));
        QCOMPARE(
            QJsonDocument::fromJson(payload.toUtf8()).object(),
            (QJsonObject{{QStringLiteral("names"), QJsonArray{QStringLiteral("server_box_key"),
                                                              QStringLiteral("server_token")}}}));
        QCOMPARE(f.scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM audit_log WHERE action = 'store_secrets'")),
                 qint64(1));
    }

    void aReaderOpensThemWithTheKeyFileAndNotWithAnotherKey()
    {
        EngineFixture f;
        const ServerLink link = sample();
        QVERIFY(link.save(f.engine()).ok());
        SqliteDb reader = f.reader();
        KeyFileKeySource keys(KeyFileKeySource::defaultPath(f.path()));
        auto ring = KeyRing::open(reader, keys);
        QVERIFY(ring.ok());
        auto key = (*ring)->keyFor(reader);
        QVERIFY(key);
        auto loaded = ServerLink::load(f.path(), reader, *key);
        QVERIFY(loaded.ok() && loaded->has_value());
        QCOMPARE((*loaded)->token, link.token);

        // Another database's key opens nothing, and says which secret.
        const DataKey other = DataKey::generate();
        auto refused = ServerLink::load(f.path(), reader, other);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::CorruptKey);
        QVERIFY(refused.error().message.contains(QStringLiteral("server_token")));
    }

    void aRotatedDataKeyStillOpensThem()
    {
        EngineFixture f;
        const ServerLink link = sample();
        QVERIFY(link.save(f.engine()).ok());
        SqliteDb reader = f.reader();
        const auto before = f.engine().dataKey(reader);
        QVERIFY(before);
        auto rotated = f.run(QStringLiteral("rotate_data_key"), {});
        QVERIFY2(rotated.result.ok(),
                 rotated.result.ok() ? "" : qPrintable(rotated.result.error().message));

        auto loaded = ServerLink::load(f.engine());
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QCOMPARE((*loaded)->token, link.token);
        QCOMPARE((*loaded)->boxKey, link.boxKey);
        // Sealed under the new key: the old one no longer opens them.
        SqliteDb after = f.reader();
        auto stale = SealedSecrets::read(after, *before, QStringLiteral("server_token"));
        QVERIFY(!stale.ok());
        verifyNoCredentialIn(allBytes(f.path()), link);
    }

    void credentialsAnEarlierBuildLeftInTheFileAreMovedIn()
    {
        EngineFixture f;
        const ServerLink link = sample();
        {
            // The file as earlier builds wrote it: token and box key in clear.
            QFile file(ServerLink::pathFor(f.path()));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(
                           QJsonObject{{QStringLiteral("address"), link.address.toString()},
                                       {QStringLiteral("ca"), QString::fromLatin1(link.ca.toPem())},
                                       {QStringLiteral("terminal"), link.terminal},
                                       {QStringLiteral("terminal_id"), link.terminalId},
                                       {QStringLiteral("venue"), link.venue},
                                       {QStringLiteral("token"), link.token},
                                       {QStringLiteral("box_key"),
                                        QString::fromLatin1(link.boxKey.toBase64())}})
                           .toJson());
        }
        auto loaded = ServerLink::load(f.engine());
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QCOMPARE((*loaded)->token, link.token);
        QCOMPARE((*loaded)->boxKey, link.boxKey);
        QFile file(ServerLink::pathFor(f.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray now = file.readAll();
        QVERIFY(!now.contains(link.token.toUtf8()));
        QVERIFY(!now.contains(link.boxKey.toBase64()));
        auto again = ServerLink::load(f.engine());
        QVERIFY(again.ok() && again->has_value());
        QCOMPARE((*again)->token, link.token);
    }

    void aLinkWithoutItsCredentialsSaysEnrolAgain()
    {
        EngineFixture f;
        ServerLink link = sample();
        QVERIFY(link.savePublic(f.path()).ok()); // the file alone, nothing sealed
        auto loaded = ServerLink::load(f.engine());
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message.contains(QStringLiteral("enrol")));
        // Never enrolled: nothing, and no error.
        EngineFixture fresh;
        auto none = ServerLink::load(fresh.engine());
        QVERIFY(none.ok() && !none->has_value());
    }

    void aBadSecretNameIsRefusedAndNothingKept()
    {
        EngineFixture f;
        auto refused = f.engine().execute(
            CommandRequest(std::make_unique<StoreSecretsCommand>(std::map<QString, QByteArray>{
                               {QStringLiteral("ok_name"), QByteArrayLiteral("x")},
                               {QStringLiteral("Bad Name"), QByteArrayLiteral("y")}}),
                           QStringLiteral("secrets-bad")));
        QVERIFY(!refused.result.ok());
        QCOMPARE(refused.result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(refused.result.error().where, QStringLiteral("names"));
        QVERIFY(refused.result.error().message.contains(QStringLiteral("Bad Name")));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE "
                                         "'secret.%'")),
                 qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestServerLink)
#include "testserverlink.moc"
