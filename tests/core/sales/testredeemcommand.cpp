// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"
#include "salerequests.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kRedeem = QStringLiteral("redeem");

struct Tickets
{
    qint64 order = 0;
    qint64 seatLine = 0;
    QString seatCode;
    QString gaCode;
    qint64 cardLine = 0;
};

Tickets sellTickets(EngineFixture &f)
{
    auto sold =
        f.run(QStringLiteral("sell"), saleRequest(f.ids().event,
                                                  QJsonArray{seatLine(QStringLiteral("S-A-1")),
                                                             gaLine(f.ids().standingQuota, 1),
                                                             cardLine(f.ids().cardProduct, 1)},
                                                  QJsonArray{cash(38000 + 12000 + 10000)}));
    if (!sold.result.ok())
        qFatal("sale failed: %s", qPrintable(sold.result.error().toString()));
    const QJsonObject r = sold.result.value();
    const QJsonArray tickets = r[QStringLiteral("tickets")].toArray();
    return Tickets{r[QStringLiteral("order")].toInteger(),
                   tickets[0][QStringLiteral("line")].toInteger(),
                   tickets[0][QStringLiteral("code")].toString(),
                   tickets[1][QStringLiteral("code")].toString(),
                   r[QStringLiteral("cards")].toArray()[0][QStringLiteral("line")].toInteger()};
}

QJsonObject redeemRequest(const QString &code, const QString &gate, qint64 event = 0)
{
    QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("gate"), gate}};
    if (event)
        o.insert(QStringLiteral("event"), event);
    return o;
}

// The code with its last secret character changed (still well-formed).
QString withWrongSecret(const QString &code)
{
    QString forged = code;
    const QChar last = forged.back();
    forged.back() = last == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    return forged;
}

} // namespace

class TestRedeemCommand : public QObject
{
    Q_OBJECT
private slots:
    void firstScanLetsTicketIn()
    {
        EngineFixture f;
        const Tickets t = sellTickets(f);
        auto in = f.run(kRedeem, redeemRequest(t.seatCode, QStringLiteral("North"), f.ids().event));
        TESSERA_VERIFY_OK(in.result);
        const QJsonObject r = in.result.value();
        QCOMPARE(r[QStringLiteral("line")].toInteger(), t.seatLine);
        QCOMPARE(r[QStringLiteral("order")].toInteger(), t.order);
        QCOMPARE(r[QStringLiteral("event")].toInteger(), f.ids().event);
        QCOMPARE(r[QStringLiteral("gate")].toString(), QStringLiteral("North"));
        QCOMPARE(r[QStringLiteral("redeemed_at")].toInteger(), f.clock().nowMs());
        QCOMPARE(f.scalar(QStringLiteral("SELECT redeemed_at FROM order_lines WHERE id = %1")
                              .arg(t.seatLine)),
                 f.clock().nowMs());
        QCOMPARE(f.scalar(QStringLiteral("SELECT redeemed_gate = 'North' FROM order_lines "
                                         "WHERE id = %1")
                              .arg(t.seatLine)),
                 1);
        // Each ticket of the order is its own entry.
        TESSERA_VERIFY_OK(f.run(kRedeem, redeemRequest(t.gaCode, QStringLiteral("North"))).result);
    }

