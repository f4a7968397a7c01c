// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/ed25519.h"
#include "resultassert.h"
#include "tickets/signedticket.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// Our signatures and keys against the real `openssl` command-line tool, so a
// gate built on any standard Ed25519 implementation reads our codes.
class TestOpensslInterop : public QObject
{
    Q_OBJECT

    QString m_openssl;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run openssl(const QStringList &args) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_openssl, args);
        if (!p.waitForFinished(30'000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromLocal8Bit(p.readAll())};
    }

    Run opensslVerify(const QString &payloadFile)
    {
        return openssl({QStringLiteral("pkeyutl"), QStringLiteral("-verify"),
                        QStringLiteral("-pubin"), QStringLiteral("-inkey"),
                        path(QStringLiteral("pub.pem")), QStringLiteral("-rawin"),
                        QStringLiteral("-in"), payloadFile, QStringLiteral("-sigfile"),
                        path(QStringLiteral("sig.bin"))});
    }

    static TicketClaims claims()
    {
        TicketClaims c;
        c.ticketId = 90'001;
        c.eventId = 42;
        c.seatGuid = QStringLiteral("S-A-12");
        c.ticketType = QStringLiteral("adult");
        c.validFromMs = 1'800'000'000'000;
        c.validUntilMs = 1'800'003'600'000;
        return c;
    }

private slots:
    void initTestCase()
    {
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (m_openssl.isEmpty())
            QFAIL("the openssl command-line tool is not installed (installer/install-deps.sh)");
        QVERIFY(m_dir.isValid());
    }

    void opensslVerifiesTicketSignature()
    {
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        auto ticket = SignedTicket::parse(SignedTicket::issue(claims(), key));
        TESSERA_VERIFY_OK(ticket);
        QVERIFY(writeFile(path(QStringLiteral("pub.pem")), key.publicPem()));
        QVERIFY(writeFile(path(QStringLiteral("payload.bin")), ticket->payload()));
        QVERIFY(writeFile(path(QStringLiteral("sig.bin")), ticket->signature()));

        const Run ok = opensslVerify(path(QStringLiteral("payload.bin")));
        QVERIFY2(ok.output.contains(QStringLiteral("Signature Verified Successfully")),
                 qPrintable(ok.output));
        QCOMPARE(ok.exitCode, 0);

        QByteArray tampered = ticket->payload();
        tampered[1] = char(tampered[1] ^ 0x01);
        QVERIFY(writeFile(path(QStringLiteral("tampered.bin")), tampered));
        const Run bad = opensslVerify(path(QStringLiteral("tampered.bin")));
        QVERIFY2(bad.exitCode != 0, qPrintable(bad.output));
        QVERIFY(!bad.output.contains(QStringLiteral("Signature Verified Successfully")));
    }

    void opensslReadsOurPublicKey()
    {
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        QVERIFY(writeFile(path(QStringLiteral("pub.pem")), key.publicPem()));
        const Run run = openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"),
                                 QStringLiteral("-in"), path(QStringLiteral("pub.pem")),
                                 QStringLiteral("-noout"), QStringLiteral("-text")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.contains(QStringLiteral("ED25519 Public-Key")), qPrintable(run.output));
    }

    void weSignWithAnOpensslKeyAndVerifyOpensslSignatures()
    {
        const QString keyFile = path(QStringLiteral("key.pem"));
        QCOMPARE(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                          QStringLiteral("ed25519"), QStringLiteral("-out"), keyFile})
                     .exitCode,
                 0);
        auto key = Ed25519KeyPair::fromPrivatePem(readFile(keyFile));
        TESSERA_VERIFY_OK(key);

        const QByteArray message = QByteArrayLiteral("revocation list 7");
        QVERIFY(writeFile(path(QStringLiteral("message.bin")), message));
        const QString sigFile = path(QStringLiteral("openssl-sig.bin"));
        QCOMPARE(
            openssl({QStringLiteral("pkeyutl"), QStringLiteral("-sign"), QStringLiteral("-inkey"),
                     keyFile, QStringLiteral("-rawin"), QStringLiteral("-in"),
                     path(QStringLiteral("message.bin")), QStringLiteral("-out"), sigFile})
                .exitCode,
            0);
        const QByteArray theirs = readFile(sigFile);
        QCOMPARE(theirs, key->sign(message)); // Ed25519 is deterministic
        QVERIFY(key->publicKey().verify(message, theirs));
    }
};

QTEST_GUILESS_MAIN(TestOpensslInterop)
#include "testopensslinterop.moc"
