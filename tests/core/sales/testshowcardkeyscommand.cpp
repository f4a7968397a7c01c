// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestShowCardKeysCommand : public QObject
{
    Q_OBJECT
private slots:
    void keysAreDeliveredOnceThenRevealedOnlyWithAReasonAndAudited()
    {
        EngineFixture f;
        auto sold = f.run(
            QStringLiteral("sell"),
            QJsonObject{{QStringLiteral("lines"),
                         QJsonArray{QJsonObject{{QStringLiteral("card"), f.ids().cardProduct}}}},
                        {QStringLiteral("payments"),
                         QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                                {QStringLiteral("amount"), 10000}}}}});
        TESSERA_VERIFY_OK(sold.result);
        const qint64 order = sold.result.value()[QStringLiteral("order")].toInteger();
        const QJsonObject delivery{{QStringLiteral("order"), order},
                                   {QStringLiteral("mode"), QStringLiteral("delivery")}};
        auto first = f.run(QStringLiteral("deliver_card_keys"), delivery);
        TESSERA_VERIFY_OK(first.result);
        QCOMPARE(first.result.value()[QStringLiteral("lines")].toArray().size(), 1);

        auto second = f.run(QStringLiteral("deliver_card_keys"), delivery);
        QCOMPARE(second.result.error().code, ErrorCode::InvalidState);

        auto noReason = f.run(QStringLiteral("reveal_card_keys"),
                              QJsonObject{{QStringLiteral("order"), order},
                                          {QStringLiteral("mode"), QStringLiteral("reveal")}});
        QCOMPARE(noReason.result.error().code, ErrorCode::MissingField);
        auto reveal = f.run(QStringLiteral("reveal_card_keys"),
                            QJsonObject{{QStringLiteral("order"), order},
                                        {QStringLiteral("mode"), QStringLiteral("reveal")},
                                        {QStringLiteral("reason"), QStringLiteral("lost")}});
        TESSERA_VERIFY_OK(reveal.result);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'card_key_reveal'")),
                 1);
        // The keys never enter the journal's answers.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE result LIKE "
                                         "'%GC100-%'")),
                 0);
    }

    void unpaidOrdersShowNothing()
    {
        EngineFixture f;
        auto pending = f.run(
            QStringLiteral("sell"),
            QJsonObject{{QStringLiteral("lines"),
                         QJsonArray{QJsonObject{{QStringLiteral("card"), f.ids().cardProduct}}}}});
        TESSERA_VERIFY_OK(pending.result);
        auto shown = f.run(QStringLiteral("deliver_card_keys"),
                           QJsonObject{{QStringLiteral("order"),
                                        pending.result.value()[QStringLiteral("order")]}});
        QCOMPARE(shown.result.error().code, ErrorCode::InvalidState);
    }
};

QTEST_GUILESS_MAIN(TestShowCardKeysCommand)
#include "testshowcardkeyscommand.moc"
