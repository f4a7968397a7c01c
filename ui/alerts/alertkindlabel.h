// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrule.h"

#include <QCoreApplication>

namespace tessera {

// What the screens call an alert kind and its threshold's unit.
class AlertKindLabel
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AlertKindLabel)

public:
    // "Payment success below", "Error code above"…
    static QString name(AlertKind kind);
    // " %", " per min", " min", " entries", " tickets", " ms" (a spin box suffix).
    static QString unitSuffix(AlertKind kind);
};

} // namespace tessera
