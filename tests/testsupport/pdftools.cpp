// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
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

QList<PdfWord> PdfTools::words(const QString &pdf) const
{
    const QString html =
        QString::fromUtf8(runTool(pdftotext, {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
    static const QRegularExpression tag(
        QStringLiteral(R"re(<page width="([0-9.]+)" height="([0-9.]+)">|<word xMin="([0-9.]+)" )re"
                       R"re(yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re"));
    QList<PdfWord> out;
    int page = -1;
    QSizeF size;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty()) {
            ++page;
            size = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
            continue;
        }
        PdfWord word;
        word.page = page;
        word.pageSize = size;
        word.box = QRectF(QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()),
                          QPointF(m.captured(5).toDouble(), m.captured(6).toDouble()));
        word.text = m.captured(7)
                        .replace(QStringLiteral("&amp;"), QStringLiteral("&"))
                        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                        .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        out.push_back(word);
    }
    return out;
}

} // namespace tessera::test
