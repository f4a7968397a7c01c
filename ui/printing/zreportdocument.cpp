// SPDX-License-Identifier: GPL-3.0-or-later
#include "zreportdocument.h"

#include "a4pagewriter.h"
#include "a4reportpdf.h"
#include "console/venuetime.h"
#include "printableorder.h"
#include "reportfields.h"
#include "sales/orderstate.h"

#include <QJsonArray>

namespace tessera {

namespace {

constexpr qreal kInner = A4PageWriter::kInner;
const QColor kMuted = A4PageWriter::kMuted;
// integer(), text(), array() of the report's JSON.
using namespace ReportFields;

} // namespace

QPageLayout ZReportDocument::pageLayout()
{
    return A4PageWriter::pageLayout();
}

QString ZReportDocument::fileName() const
{
    return QStringLiteral("zreport-%1-shift-%2.pdf")
        .arg(text(m_report, "terminal"))
        .arg(integer(m_report, "shift"));
}

void ZReportDocument::layOut(A4PageWriter &w) const
{
    const PrintStyle &s = w.style();
    const QFont body = s.font(9.5);
    const QFont bold = s.font(9.5, QFont::Bold);
    const QFont small = s.font(8);
    const QString currency = text(m_report, "currency");
    const QString terminal = text(m_report, "terminal");
    auto money = [&](qint64 minor) { return s.money(minor, currency); };
    auto when = [&](const char *name) {
        const QDateTime at = QDateTime::fromString(text(m_report, name), Qt::ISODate);
        return at.isValid() ? s.dateTime(at.toTimeZone(m_printedAt.timeZone())) : QString();
    };
    const bool closed = text(m_report, "state") == QLatin1String("closed");

    w.text(tr("Z-report"), s.font(22, QFont::Black));
    w.text(tr("Terminal %1 · Shift %2").arg(terminal).arg(integer(m_report, "shift")),
           s.font(13, QFont::Bold));
    if (!closed)
        w.text(tr("The shift is still open: interim figures, no drawer count."), bold,
               Qt::AlignLeft, QColor(0xb3, 0x26, 0x1e));
    w.rule(true);
    const qreal label = 34;
    w.row({{tr("Opened"), 0, label},
           {tr("%1 by %2").arg(when("opened_at"), text(m_report, "opened_by")), label,
            kInner - label}},
          body);
    if (closed)
        w.row({{tr("Closed"), 0, label},
               {tr("%1 by %2").arg(when("closed_at"), text(m_report, "closed_by")), label,
                kInner - label}},
              body);
    w.row({{tr("Float"), 0, label}, {money(integer(m_report, "float")), label, kInner - label}},
          body);
    if (!text(m_report, "note").isEmpty())
        w.row({{tr("Note"), 0, label}, {text(m_report, "note"), label, kInner - label}}, body);

    // Takings per method.
    w.heading(tr("Takings"));
    const qreal countX = 90;
    const qreal countW = 30;
    const qreal amountX = 124;
    const qreal amountW = kInner - amountX;
    w.row({{tr("Method"), 0, countX},
           {tr("Payments"), countX, countW, Qt::AlignRight},
           {tr("Amount"), amountX, amountW, Qt::AlignRight}},
          small, kMuted);
    qint64 takenTotal = 0;
    const QJsonArray takings = m_report.value(QStringLiteral("takings")).toArray();
    for (const QJsonValue &v : takings) {
        const QJsonObject t = v.toObject();
        const QString rowCurrency = text(t, "currency");
        QString method = PrintableOrder::methodName(text(t, "method"));
        if (rowCurrency != currency)
            method = tr("%1 (%2)").arg(method, rowCurrency);
        else
            takenTotal += integer(t, "amount");
        w.row({{method, 0, countX},
               {QString::number(integer(t, "count")), countX, countW, Qt::AlignRight},
               {s.money(integer(t, "amount"), rowCurrency), amountX, amountW, Qt::AlignRight}},
              body);
    }
    if (takings.isEmpty())
        w.text(tr("No payments were taken."), body, Qt::AlignLeft, kMuted);
    w.rule();
    w.row({{tr("Total taken"), 0, countX}, {money(takenTotal), amountX, amountW, Qt::AlignRight}},
          bold);
    const QJsonObject orders = m_report.value(QStringLiteral("orders")).toObject();
    w.skip(2);
    w.text(tr("Orders: %1 sold, %2 still unpaid, %3 cancelled, %4 refunded.")
               .arg(integer(orders, "sold"))
               .arg(integer(orders, "pending"))
               .arg(integer(orders, "cancelled"))
               .arg(integer(orders, "refunded")),
           body);

    // Refunds.
    w.heading(tr("Refunds"));
    const QJsonArray refunds = m_report.value(QStringLiteral("refunds")).toArray();
    const qreal reasonX = 32;
    const qreal refundX = 104;
    const qreal cashX = 142;
    if (refunds.isEmpty()) {
        w.text(tr("No refunds."), body, Qt::AlignLeft, kMuted);
    } else {
        w.row({{tr("Order"), 0, reasonX},
               {tr("Reason"), reasonX, refundX - reasonX - 2},
               {tr("Refunded"), refundX, cashX - refundX - 2, Qt::AlignRight},
               {tr("In cash"), cashX, kInner - cashX, Qt::AlignRight}},
              small, kMuted);
        for (const QJsonValue &v : refunds) {
            const QJsonObject r = v.toObject();
            QString reason = text(r, "reason");
            if (!text(r, "approved_by").isEmpty())
                reason = tr("%1 (approved by %2)").arg(reason, text(r, "approved_by"));
            const QString rowCurrency = text(r, "currency");
            w.row(
                {{orderNumber(terminal, integer(r, "order")), 0, reasonX},
                 {reason, reasonX, refundX - reasonX - 2},
                 {s.money(integer(r, "amount"), rowCurrency), refundX, cashX - refundX - 2,
                  Qt::AlignRight},
                 {s.money(integer(r, "cash"), rowCurrency), cashX, kInner - cashX, Qt::AlignRight}},
                body);
        }
        w.rule();
        w.row({{tr("Total"), 0, reasonX},
               {money(integer(m_report, "refunded_total")), refundX, cashX - refundX - 2,
                Qt::AlignRight},
               {money(integer(m_report, "cash_refunds")), cashX, kInner - cashX, Qt::AlignRight}},
              bold);
    }

    // Cash movements.
    w.heading(tr("Cash movements"));
    const QJsonArray movements = m_report.value(QStringLiteral("movements")).toArray();
    if (movements.isEmpty()) {
        w.text(tr("No cash was put in or taken out."), body, Qt::AlignLeft, kMuted);
    } else {
        const qreal kindX = 40;
        const qreal whyX = 62;
        const qreal byX = 112;
        w.row({{tr("Time"), 0, kindX},
               {tr("In / out"), kindX, whyX - kindX},
               {tr("Reason"), whyX, byX - whyX - 2},
               {tr("By"), byX, cashX - byX},
               {tr("Amount"), cashX, kInner - cashX, Qt::AlignRight}},
              small, kMuted);
        for (const QJsonValue &v : movements) {
            const QJsonObject m = v.toObject();
            const bool out = text(m, "kind") == QLatin1String("out");
            // The heading names the zone; the rows only give the time.
            const QDateTime at = QDateTime::fromString(text(m, "at"), Qt::ISODate);
            w.row({{VenueTime(m_printedAt.timeZone(), s.locale()).time(at), 0, kindX},
                   {out ? tr("Out") : tr("In"), kindX, whyX - kindX},
                   {text(m, "reason"), whyX, byX - whyX - 2},
                   {text(m, "actor"), byX, cashX - byX},
                   {money(out ? -integer(m, "amount") : integer(m, "amount")), cashX,
                    kInner - cashX, Qt::AlignRight}},
                  body);
        }
    }

    // The drawer count.
    if (closed) {
        w.heading(tr("Drawer count"));
        const qreal nX = 70;
        const qreal nW = 30;
        w.row({{tr("Note or coin"), 0, nX},
               {tr("Count"), nX, nW, Qt::AlignRight},
               {tr("Amount"), amountX, amountW, Qt::AlignRight}},
              small, kMuted);
        for (const QJsonValue &v : m_report.value(QStringLiteral("counted")).toArray()) {
            const QJsonObject c = v.toObject();
            w.row({{money(integer(c, "denomination")), 0, nX},
                   {QString::number(integer(c, "count")), nX, nW, Qt::AlignRight},
                   {money(integer(c, "amount")), amountX, amountW, Qt::AlignRight}},
                  body);
        }
        w.rule();
        w.row({{tr("Counted"), 0, nX},
               {money(integer(m_report, "counted_total")), amountX, amountW, Qt::AlignRight}},
              bold);
    }

    // Expected against counted.
    w.heading(tr("Cash in the drawer"));
    auto line = [&](const QString &what, qint64 amount, const QFont &font) {
        w.row({{what, 0, amountX}, {money(amount), amountX, amountW, Qt::AlignRight}}, font);
    };
    line(tr("Float"), integer(m_report, "float"), body);
    line(tr("+ Cash sales"), integer(m_report, "cash_sales"), body);
    line(tr("− Cash refunds"), integer(m_report, "cash_refunds"), body);
    line(tr("+ Cash in"), integer(m_report, "cash_in"), body);
    line(tr("− Cash out"), integer(m_report, "cash_out"), body);
    w.rule();
    line(tr("Expected in the drawer"), integer(m_report, "expected"), bold);
    if (closed) {
        line(tr("Counted"), integer(m_report, "counted_total"), bold);
        const qint64 difference = integer(m_report, "difference");
        const QString verdict = difference == 0  ? tr("Difference: balanced")
                                : difference > 0 ? tr("Difference: over")
                                                 : tr("Difference: short");
        line(verdict, difference, s.font(12, QFont::Bold));
        if (!text(m_report, "approved_by").isEmpty())
            w.text(tr("Difference approved by %1").arg(text(m_report, "approved_by")), bold);
    }

    // Signatures.
    w.keep(30);
    w.skip(6);
    const qreal half = (kInner - 12) / 2;
    w.signature(tr("Cashier: %1").arg(text(m_report, closed ? "closed_by" : "opened_by")), 0, half);
    w.signature(tr("Supervisor"), half + 12, half);
    w.skip(18);
    w.text(tr("Printed %1 · Tessera").arg(s.dateTime(m_printedAt)), small, Qt::AlignLeft, kMuted);
}

void ZReportDocument::paint(QPagedPaintDevice &device, QPainter &painter,
                            const PrintStyle &style) const
{
    A4ReportPdf::paint(device, painter, style, [this](A4PageWriter &w) { layOut(w); });
}

Result<void> ZReportDocument::writePdf(const QString &pdfPath, const QLocale &locale) const
{
    return A4ReportPdf::write(pdfPath,
                              tr("Z-report, terminal %1, shift %2")
                                  .arg(text(m_report, "terminal"))
                                  .arg(integer(m_report, "shift")),
                              locale, [this](A4PageWriter &w) { layOut(w); });
}

} // namespace tessera
