// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"

#include "crypto/datakey.h"
#include "tickets/ticketkeys.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestTicketKeys : public QObject
{
    Q_OBJECT
private slots:
    void privateKeyIsSealedAndPublicKeyIsStoredForGates()
    {
        EngineFixture f(false);
        const QByteArray message = QByteArrayLiteral("ticket");
        const QByteArray signature = f.engine().ticketKey().sign(message);
        const QByteArray privatePem = f.engine().ticketKey().privatePem();
        std::shared_ptr<const DataKey> dataKey;
        {
            SqliteDb reader = f.reader();
            dataKey = f.engine().dataKey(reader);
        }
        f.close();
        SqliteDb db = f.reader();
        auto stmt = db.prepare(
            QStringLiteral("SELECT value FROM settings WHERE key = 'ticket_signing_key'"));
        QVERIFY(stmt.ok() && *stmt->step());
        QVERIFY(!stmt->columnBlob(0).contains("BEGIN"));
        QFile file(f.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        // The PEM body (base64 of the key) appears nowhere in the file.
        const QByteArray body = privatePem.split('\n').value(1);
        QVERIFY(!body.isEmpty());
        QVERIFY(!file.readAll().contains(body));
        auto publicKey = authenticTicketPublicKey(db, *dataKey);
        TESSERA_VERIFY_OK(publicKey);
        QVERIFY(publicKey->verify(message, signature));
    }

    void replacedPublicKeyRowIsUntrusted()
    {
        EngineFixture f(false);
        std::shared_ptr<const DataKey> dataKey;
        {
            SqliteDb reader = f.reader();
            dataKey = f.engine().dataKey(reader);
        }
        const QByteArray genuine = f.engine().ticketKey().publicKeyRaw();
        f.close();
        // Someone holding the file, with a connection that may write.
        auto opened = SqliteDb::open(f.path());
        TESSERA_VERIFY_OK(opened);
        SqliteDb &db = *opened;
        const Ed25519KeyPair attacker = Ed25519KeyPair::generate();
        TESSERA_VERIFY_OK(db.exec(QStringLiteral("UPDATE settings SET value = '%1' WHERE key = "
                                                 "'ticket_public_key'")
                                      .arg(QString::fromLatin1(attacker.publicPem()))));
        auto refused = authenticTicketPublicKey(db, *dataKey);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::UntrustedKey);
        QVERIFY(refused.error().message.contains(db.path()));

        // Without the row the key still comes from the sealed private key.
        TESSERA_VERIFY_OK(
            db.exec(QStringLiteral("DELETE FROM settings WHERE key = 'ticket_public_key'")));
        auto derived = authenticTicketPublicKey(db, *dataKey);
        TESSERA_VERIFY_OK(derived);
        QCOMPARE(derived->raw(), genuine);

        // A private key in clear is one anybody could have written.
        TESSERA_VERIFY_OK(db.exec(QStringLiteral("UPDATE settings SET value = '%1' WHERE key = "
                                                 "'ticket_signing_key'")
                                      .arg(QString::fromLatin1(attacker.privatePem()))));
        auto clear = authenticTicketPublicKey(db, *dataKey);
        QVERIFY(!clear);
        QCOMPARE(clear.error().code, ErrorCode::UntrustedKey);
    }

    void theSameKeyComesBackAfterReopening()
    {
        EngineFixture f(false);
        const QByteArray before = f.engine().ticketKey().publicKeyRaw();
        f.reopen();
        QCOMPARE(f.engine().ticketKey().publicKeyRaw(), before);
    }

    void resealingMovesTheKeyToANewDataKey()
    {
        QTemporaryDir dir;
        auto db = SqliteDb::open(dir.filePath(QStringLiteral("k.db")));
        TESSERA_VERIFY_OK(db);
        TESSERA_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, "
                                                  "value TEXT NOT NULL)")));
        const DataKey old = DataKey::generate();
        const DataKey fresh = DataKey::generate();
        auto key = loadOrCreateTicketKey(*db, old);
        TESSERA_VERIFY_OK(key);
        TESSERA_VERIFY_OK(resealTicketKey(*db, old, fresh));
        auto again = loadOrCreateTicketKey(*db, fresh);
        TESSERA_VERIFY_OK(again);
        QCOMPARE(again->publicKeyRaw(), key->publicKeyRaw());
        QCOMPARE(loadOrCreateTicketKey(*db, old).error().code, ErrorCode::CorruptKey);
    }
};

QTEST_GUILESS_MAIN(TestTicketKeys)
#include "testticketkeys.moc"
