// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/randomsource.h"
#include "crypto/sha256.h"
#include "enrolmentcode.h"

#include <QTest>

using namespace tessera;

class TestEnrolmentCode : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_ca = Sha256::digest({"a CA certificate"});

private slots:
    void aCodeReadsBackAsItWasWritten()
    {
        SecureRandom random;
        const EnrolmentCode code = EnrolmentCode::generate(random, m_ca);
        const QString text = code.text();
        QVERIFY(text.startsWith(QStringLiteral("TE1-")));
        QCOMPARE(text.count(QLatin1Char('-')), 5);
        auto parsed = EnrolmentCode::parse(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->secret, code.secret);
        QCOMPARE(parsed->secretHash(), code.secretHash());
        QVERIFY(parsed->isFor(m_ca));
        QVERIFY(!parsed->isFor(Sha256::digest({"another CA"})));
    }

    void whatAPersonTypesIsForgiven()
    {
        SecureRandom random;
        const EnrolmentCode code = EnrolmentCode::generate(random, m_ca);
        QString typed = code.text().toLower();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        auto parsed = EnrolmentCode::parse(QStringLiteral("  ") + typed + QStringLiteral(" "));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->secret, code.secret);
    }

    void twoCodesDiffer()
    {
        SecureRandom random;
        QVERIFY(EnrolmentCode::generate(random, m_ca).text() !=
                EnrolmentCode::generate(random, m_ca).text());
    }

    void badCodesAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("other prefix")
            << QStringLiteral("TK1-ABCD-EFGH-IJKL-MNOP-ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        QTest::newRow("short") << QStringLiteral("TE1-ABCD-EFGH");
        QTest::newRow("foreign character")
            << QStringLiteral("TE1-ABCD-EFGH-IJKL-MNO!-AAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("one too many")
            << QStringLiteral("TE1-ABCD-EFGH-IJKL-MNOP-AAAAAAAAAAAAAAAAAAAAAAAAAAA");
    }
    void badCodesAreRefusedNamingTheField()
    {
        QFETCH(QString, text);
        auto parsed = EnrolmentCode::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QCOMPARE(parsed.error().where, QStringLiteral("code"));
        QVERIFY(parsed.error().message.contains(QStringLiteral("TE1")));
    }
};

QTEST_GUILESS_MAIN(TestEnrolmentCode)
#include "testenrolmentcode.moc"
