// SPDX-License-Identifier: GPL-3.0-or-later
// ReportQueries opens the sealed customer names of the orders a report lists.
#include "query/reportqueries.h"
#include "resultassert.h"

#include "../sales/salerequests.h"

#include <QtTest>

using namespace tessera;
using namespace tessera::test;

namespace {

qint64 sell(EngineFixture &f, const QString &seat, const QString &customer)
{
    QJsonObject sale = saleRequest(f.ids().event, QJsonArray{seatLine(seat)},
                                   QJsonArray{payment(QStringLiteral("card"), 38000)});
    if (!customer.isEmpty())
        sale.insert(QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), customer}});
    auto outcome = f.run(QStringLiteral("sell"), sale);
    if (!outcome.result)
        qFatal("%s", qPrintable(outcome.result.error().toString()));
    return outcome.result.value()[QStringLiteral("order")].toInteger();
}

} // namespace

class TestReportQueries : public QObject
{
    Q_OBJECT

private slots:
    void namesOfTheAskedOrdersAreOpenedWithTheKey()
    {
        EngineFixture f;
        const qint64 wang = sell(f, QStringLiteral("S-A-1"), QStringLiteral("王芳"));
        const qint64 nobody = sell(f, QStringLiteral("S-A-2"), QString());
        const qint64 other = sell(f, QStringLiteral("S-A-3"), QStringLiteral("Li Wei"));
        SqliteDb db = f.reader();
        const auto key = f.engine().dataKey(db);
        auto names = ReportQueries(db, key.get()).customerNames({wang, nobody});
        TESSERA_VERIFY_OK(names);
        QCOMPARE(*names, (QMap<qint64, QString>{{wang, QStringLiteral("王芳")}}));
        QVERIFY(!names->contains(other));
    }

    void withoutTheKeyNoNameIsShown()
    {
        EngineFixture f;
        const qint64 wang = sell(f, QStringLiteral("S-A-1"), QStringLiteral("王芳"));
        SqliteDb db = f.reader();
        auto names = ReportQueries(db, nullptr).customerNames({wang});
        TESSERA_VERIFY_OK(names);
        QVERIFY(names->isEmpty());
    }
};

QTEST_MAIN(TestReportQueries)
#include "testreportqueries.moc"
