// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/permissiontable.h"

#include <QTest>

using namespace tessera;
using D = PermissionTable::Decision;

class TestPermissionTable : public QObject
{
    Q_OBJECT
private slots:
    void cashierSellsButRefundsOnlyWithApproval()
    {
        QCOMPARE(PermissionTable::decide(Role::Cashier, Permission::Sell), D::Allowed);
        QCOMPARE(PermissionTable::decide(Role::Cashier, Permission::Refund), D::NeedsOverride);
        QCOMPARE(PermissionTable::decide(Role::Cashier, Permission::CancelOrder), D::NeedsOverride);
        QCOMPARE(PermissionTable::decide(Role::Cashier, Permission::ManageEvents), D::Refused);
    }
    void supervisorApprovesRefundsButNotStaffChanges()
    {
        QVERIFY(PermissionTable::canOverride(Role::Supervisor, Permission::Refund));
        QVERIFY(!PermissionTable::canOverride(Role::Cashier, Permission::Refund));
        QCOMPARE(PermissionTable::decide(Role::Supervisor, Permission::ManageStaff), D::Refused);
    }
    void opsOnlyWatches()
    {
        QCOMPARE(PermissionTable::decide(Role::Ops, Permission::ViewReports), D::Allowed);
        QCOMPARE(PermissionTable::decide(Role::Ops, Permission::Sell), D::Refused);
    }
    void onlyAdminManagesStaffAndKeys()
    {
        for (const Role role : {Role::Cashier, Role::Supervisor, Role::Ops, Role::Manager}) {
            QCOMPARE(PermissionTable::decide(role, Permission::ManageStaff), D::Refused);
            QCOMPARE(PermissionTable::decide(role, Permission::RotateKeys), D::Refused);
        }
        QCOMPARE(PermissionTable::decide(Role::Admin, Permission::ManageStaff), D::Allowed);
    }
    void readsFollowWhatEachRoleSeesInTheConsole()
    {
        for (const Role role :
             {Role::Cashier, Role::Supervisor, Role::Ops, Role::Manager, Role::Admin})
            QCOMPARE(PermissionTable::decide(role, Permission::ViewCatalog), D::Allowed);
        QCOMPARE(PermissionTable::decide(Role::Cashier, Permission::ViewOrders), D::Allowed);
        QCOMPARE(PermissionTable::decide(Role::Ops, Permission::ViewOrders), D::Refused);
        QCOMPARE(PermissionTable::decide(Role::Cashier, Permission::ViewJournal), D::Refused);
        QCOMPARE(PermissionTable::decide(Role::Cashier, Permission::ViewAudit), D::Refused);
        QCOMPARE(PermissionTable::decide(Role::Ops, Permission::ViewAudit), D::Allowed);
        QCOMPARE(permissionName(Permission::ViewAudit), QStringLiteral("view_audit"));
    }
    void roleNamesRoundTrip()
    {
        for (const Role role :
             {Role::Cashier, Role::Supervisor, Role::Ops, Role::Manager, Role::Admin})
            QCOMPARE(roleFromName(roleName(role)), role);
        QVERIFY(!roleFromName(QStringLiteral("janitor")));
    }
};

QTEST_GUILESS_MAIN(TestPermissionTable)
#include "testpermissiontable.moc"
