// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"

#include "api/commandfactory.h"
#include "engine/engine.h"
#include "staff/staffcommands.h"

#include <QJsonArray>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

// Cheap hashes keep the test fast; the PIN itself is never checked here.
const QString kHash = QStringLiteral("pbkdf2-sha256$1000$c2FsdA==$aGFzaA==");

QJsonObject seatSale(qint64 event, const QString &seat)
{
    return QJsonObject{
        {QStringLiteral("event"), event},
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("seat"), seat}}}},
        {QStringLiteral("payments"),
         QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                {QStringLiteral("amount"), 38000}}}}};
}

CommandOutcome as(EngineFixture &f, const QString &actor, const QString &overrideBy,
                  const QString &kind, const QJsonObject &json)
{
    static int key = 0;
    auto command = CommandFactory::fromJson(kind, json);
    if (!command)
        qFatal("bad command: %s", qPrintable(command.error().toString()));
    return f.engine().execute(CommandRequest(
        std::move(*command), QStringLiteral("staff-%1").arg(++key), actor, overrideBy));
}

void addStaff(EngineFixture &f)
{
    for (const auto &[name, role] :
         {std::pair{"ada", Role::Admin}, std::pair{"carl", Role::Cashier},
          std::pair{"sue", Role::Supervisor}, std::pair{"otto", Role::Ops}}) {
        auto r = f.engine().execute(
            std::make_unique<CreateUserCommand>(QString::fromLatin1(name), QString(), role, kHash),
            QStringLiteral("user-") + QLatin1String(name), QStringLiteral("ada"));
        if (!r.result.ok())
            qFatal("cannot add staff: %s", qPrintable(r.result.error().toString()));
    }
}

} // namespace

class TestStaffDirectory : public QObject
{
    Q_OBJECT
private slots:
    void withoutStaffEverythingIsAllowed()
    {
        EngineFixture f;
        QVERIFY(f.run(QStringLiteral("sell"), seatSale(f.ids().event, QStringLiteral("S-A-1")))
                    .result.ok());
    }

    void cashierRefundNeedsSupervisorAndBothNamesAreRecorded()
    {
        EngineFixture f;
        addStaff(f);
        auto sold = as(f, QStringLiteral("carl"), {}, QStringLiteral("sell"),
                       seatSale(f.ids().event, QStringLiteral("S-A-1")));
        TESSERA_VERIFY_OK(sold.result);
        const qint64 order = sold.result.value()[QStringLiteral("order")].toInteger();
        const QJsonObject refund{{QStringLiteral("order"), order},
                                 {QStringLiteral("reason"), QStringLiteral("customer ill")}};

        auto alone = as(f, QStringLiteral("carl"), {}, QStringLiteral("refund"), refund);
        QVERIFY(!alone.result.ok());
        QCOMPARE(alone.result.error().code, ErrorCode::OverrideRequired);

        auto byCashier =
            as(f, QStringLiteral("carl"), QStringLiteral("carl"), QStringLiteral("refund"), refund);
        QCOMPARE(byCashier.result.error().code, ErrorCode::PermissionDenied);

        auto approved =
            as(f, QStringLiteral("carl"), QStringLiteral("sue"), QStringLiteral("refund"), refund);
        TESSERA_VERIFY_OK(approved.result);
        QCOMPARE(approved.result.value()[QStringLiteral("approved_by")].toString(),
                 QStringLiteral("sue"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM refunds WHERE actor = 'carl' "
                                         "AND approved_by = 'sue'")),
                 1);
    }

    void supervisorRefundsWithoutApproval()
    {
        EngineFixture f;
        addStaff(f);
        auto sold = as(f, QStringLiteral("sue"), {}, QStringLiteral("sell"),
                       seatSale(f.ids().event, QStringLiteral("S-A-2")));
        TESSERA_VERIFY_OK(sold.result);
        auto refund =
            as(f, QStringLiteral("sue"), {}, QStringLiteral("refund"),
               QJsonObject{{QStringLiteral("order"), sold.result.value()[QStringLiteral("order")]},
                           {QStringLiteral("reason"), QStringLiteral("double booked")}});
        TESSERA_VERIFY_OK(refund.result);
    }

    void cashierCannotSetUpEventsOrStaff()
    {
        EngineFixture f;
        addStaff(f);
        auto product = as(f, QStringLiteral("carl"), {}, QStringLiteral("create_card_product"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Voucher")},
                                      {QStringLiteral("price"), 5000},
                                      {QStringLiteral("currency"), QStringLiteral("CNY")}});
        QCOMPARE(product.result.error().code, ErrorCode::PermissionDenied);
        auto user = f.engine().execute(
            CommandRequest(std::make_unique<CreateUserCommand>(QStringLiteral("eve"), QString(),
                                                               Role::Admin, kHash),
                           QStringLiteral("eve"), QStringLiteral("carl")));
        QCOMPARE(user.result.error().code, ErrorCode::PermissionDenied);
    }

    void opsCannotSellAndStrangersCannotDoAnything()
    {
        EngineFixture f;
        addStaff(f);
        auto ops = as(f, QStringLiteral("otto"), {}, QStringLiteral("sell"),
                      seatSale(f.ids().event, QStringLiteral("S-A-3")));
        QCOMPARE(ops.result.error().code, ErrorCode::PermissionDenied);
        auto stranger = as(f, QStringLiteral("mallory"), {}, QStringLiteral("sell"),
                           seatSale(f.ids().event, QStringLiteral("S-A-3")));
        QCOMPARE(stranger.result.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(stranger.result.error().where, QStringLiteral("actor"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
    }

    void switchedOffAccountCannotAct()
    {
        EngineFixture f;
        addStaff(f);
        TESSERA_VERIFY_OK(as(f, QStringLiteral("ada"), {}, QStringLiteral("update_user"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("carl")},
                                         {QStringLiteral("active"), false}})
                              .result);
        auto r = as(f, QStringLiteral("carl"), {}, QStringLiteral("sell"),
                    seatSale(f.ids().event, QStringLiteral("S-A-4")));
        QCOMPARE(r.result.error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestStaffDirectory)
#include "teststaffdirectory.moc"
