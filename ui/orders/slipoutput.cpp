// SPDX-License-Identifier: GPL-3.0-or-later
#include "slipoutput.h"

#include "printing/slipdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QPrinter>

namespace tessera {

SlipOutput::Delivery SlipOutput::deliver(const PrintableSlip &slip, const QString &folder)
{
    const SlipDocument document(slip);
    Delivery d;
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        // A second refund on the order gets a slip of its own.
        QString path = QDir(folder).filePath(document.fileName());
        for (int n = 2; QFileInfo::exists(path); ++n)
            path = QDir(folder).filePath(document.fileName().chopped(4) +
                                         QStringLiteral("-%1.pdf").arg(n));
        auto written = document.writePdf(path);
        d.outcome = written ? Outcome::Saved : Outcome::Failed;
        d.path = path;
        if (!written)
            d.error = written.error().message;
        return d;
    }
    QPrinter printer(QPrinter::HighResolution);
    if (printer.printerName().isEmpty()) {
        d.outcome = Outcome::NoPrinter;
        return d;
    }
    auto printed = document.print(printer);
    d.outcome = printed ? Outcome::Printed : Outcome::Failed;
    if (!printed)
        d.error = printed.error().message;
    return d;
}

} // namespace tessera
