// SPDX-License-Identifier: GPL-3.0-or-later
#include "dayenddocument.h"

#include "a4pagewriter.h"
#include "a4reportpdf.h"
#include "console/venuetime.h"
#include "printableorder.h"
#include "reportfields.h"

#include <QJsonArray>

namespace tessera {

namespace {

constexpr qreal kInner = A4PageWriter::kInner;
const QColor kMuted = A4PageWriter::kMuted;
// integer(), text(), array() of the report's JSON.
using namespace ReportFields;

} // namespace

QString DayEndDocument::fileName(const QString &suffix) const
{
    return QStringLiteral("day-end-%1.%2").arg(text(m_report, "date"), suffix);
}

void DayEndDocument::layOut(A4PageWriter &w) const
{
    const PrintStyle &s = w.style();
    const QFont body = s.font(9.5);
    const QFont bold = s.font(9.5, QFont::Bold);
    const QFont small = s.font(8);
    // Every time in the business day's zone, named (not the PC's).
    const VenueTime zone(QTimeZone(text(m_report, "zone").toUtf8()));
    auto when = [&](const QJsonObject &o, const char *name) {
        const QDateTime at = QDateTime::fromString(text(o, name), Qt::ISODate);
        return at.isValid() ? zone.dateTimeWithZone(at) : QString();
    };
    const QDate day = QDate::fromString(text(m_report, "date"), Qt::ISODate);

    w.text(tr("Day-end report"), s.font(22, QFont::Black));
    w.text(s.date(QDateTime(day, QTime(12, 0))), s.font(13, QFont::Bold));
    w.text(tr("Every shift and terminal of the business day (time zone %1).")
               .arg(text(m_report, "zone")),
           body, Qt::AlignLeft, kMuted);
    w.rule(true);

    const qreal countX = 90;
    const qreal countW = 30;
    const qreal amountX = 124;
    const qreal amountW = kInner - amountX;
    auto line = [&](const QString &what, const QString &amount, const QFont &font) {
        w.row({{what, 0, amountX}, {amount, amountX, amountW, Qt::AlignRight}}, font);
    };

    // Totals per currency.
    w.heading(tr("Totals"));
    const QJsonArray totals = array(m_report, "totals");
    if (totals.isEmpty())
        w.text(tr("Nothing was taken or refunded."), body, Qt::AlignLeft, kMuted);
    for (const QJsonValue &v : totals) {
        const QJsonObject t = v.toObject();
        const QString currency = text(t, "currency");
        auto money = [&](const char *key) { return s.money(integer(t, key), currency); };
        line(tr("Taken"), money("taken"), body);
        line(tr("− Refunded"), money("refunded"), body);
        w.rule();
        line(tr("Net takings"), money("net"), s.font(12, QFont::Bold));
        line(tr("Cash taken"), money("cash_taken"), body);
        line(tr("Cash paid back"), money("cash_refunded"), body);
        w.skip(2);
    }

    // Takings per method.
    w.heading(tr("Takings by payment method"));
    w.row({{tr("Method"), 0, countX},
           {tr("Payments"), countX, countW, Qt::AlignRight},
           {tr("Amount"), amountX, amountW, Qt::AlignRight}},
          small, kMuted);
    const QJsonArray takings = array(m_report, "takings");
    for (const QJsonValue &v : takings) {
        const QJsonObject t = v.toObject();
        w.row(
            {{tr("%1 (%2)").arg(PrintableOrder::methodName(text(t, "method")), text(t, "currency")),
              0, countX},
             {QString::number(integer(t, "count")), countX, countW, Qt::AlignRight},
             {s.money(integer(t, "amount"), text(t, "currency")), amountX, amountW,
              Qt::AlignRight}},
            body);
    }
    if (takings.isEmpty())
        w.text(tr("No payments were taken."), body, Qt::AlignLeft, kMuted);

    // Refunds and voids.
    w.heading(tr("Refunds and voids"));
    w.row({{QString(), 0, countX},
           {tr("Count"), countX, countW, Qt::AlignRight},
           {tr("Amount"), amountX, amountW, Qt::AlignRight}},
          small, kMuted);
    for (const QJsonValue &v : array(m_report, "refunds")) {
        const QJsonObject r = v.toObject();
        const QString currency = text(r, "currency");
        w.row({{tr("Refunds"), 0, countX},
               {QString::number(integer(r, "count")), countX, countW, Qt::AlignRight},
               {s.money(integer(r, "amount"), currency), amountX, amountW, Qt::AlignRight}},
              body);
        w.row({{tr("of which paid back in cash"), 0, countX},
               {s.money(integer(r, "cash"), currency), amountX, amountW, Qt::AlignRight}},
              body, kMuted);
    }
    for (const QJsonValue &v : array(m_report, "voids")) {
        const QJsonObject o = v.toObject();
        w.row({{tr("Voids (unpaid orders cancelled)"), 0, countX},
               {QString::number(integer(o, "count")), countX, countW, Qt::AlignRight},
               {s.money(integer(o, "amount"), text(o, "currency")), amountX, amountW,
                Qt::AlignRight}},
              body);
    }
    w.row({{tr("Unpaid orders expired"), 0, countX},
           {QString::number(integer(m_report, "expired")), countX, countW, Qt::AlignRight}},
          body);

    // Cash movements.
    const QString drawerCurrency =
        totals.isEmpty() ? QString() : text(totals.first().toObject(), "currency");
    w.heading(tr("Cash movements"));
    line(tr("Cash put in"), s.money(integer(m_report, "cash_in"), drawerCurrency), body);
    line(tr("Cash taken out"), s.money(integer(m_report, "cash_out"), drawerCurrency), body);

    // Shifts.
    w.heading(tr("Shifts"));
    const QJsonArray shifts = array(m_report, "shifts");
    const qreal openX = 26;
    const qreal expectedX = 96;
    const qreal countedX = 122;
    const qreal differenceX = 148;
    const qreal colW = 24;
    w.row({{tr("Shift"), 0, openX},
           {tr("Opened / closed"), openX, expectedX - openX - 2},
           {tr("Expected"), expectedX, colW, Qt::AlignRight},
           {tr("Counted"), countedX, colW, Qt::AlignRight},
           {tr("Difference"), differenceX, kInner - differenceX, Qt::AlignRight}},
          small, kMuted);
    for (const QJsonValue &v : shifts) {
        const QJsonObject sh = v.toObject();
        const QString currency = text(sh, "currency");
        const bool closed = text(sh, "state") == QLatin1String("closed");
        QString times = tr("%1 by %2").arg(when(sh, "opened_at"), text(sh, "opened_by"));
        times += QLatin1Char('\n') +
                 (closed ? tr("%1 by %2").arg(when(sh, "closed_at"), text(sh, "closed_by"))
                         : tr("still open"));
        QString difference;
        if (closed) {
            difference = s.money(integer(sh, "difference"), currency);
            if (!text(sh, "approved_by").isEmpty())
                difference += QLatin1Char('\n') + tr("approved by %1").arg(text(sh, "approved_by"));
        }
        w.row({{tr("%1 · %2").arg(integer(sh, "shift")).arg(text(sh, "terminal")), 0, openX},
               {times, openX, expectedX - openX - 2},
               {s.money(integer(sh, "expected"), currency), expectedX, colW, Qt::AlignRight},
               {closed ? s.money(integer(sh, "counted"), currency) : QString(), countedX, colW,
                Qt::AlignRight},
               {difference, differenceX, kInner - differenceX, Qt::AlignRight}},
              body);
    }
    if (shifts.isEmpty())
        w.text(tr("No shift was opened this day."), body, Qt::AlignLeft, kMuted);
    w.rule();
    line(tr("Differences of the closed shifts"),
         s.money(integer(m_report, "difference_total"), drawerCurrency), bold);

    w.keep(30);
    w.skip(6);
    const qreal half = (kInner - 12) / 2;
    w.signature(tr("Supervisor"), 0, half);
    w.signature(tr("Manager"), half + 12, half);
    w.skip(18);
    w.text(tr("Printed %1 · Tessera").arg(zone.dateTimeWithZone(m_printedAt)), small, Qt::AlignLeft,
           kMuted);
}

void DayEndDocument::paint(QPagedPaintDevice &device, QPainter &painter,
                           const PrintStyle &style) const
{
    A4ReportPdf::paint(device, painter, style, [this](A4PageWriter &w) { layOut(w); });
}

Result<void> DayEndDocument::writePdf(const QString &pdfPath, const QLocale &locale) const
{
    return A4ReportPdf::write(pdfPath, tr("Day-end report %1").arg(text(m_report, "date")), locale,
                              [this](A4PageWriter &w) { layOut(w); });
}

} // namespace tessera
