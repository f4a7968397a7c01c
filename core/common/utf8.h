// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>

namespace tessera {

// Appends `text` as UTF-8 to `out` without an intermediate allocation; the
// writer's hot path binds and writes many short strings.
void appendUtf8(std::string &out, QStringView text);

} // namespace tessera
