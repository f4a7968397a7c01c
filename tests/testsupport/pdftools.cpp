// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace tessera::test {

namespace {

QByteArray runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning("%s did not finish", qPrintable(program));
        return {};
    }
    return process.readAllStandardOutput();
}

} // namespace

PdfTools::PdfTools()
    : pdftoppm(QStandardPaths::findExecutable(QStringLiteral("pdftoppm")))
    , pdftotext(QStandardPaths::findExecutable(QStringLiteral("pdftotext")))
    , zbarimg(QStandardPaths::findExecutable(QStringLiteral("zbarimg")))
{}

bool PdfTools::present() const
{
    return !pdftoppm.isEmpty() && !pdftotext.isEmpty() && !zbarimg.isEmpty();
}

QStringList PdfTools::pages(const QString &pdf, const QString &prefix, int dpi) const
{
    runTool(pdftoppm,
            {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), pdf, prefix});
    const QFileInfo info(prefix);
    QStringList files =
        QDir(info.path())
            .entryList({info.fileName() + QStringLiteral("-*.png")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = QDir(info.path()).filePath(f);
    return files;
}

QString PdfTools::qrText(const QString &png) const
{
    return QString::fromLatin1(
        runTool(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), png}).trimmed());
}

QString PdfTools::text(const QString &pdf) const
{
    return QString::fromUtf8(runTool(pdftotext, {pdf, QStringLiteral("-")}));
}

} // namespace tessera::test
