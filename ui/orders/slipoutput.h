// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/printableslip.h"

#include <QString>

namespace tessera {

// Where a refund or exchange slip goes: a PDF in `folder` when one is set (a
// second slip of the same order gets a name of its own), otherwise the
// counter's default printer, with no dialog in the middle of handing money
// back. The caller says what happened in its own words.
class SlipOutput
{
public:
    enum class Outcome { Saved, Printed, NoPrinter, Failed };
    struct Delivery
    {
        Outcome outcome = Outcome::Failed;
        QString path;  // Saved: the PDF
        QString error; // Failed: why
    };

    static Delivery deliver(const PrintableSlip &slip, const QString &folder);
};

} // namespace tessera
