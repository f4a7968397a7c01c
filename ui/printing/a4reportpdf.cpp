// SPDX-License-Identifier: GPL-3.0-or-later
#include "a4reportpdf.h"

#include "a4pagewriter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

namespace tessera {

namespace {

constexpr int kPdfDpi = 300;

} // namespace

int A4ReportPdf::countPages(const QPaintDevice &device, const PrintStyle &style,
                            const LayOut &layOut)
{
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter counter(&scratch);
    counter.setResolution(device.logicalDpiY());
    if (!counter.setPageLayout(A4PageWriter::pageLayout()))
        return 0;
    QPainter painter;
    if (!painter.begin(&counter))
        return 0;
    const PrintStyle counting(counter, style.locale());
    A4PageWriter w(counter, counting, painter);
    layOut(w);
    painter.end();
    return w.page();
}

void A4ReportPdf::paint(QPagedPaintDevice &device, QPainter &painter, const PrintStyle &style,
                        const LayOut &layOut)
{
    // "Page n of N" needs N first: the same layout once on a scratch PDF of
    // the device's resolution (the same text metrics, so the same breaks).
    const int pages = countPages(device, style, layOut);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    A4PageWriter w(device, style, painter);
    w.numberPages(pages);
    layOut(w);
    w.finish();
    painter.restore();
}

Result<void> A4ReportPdf::write(const QString &pdfPath, const QString &title, const QLocale &locale,
                                const LayOut &layOut)
{
    QPdfWriter writer(pdfPath);
    writer.setResolution(kPdfDpi);
    writer.setCreator(QStringLiteral("Tessera"));
    writer.setTitle(title);
    if (!writer.setPageLayout(A4PageWriter::pageLayout()))
        return fail(ErrorCode::InvalidInput, tr("The page size was refused."));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(ErrorCode::StorageError,
                    tr("Cannot write %1.").arg(QFileInfo(pdfPath).fileName()), pdfPath);
    paint(writer, painter, PrintStyle(writer, locale), layOut);
    if (!painter.end())
        return fail(ErrorCode::StorageError,
                    tr("Cannot finish %1.").arg(QFileInfo(pdfPath).fileName()), pdfPath);
    return {};
}

} // namespace tessera
