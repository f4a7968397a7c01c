// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace tessera::test {

// A word pdftotext found, with its box in points from the page's top left.
struct PdfWord
{
    int page = 0; // 0-based
    QString text;
    QRectF box;
    QSizeF pageSize; // points
};

// Reads back what the console printed, with the tools the install script
// puts in place (poppler-utils, zbar-tools): pages as PNG, text, QR codes.
struct PdfTools
{
    QString pdftoppm;
    QString pdftotext;
    QString zbarimg;

    PdfTools();
    bool present() const;
    // One PNG per page at `dpi`, in page order.
    QStringList pages(const QString &pdf, const QString &prefix, int dpi = 150) const;
    // The text of the first QR code on a PNG page (empty when none decodes).
    QString qrText(const QString &png) const;
    QString text(const QString &pdf) const;
    // Every word with where it is drawn (pdftotext -bbox).
    QList<PdfWord> words(const QString &pdf) const;
};

} // namespace tessera::test
