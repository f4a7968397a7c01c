// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsauthority.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class TestTlsAuthority : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kNow = 1'796'000'000; // 2026-11-29

    static TlsAuthority::Names names()
    {
        TlsAuthority::Names n;
        n.hosts = {QStringLiteral("localhost"), QStringLiteral("tessera.example")};
        n.addresses = {QStringLiteral("127.0.0.1")};
        return n;
    }

private slots:
    void theServerCertificateIsSignedByTheCaAndNamesItsHosts()
    {
        auto pem = TlsAuthority::create(names(), kNow);
        QVERIFY(pem.ok());
        const QSslCertificate ca(pem->caCertificate);
        const QSslCertificate server(pem->serverCertificate);
        QVERIFY(!ca.isNull());
        QVERIFY(!server.isNull());
        QCOMPARE(server.issuerDisplayName(), ca.subjectDisplayName());
        QVERIFY(ca.isSelfSigned());
        QVERIFY(!server.isSelfSigned());
        const auto alt = server.subjectAlternativeNames();
        QVERIFY(alt.values(QSsl::DnsEntry).contains(QStringLiteral("tessera.example")));
        QVERIFY(alt.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        // Valid from an hour before now (clocks a little behind), for two years.
        QCOMPARE(server.effectiveDate().toSecsSinceEpoch(), kNow - 3600);
        QCOMPARE(server.expiryDate().toSecsSinceEpoch(), kNow + 730 * 86400);
        QCOMPARE(ca.expiryDate().toSecsSinceEpoch(), kNow + 3650 * 86400);
        bool caFlag = false;
        for (const QSslCertificateExtension &e : ca.extensions()) {
            if (e.name() == QLatin1String("basicConstraints"))
                caFlag = e.value().toMap().value(QStringLiteral("ca")).toBool();
        }
        QVERIFY(caFlag);
        const QSslKey key(pem->serverKey, QSsl::Ec);
        QVERIFY(!key.isNull());
        QCOMPARE(key.algorithm(), QSsl::Ec);
        QCOMPARE(key.type(), QSsl::PrivateKey);
        QCOMPARE(server.publicKey().algorithm(), QSsl::Ec);
    }

    void eachCallMakesANewAuthority()
    {
        auto a = TlsAuthority::create(names(), kNow);
        auto b = TlsAuthority::create(names(), kNow);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->caKey != b->caKey);
        QVERIFY(TlsAuthority::fingerprint(a->caCertificate).value() !=
                TlsAuthority::fingerprint(b->caCertificate).value());
    }

    void theFingerprintIsTheSha256OfTheCertificate()
    {
        auto pem = TlsAuthority::create(names(), kNow);
        QVERIFY(pem.ok());
        auto fingerprint = TlsAuthority::fingerprint(pem->caCertificate);
        QVERIFY(fingerprint.ok());
        QCOMPARE(*fingerprint, QStringLiteral("sha256:") +
                                   QString::fromLatin1(QSslCertificate(pem->caCertificate)
                                                           .digest(QCryptographicHash::Sha256)
                                                           .toHex()));
        QCOMPARE(fingerprint->size(), 7 + 64);
        QCOMPARE(TlsAuthority::fingerprint("not a certificate").error().code,
                 ErrorCode::InvalidInput);
    }

    void aBadAddressIsRefusedByName()
    {
        TlsAuthority::Names n = names();
        n.addresses << QStringLiteral("300.1.2.3");
        auto pem = TlsAuthority::create(n, kNow);
        QVERIFY(!pem.ok());
        QCOMPARE(pem.error().code, ErrorCode::InvalidInput);
        QCOMPARE(pem.error().where, QStringLiteral("addresses"));
        QVERIFY(pem.error().message.contains(QStringLiteral("300.1.2.3")));
        QVERIFY(!TlsAuthority::create(TlsAuthority::Names{}, kNow).ok());
    }

    void keysAreWrittenForTheOwnerOnlyAndNothingIsOverwritten()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("tls"));
        auto pem = TlsAuthority::create(names(), kNow);
        QVERIFY(pem.ok());
        QVERIFY(TlsAuthority::write(*pem, folder).ok());
        const QDir dir(folder);
        for (const char *name : {TlsAuthority::kCaKey, TlsAuthority::kServerKey}) {
            const QFile::Permissions p =
                QFile::permissions(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(p & QFile::ReadOwner);
            QVERIFY(!(
                p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
        }
        QFile cert(dir.filePath(QString::fromLatin1(TlsAuthority::kServerCertificate)));
        QVERIFY(cert.open(QIODevice::ReadOnly));
        QCOMPARE(cert.readAll(), pem->serverCertificate);

        auto other = TlsAuthority::create(names(), kNow);
        QVERIFY(other.ok());
        auto again = TlsAuthority::write(*other, folder);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::InvalidState);
        QFile caKey(dir.filePath(QString::fromLatin1(TlsAuthority::kCaKey)));
        QVERIFY(caKey.open(QIODevice::ReadOnly));
        QCOMPARE(caKey.readAll(), pem->caKey); // the first authority stays
    }
};

QTEST_GUILESS_MAIN(TestTlsAuthority)
#include "testtlsauthority.moc"
