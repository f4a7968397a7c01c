// SPDX-License-Identifier: GPL-3.0-or-later
#include "slipdocument.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace tessera {

namespace {

constexpr int kPdfDpi = 300;
constexpr qreal kMargin = RollWriter::kMargin;
constexpr qreal kInner = RollWriter::kInner;
const QColor kMuted(0x55, 0x55, 0x55);

} // namespace

qreal SlipDocument::layOut(RollWriter &w) const
{
    const PrintStyle &s = w.style();
    const QFont small = s.font(7);
    const QFont body = s.font(8.5);
    const QFont bold = s.font(8.5, QFont::Bold);
    const bool refund = m_slip.kind == PrintableSlip::Kind::Refund;

    if (!m_slip.venueName.isEmpty())
        w.text(m_slip.venueName, s.font(13, QFont::Bold), Qt::AlignHCenter);
    w.skip(1);
    w.banner(refund ? tr("REFUND SLIP") : tr("EXCHANGE SLIP"), s.font(11, QFont::Black));
    w.skip(2);
    w.text(tr("Order %1").arg(m_slip.orderNumber), s.font(11, QFont::Bold), Qt::AlignHCenter);
    if (m_slip.at.isValid())
        w.text(s.dateTime(m_slip.at), small, Qt::AlignHCenter);
    w.rule(true);
    if (!m_slip.eventLine.isEmpty()) {
        w.text(m_slip.eventLine, bold, Qt::AlignLeft);
        w.skip(0.8);
    }

    if (refund) {
        w.text(tr("Refunded"), small, Qt::AlignLeft, kMargin, kInner, kMuted);
        for (const PrintableLine &line : m_slip.lines) {
            w.row(line.title, s.money(line.price, m_slip.currency), body);
            if (!line.detail.isEmpty())
                w.text(line.detail, small, Qt::AlignLeft, kMargin + 2, kInner - 2, kMuted);
            w.skip(0.8);
        }
        w.rule();
        w.row(tr("Given back"), s.money(m_slip.amount, m_slip.currency), s.font(11, QFont::Bold));
        if (!m_slip.reason.isEmpty())
            w.row(tr("Reason"), m_slip.reason, small);
    } else {
        const QList<QString> captions{tr("Returned"), tr("Issued instead")};
        for (qsizetype i = 0; i < m_slip.lines.size(); ++i) {
            const PrintableLine &line = m_slip.lines[i];
            w.text(captions.value(qMin(i, qsizetype(1))), small, Qt::AlignLeft, kMargin, kInner,
                   kMuted);
            w.row(line.title, s.money(line.price, m_slip.currency), body);
            if (!line.detail.isEmpty())
                w.text(line.detail, small, Qt::AlignLeft, kMargin + 2, kInner - 2, kMuted);
            w.skip(0.8);
        }
        w.rule();
        const QString difference = s.money(qAbs(m_slip.amount), m_slip.currency);
        if (m_slip.amount > 0)
            w.row(tr("Customer paid"), difference, s.font(11, QFont::Bold));
        else if (m_slip.amount < 0)
            w.row(tr("Given back"), difference, s.font(11, QFont::Bold));
        else
            w.row(tr("Difference"), difference, s.font(11, QFont::Bold));
    }

    w.rule(true);
    w.row(tr("Terminal"), m_slip.terminal, small);
    w.row(refund ? tr("Refunded by") : tr("Exchanged by"), m_slip.cashier, small);
    if (!m_slip.approvedBy.isEmpty())
        w.row(tr("Approved by"), m_slip.approvedBy, small);
    w.signature(tr("Customer's signature"), small);
    w.skip(kMargin + 4); // room for the cutter
    return w.y();
}

qreal SlipDocument::heightMm(const QPaintDevice &device, const QLocale &locale) const
{
    const PrintStyle style(device, locale);
    RollWriter measure(device, style, nullptr);
    return layOut(measure);
}

QPageLayout SlipDocument::pageLayout(const QPaintDevice &device, const QLocale &locale) const
{
    return QPageLayout(QPageSize(QSizeF(RollWriter::kWidthMm, heightMm(device, locale)),
                                 QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

void SlipDocument::paint(QPainter &painter, const PrintStyle &style) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    RollWriter w(*painter.device(), style, &painter);
    layOut(w);
    painter.restore();
}

QString SlipDocument::fileName() const
{
    return m_slip.orderNumber + (m_slip.kind == PrintableSlip::Kind::Refund
                                     ? QStringLiteral("-refund.pdf")
                                     : QStringLiteral("-exchange.pdf"));
}

Result<void> SlipDocument::render(QPagedPaintDevice &device, const QLocale &locale) const
{
    if (!device.setPageLayout(pageLayout(device, locale)))
        return fail(ErrorCode::InvalidInput, tr("The page size was refused."));
    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorCode::StorageError, tr("The printer cannot be opened."));
    paint(painter, PrintStyle(device, locale));
    if (!painter.end())
        return fail(ErrorCode::StorageError, tr("The printout could not be finished."));
    return {};
}

Result<void> SlipDocument::writePdf(const QString &pdfPath, const QLocale &locale) const
{
    QPdfWriter writer(pdfPath);
    writer.setResolution(kPdfDpi);
    writer.setCreator(QStringLiteral("Tessera"));
    writer.setTitle(fileName());
    auto done = render(writer, locale);
    if (!done && done.error().code == ErrorCode::StorageError)
        return fail(ErrorCode::StorageError,
                    tr("Cannot write %1.").arg(QFileInfo(pdfPath).fileName()), pdfPath);
    return done;
}

Result<void> SlipDocument::print(QPrinter &printer, const QLocale &locale) const
{
    printer.setCreator(QStringLiteral("Tessera"));
    printer.setDocName(fileName());
    return render(printer, locale);
}

} // namespace tessera
