// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace tessera {

class ConsoleContext;

// Before a payment or refund by `method` ("cash", "card", "qr"): when the box
// office's rule (ShiftPolicy) needs an open shift on this terminal and none
// is open, offers to open one with its float right there (OpenShiftDialog),
// then calls `proceed`; `cancelled` when the cashier declines. Without the
// need, `proceed` runs at once. The engine refuses such a payment anyway
// (`shift_required`); this spares the cashier the refusal and, for QR, a
// charge that could not be recorded.
void ensureShiftFor(ConsoleContext &context, QWidget *parent, const QString &method,
                    std::function<void()> proceed, std::function<void()> cancelled);

} // namespace tessera
