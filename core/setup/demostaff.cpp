// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/demostaff.h"

#include "crypto/passwordhash.h"
#include "engine/engine.h"
#include "staff/staffcommands.h"

#include <future>

namespace tessera {

QList<DemoStaff::Member> DemoStaff::members()
{
    return {
        {QStringLiteral("admin"), QStringLiteral("Administrator"), Role::Admin,
         QStringLiteral("9999")},
        {QStringLiteral("manager"), QStringLiteral("Wang Fang"), Role::Manager,
         QStringLiteral("3333")},
        {QStringLiteral("supervisor"), QStringLiteral("Chen Jie"), Role::Supervisor,
         QStringLiteral("2222")},
        {QStringLiteral("cashier"), QStringLiteral("Li Na"), Role::Cashier, QStringLiteral("1111")},
        {QStringLiteral("ops"), QStringLiteral("Zhao Lei"), Role::Ops, QStringLiteral("4444")},
    };
}

Result<void> DemoStaff::seed(Engine &engine)
{
    const QList<Member> staff = members();
    // The PIN hash is slow on purpose; hash them side by side.
    std::vector<std::future<QString>> hashes;
    for (const Member &member : staff)
        hashes.push_back(
            std::async(std::launch::async, [pin = member.pin] { return PasswordHash::hash(pin); }));
    for (qsizetype i = 0; i < staff.size(); ++i) {
        const Member &member = staff[i];
        auto command = std::make_unique<CreateUserCommand>(member.name, member.displayName,
                                                           member.role, hashes[size_t(i)].get());
        // The first user is created in set-up mode; each later one by the admin.
        const QString actor = i == 0 ? QStringLiteral("demo") : staff[0].name;
        CommandOutcome outcome = engine.execute(
            std::move(command), QStringLiteral("demo-staff-%1").arg(member.name), actor);
        if (!outcome.result && outcome.result.error().code != ErrorCode::DuplicateId)
            return outcome.result.error();
    }
    return {};
}

} // namespace tessera
