// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace tessera {

// What a member of staff is, from least to most trusted.
enum class Role : int { Cashier = 0, Supervisor = 1, Ops = 2, Manager = 3, Admin = 4 };

// Stable names, as stored and typed in the CLI: "cashier", "supervisor"...
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

} // namespace tessera
