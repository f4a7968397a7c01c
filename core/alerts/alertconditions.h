// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertinputs.h"
#include "alerts/alertrule.h"

namespace tessera {

// Measures one rule against the inputs at `nowMs`: the value the rule watches
// and whether it crosses the threshold. A "below" rule is breached under its
// threshold, terminal_silent at or over it, the others over it.
class AlertConditions
{
public:
    static AlertReading measure(const AlertRule &rule, const AlertInputs &inputs, qint64 nowMs);
    // The span of sales the figures must cover for `rules` (their widest window).
    static qint64 figuresSpanMs(const QList<AlertRule> &rules);
};

} // namespace tessera
