// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportcsv.h"

#include "common/money.h"
#include "report/runreport.h"
#include "sales/orderstate.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace tessera {

namespace {

QString decimal(qint64 minor)
{
    return Money{minor, QString()}.toString().trimmed();
}

QString row(const QStringList &cells)
{
    QStringList out;
    for (const QString &c : cells)
        out.push_back(ReportCsv::cell(c));
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray file(const QString &text)
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

// Order id -> its order's fact, for the currency and event of a payment.
QHash<qint64, OrderFact> ordersById(const RunReport &report)
{
    QHash<qint64, OrderFact> out;
    for (const OrderFact &o : report.facts.orders)
        out.insert(o.orderId, o);
    return out;
}

// An event's name (from the stock facts), else its id; "" for card keys.
QString eventOf(const RunReport &report, qint64 eventId)
{
    if (eventId == 0)
        return {};
    for (const StockFact &s : report.facts.stock) {
        if (s.eventId == eventId && !s.eventName.isEmpty())
            return s.eventName;
    }
    if (eventId == report.scope.eventId && !report.eventName.isEmpty())
        return report.eventName;
    return QString::number(eventId);
}

} // namespace

QString ReportCsv::cell(const QString &text)
{
    QString out = text;
    bool quote = false;
    if (!out.isEmpty() && QStringLiteral("=+-@\t\r").contains(out.front())) {
        out.prepend(QLatin1Char('\''));
        quote = true;
    }
    if (quote || out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) ||
        out.contains(QLatin1Char('\n')) || out.contains(QLatin1Char('\r'))) {
        out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QString ReportCsv::time(qint64 ms, const QString &zone)
{
    const QTimeZone tz(zone.toUtf8());
    return QDateTime::fromMSecsSinceEpoch(ms, tz.isValid() ? tz : QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QByteArray ReportCsv::orders(const RunReport &report)
{
    QString csv = row({tr("Order"), tr("Terminal"), tr("Created"), tr("Event"), tr("Channel"),
                       tr("State"), tr("Currency"), tr("Total"), tr("Customer")});
    for (const OrderFact &o : report.orders()) {
        csv += row({RunReport::orderNumber(o.terminal, o.orderId), o.terminal,
                    time(o.createdAtMs, report.zone), eventOf(report, o.eventId), o.channel,
                    orderStateName(OrderState(o.state)), o.currency, decimal(o.total),
                    report.customers.value(o.orderId)});
    }
    return file(csv);
}

QByteArray ReportCsv::payments(const RunReport &report)
{
    const QHash<qint64, OrderFact> orders = ordersById(report);
    QString csv =
        row({tr("Payment"), tr("Order"), tr("Terminal"), tr("Created"), tr("Method"),
             tr("Provider"), tr("State"), tr("Error code"), tr("Currency"), tr("Amount")});
    for (const PaymentFact &p : report.payments()) {
        csv += row({QString::number(p.paymentId), RunReport::orderNumber(p.terminal, p.orderId),
                    p.terminal, time(p.createdAtMs, report.zone), p.method, p.provider,
                    paymentStateName(PaymentState(p.state)), p.errorCode,
                    orders.value(p.orderId).currency, decimal(p.amount)});
    }
    return file(csv);
}

QByteArray ReportCsv::refunds(const RunReport &report)
{
    const QHash<qint64, OrderFact> orders = ordersById(report);
    QString csv = row(
        {tr("Order"), tr("Terminal"), tr("Created"), tr("Currency"), tr("Amount"), tr("Reason")});
    for (const RefundFact &r : report.refunds()) {
        csv += row({RunReport::orderNumber(r.terminal, r.orderId), r.terminal,
                    time(r.createdAtMs, report.zone), orders.value(r.orderId).currency,
                    decimal(r.amount), r.reason});
    }
    return file(csv);
}

} // namespace tessera
