// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "resultassert.h"

#include "api/commandfactory.h"
#include "query/staffqueries.h"
#include "setup/demostaff.h"

#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

QStringList namesOf(const QList<StaffRow> &rows)
{
    QStringList names;
    for (const StaffRow &row : rows)
        names << row.name;
    return names;
}

void switchOff(EngineFixture &f, const QString &name)
{
    auto command = CommandFactory::fromJson(
        QStringLiteral("update_user"),
        QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("active"), false}});
    auto r = f.engine().execute(std::move(*command), QStringLiteral("off-") + name,
                                QStringLiteral("admin"));
    if (!r.result.ok())
        qFatal("cannot switch off: %s", qPrintable(r.result.error().toString()));
}

} // namespace

class TestStaffQueries : public QObject
{
    Q_OBJECT
private slots:
    void newBoxOfficeHasNoStaff()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto count = StaffQueries(db).count();
        TESSERA_VERIFY_OK(count);
        QCOMPARE(*count, 0);
        auto staff = StaffQueries(db).staff();
        TESSERA_VERIFY_OK(staff);
        QVERIFY(staff->isEmpty());
    }

    void staffListsActiveFirstThenMostTrusted()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(DemoStaff::seed(f.engine()));
        switchOff(f, QStringLiteral("manager"));
        SqliteDb db = f.reader();
        auto staff = StaffQueries(db).staff();
        TESSERA_VERIFY_OK(staff);
        QCOMPARE(namesOf(*staff),
                 (QStringList{QStringLiteral("admin"), QStringLiteral("ops"),
                              QStringLiteral("supervisor"), QStringLiteral("cashier"),
                              QStringLiteral("manager")}));
        QCOMPARE(staff->at(2).displayName, QStringLiteral("Chen Jie"));
        QCOMPARE(staff->at(2).role, Role::Supervisor);
        QVERIFY(!staff->at(4).active);
        auto count = StaffQueries(db).count();
        TESSERA_VERIFY_OK(count);
        QCOMPARE(*count, 5);
    }

    void activeLeavesOutSwitchedOffAndLesserRoles()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(DemoStaff::seed(f.engine()));
        switchOff(f, QStringLiteral("manager"));
        SqliteDb db = f.reader();
        auto everyone = StaffQueries(db).active();
        TESSERA_VERIFY_OK(everyone);
        QCOMPARE(namesOf(*everyone),
                 (QStringList{QStringLiteral("cashier"), QStringLiteral("supervisor"),
                              QStringLiteral("ops"), QStringLiteral("admin")}));
        auto approvers = StaffQueries(db).active(Role::Supervisor);
        TESSERA_VERIFY_OK(approvers);
        QCOMPARE(namesOf(*approvers),
                 (QStringList{QStringLiteral("supervisor"), QStringLiteral("ops"),
                              QStringLiteral("admin")}));
    }
};

QTEST_GUILESS_MAIN(TestStaffQueries)
#include "teststaffqueries.moc"
