// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scanoutcome.h"

#include <QColor>
#include <QString>

namespace tessera {

// How each verdict looks, so it can be told from a metre away: green to let
// in, red to refuse, dark purple for forgeries, amber to look twice.
struct VerdictStyle
{
    QColor background;
    QColor text;   // on the background
    QColor accent; // the verdict's colour on a light background (history)
    QString glyph; // a big tick, cross or warning sign

    static VerdictStyle of(ScanOutcome::Kind kind);
    // Waiting for the first scan.
    static VerdictStyle ready();
};

} // namespace tessera
