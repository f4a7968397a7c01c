// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "printstyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <functional>

class QPainter;
class QPagedPaintDevice;
class QPaintDevice;

namespace tessera {

class A4PageWriter;

// Puts an A4 report (the Z-report, the day-end report), laid out from the top
// down on an A4PageWriter, on a printer or into a PDF file at 300 dpi.
class A4ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(tessera::A4ReportPdf)

public:
    using LayOut = std::function<void(A4PageWriter &)>;

    // Paints every page on `device` (a QPdfWriter or a QPrinter, already
    // painting with `painter`), starting new pages as it needs.
    static void paint(QPagedPaintDevice &device, QPainter &painter, const PrintStyle &style,
                      const LayOut &layOut);
    // How many pages `layOut` takes on a device like `device`.
    static int countPages(const QPaintDevice &device, const PrintStyle &style,
                          const LayOut &layOut);
    // Writes the report to `pdfPath`, with `title` in the PDF's properties.
    static Result<void> write(const QString &pdfPath, const QString &title, const QLocale &locale,
                              const LayOut &layOut);
};

} // namespace tessera
