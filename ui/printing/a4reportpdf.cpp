// SPDX-License-Identifier: GPL-3.0-or-later
#include "a4reportpdf.h"

#include "a4pagewriter.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

namespace tessera {

namespace {

constexpr int kPdfDpi = 300;

} // namespace

void A4ReportPdf::paint(QPagedPaintDevice &device, QPainter &painter, const PrintStyle &style,
                        const LayOut &layOut)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    A4PageWriter w(device, style, painter);
    layOut(w);
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
