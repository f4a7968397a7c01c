// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "staff/role.h"

#include <QList>

namespace tessera {

class Engine;

// The demo box office's staff, one per role, with PINs a demo can be given
// (README.md lists them). Only for a new demo database: real staff are
// created by a manager.
class DemoStaff
{
public:
    struct Member
    {
        QString name;
        QString displayName;
        Role role;
        QString pin;
    };

    static QList<Member> members();
    // Creates the members (an administrator first, so the database leaves
    // set-up mode with someone who can manage staff). Idempotent.
    static Result<void> seed(Engine &engine);
};

} // namespace tessera