    void secondScanIsRefusedNamingTheFirst()
    {
        EngineFixture f;
        const Tickets t = sellTickets(f);
        const qint64 firstAt = f.clock().nowMs();
        TESSERA_VERIFY_OK(
            f.run(kRedeem, redeemRequest(t.seatCode, QStringLiteral("North"))).result);
        f.clock().advance(5 * 60 * 1000);
        auto again = f.run(kRedeem, redeemRequest(t.seatCode, QStringLiteral("South")));
        TESSERA_VERIFY_REFUSED(again, ErrorCode::AlreadyRedeemed, QStringLiteral("code"));
        const QString message = again.result.error().message;
        const QString firstTime =
            QDateTime::fromMSecsSinceEpoch(firstAt, Qt::UTC).toString(Qt::ISODate);
        QVERIFY2(message.contains(firstTime), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("North")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("South")), qPrintable(message));
        QCOMPARE(f.scalar(QStringLiteral("SELECT redeemed_at FROM order_lines WHERE id = %1")
                              .arg(t.seatLine)),
                 firstAt);
    }

    void forgedCodeIsNotFound_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("wrong secret") << QStringLiteral("wrong secret");
        QTest::newRow("lower-case hex") << QStringLiteral("lower-case hex");
        QTest::newRow("unknown line") << QStringLiteral("unknown line");
        QTest::newRow("card key line") << QStringLiteral("card key line");
        QTest::newRow("plain text") << QStringLiteral("hello gate");
        QTest::newRow("other prefix") << QStringLiteral("other prefix");
        QTest::newRow("short secret") << QStringLiteral("short secret");
        QTest::newRow("line not a number") << QStringLiteral("line not a number");
    }

    void forgedCodeIsNotFound()
    {
        QFETCH(QString, kind);
        EngineFixture f;
        const Tickets t = sellTickets(f);
        const QString secret = t.seatCode.section(QLatin1Char('-'), 2);
        QString code;
        if (kind == QLatin1String("wrong secret"))
            code = withWrongSecret(t.seatCode);
        else if (kind == QLatin1String("lower-case hex"))
            code = QStringLiteral("TK1-%1-abcdef0123456789").arg(t.seatLine);
        else if (kind == QLatin1String("unknown line"))
            code = QStringLiteral("TK1-%1-%2").arg(t.seatLine + 1000).arg(secret);
        else if (kind == QLatin1String("card key line"))
            code = QStringLiteral("TK1-%1-%2").arg(t.cardLine).arg(secret);
        else if (kind == QLatin1String("other prefix"))
            code = QStringLiteral("TK2-%1-%2").arg(t.seatLine).arg(secret);
        else if (kind == QLatin1String("short secret"))
            code = QStringLiteral("TK1-%1-%2").arg(t.seatLine).arg(secret.left(15));
        else if (kind == QLatin1String("line not a number"))
            code = QStringLiteral("TK1-one-%1").arg(secret);
        else
            code = kind;
        auto r = f.run(kRedeem, redeemRequest(code, QStringLiteral("North")));
        TESSERA_VERIFY_REFUSED(r, ErrorCode::NotFound, QStringLiteral("code"));
        QCOMPARE(count(f, QStringLiteral("order_lines"), QStringLiteral("redeemed_at IS NOT NULL")),
                 0);
        // The real ticket still gets in.
        TESSERA_VERIFY_OK(
            f.run(kRedeem, redeemRequest(t.seatCode, QStringLiteral("North"))).result);
    }

    void refundedTicketIsVoid()
    {
        EngineFixture f;
        const Tickets t = sellTickets(f);
        TESSERA_VERIFY_OK(f.run(QStringLiteral("refund"),
                                QJsonObject{{QStringLiteral("order"), t.order},
                                            {QStringLiteral("lines"), QJsonArray{t.seatLine}},
                                            {QStringLiteral("reason"), QStringLiteral("ill")}})
                              .result);
        TESSERA_VERIFY_REFUSED(f.run(kRedeem, redeemRequest(t.seatCode, QStringLiteral("North"))),
                               ErrorCode::InvalidState, QStringLiteral("code"));
        // The rest of a partly refunded order stays valid.
        TESSERA_VERIFY_OK(f.run(kRedeem, redeemRequest(t.gaCode, QStringLiteral("North"))).result);
    }

    void ticketOfUnpaidOrderIsNotValid()
    {
        EngineFixture f;
        auto pending =
            f.run(QStringLiteral("sell"),
                  saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))}));
        TESSERA_VERIFY_OK(pending.result);
        const qint64 line = pending.result.value()[QStringLiteral("tickets")]
                                .toArray()[0][QStringLiteral("line")]
                                .toInteger();
        // Even someone who read the secret off the database cannot use it yet.
        SqliteDb db = f.reader();
        auto stmt =
            db.prepare(QStringLiteral("SELECT secret FROM order_lines WHERE id = %1").arg(line));
        TESSERA_VERIFY_OK(stmt);
        auto row = stmt->step();
        TESSERA_VERIFY_OK(row);
        QVERIFY(*row);
        const QString code = QStringLiteral("TK1-%1-%2").arg(line).arg(stmt->columnText(0));
        stmt->reset();
        TESSERA_VERIFY_REFUSED(f.run(kRedeem, redeemRequest(code, QStringLiteral("North"))),
                               ErrorCode::InvalidState, QStringLiteral("code"));
    }

    void ticketForAnotherEventIsRefused()
    {
        EngineFixture f;
        const Tickets t = sellTickets(f);
        auto wrong =
            f.run(kRedeem, redeemRequest(t.seatCode, QStringLiteral("North"), f.ids().event + 1));
        TESSERA_VERIFY_REFUSED(wrong, ErrorCode::WrongEvent, QStringLiteral("code"));
        QCOMPARE(count(f, QStringLiteral("order_lines"), QStringLiteral("redeemed_at IS NOT NULL")),
                 0);
        TESSERA_VERIFY_OK(
            f.run(kRedeem, redeemRequest(t.seatCode, QStringLiteral("North"), f.ids().event))
                .result);
    }

    void sameKeyReplaysFirstAnswer()
    {
        EngineFixture f;
        const Tickets t = sellTickets(f);
        const QString key = QStringLiteral("gate-north:scan-1");
        auto first = f.run(kRedeem, redeemRequest(t.seatCode, QStringLiteral("North")), key);
        TESSERA_VERIFY_OK(first.result);
        f.clock().advance(2000);
        auto retried = f.run(kRedeem, redeemRequest(t.seatCode, QStringLiteral("North")), key);
        TESSERA_VERIFY_OK(retried.result);
        QVERIFY(retried.replayed);
        QCOMPARE(retried.result.value(), first.result.value());
        QCOMPARE(retried.journalSeq, first.journalSeq);
        QCOMPARE(count(f, QStringLiteral("journal"), QStringLiteral("kind = 'redeem'")), 1);

        // A new scan of the same ticket is a second entry attempt.
        TESSERA_VERIFY_REFUSED(f.run(kRedeem, redeemRequest(t.seatCode, QStringLiteral("North"))),
                               ErrorCode::AlreadyRedeemed, QStringLiteral("code"));
    }

    void codeAndGateAreRequired()
    {
        EngineFixture f;
        const Tickets t = sellTickets(f);
        TESSERA_VERIFY_REFUSED(
            f.run(kRedeem, QJsonObject{{QStringLiteral("gate"), QStringLiteral("North")}}),
            ErrorCode::MissingField, QStringLiteral("code"));
        TESSERA_VERIFY_REFUSED(f.run(kRedeem, QJsonObject{{QStringLiteral("code"), t.seatCode}}),
                               ErrorCode::MissingField, QStringLiteral("gate"));
    }
};

QTEST_GUILESS_MAIN(TestRedeemCommand)
#include "testredeemcommand.moc"
