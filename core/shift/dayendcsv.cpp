// SPDX-License-Identifier: GPL-3.0-or-later
#include "shift/dayendcsv.h"

#include "common/money.h"

#include <QJsonArray>
#include <QRegularExpression>

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
        out.push_back(DayEndCsv::cell(c));
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString count(const QJsonObject &o)
{
    return QString::number(o.value(QStringLiteral("count")).toInteger());
}

} // namespace

QString DayEndCsv::cell(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    QString out = text;
    if (!out.isEmpty() && QStringLiteral("=+-@\t\r").contains(out.front()) &&
        !number.match(out).hasMatch())
        out.prepend(QLatin1Char('\''));
    if (out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) ||
        out.contains(QLatin1Char('\n')) || out.contains(QLatin1Char('\r'))) {
        out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QByteArray DayEndCsv::write(const QJsonObject &report)
{
    auto text = [&](const char *key) { return report.value(QLatin1String(key)).toString(); };
    QString csv;
    csv += row({tr("Day-end report"), text("date"), text("zone")});
    csv += row({tr("Section"), tr("Item"), tr("Currency"), tr("Count"), tr("Amount")});
    for (const QJsonValue &v : report.value(QStringLiteral("takings")).toArray()) {
        const QJsonObject t = v.toObject();
        csv += row({tr("Takings"), t.value(QStringLiteral("method")).toString(),
                    t.value(QStringLiteral("currency")).toString(), count(t),
                    decimal(t.value(QStringLiteral("amount")).toInteger())});
    }
    for (const QJsonValue &v : report.value(QStringLiteral("refunds")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString currency = r.value(QStringLiteral("currency")).toString();
        csv += row({tr("Refunds"), tr("all"), currency, count(r),
                    decimal(r.value(QStringLiteral("amount")).toInteger())});
        csv += row({tr("Refunds"), tr("paid back in cash"), currency, QString(),
                    decimal(r.value(QStringLiteral("cash")).toInteger())});
    }
    for (const QJsonValue &v : report.value(QStringLiteral("voids")).toArray()) {
        const QJsonObject o = v.toObject();
        csv += row({tr("Voids"), tr("cancelled by staff"),
                    o.value(QStringLiteral("currency")).toString(), count(o),
                    decimal(o.value(QStringLiteral("amount")).toInteger())});
    }
    csv += row({tr("Voids"), tr("expired unpaid"), QString(),
                QString::number(report.value(QStringLiteral("expired")).toInteger()), QString()});
    csv += row({tr("Cash movements"), tr("in"), QString(), QString(),
                decimal(report.value(QStringLiteral("cash_in")).toInteger())});
    csv += row({tr("Cash movements"), tr("out"), QString(), QString(),
                decimal(report.value(QStringLiteral("cash_out")).toInteger())});
    for (const QJsonValue &v : report.value(QStringLiteral("totals")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString currency = t.value(QStringLiteral("currency")).toString();
        const std::pair<const char *, QString> items[] = {{"taken", tr("taken")},
                                                          {"refunded", tr("refunded")},
                                                          {"net", tr("net")},
                                                          {"cash_taken", tr("cash taken")},
                                                          {"cash_refunded", tr("cash refunded")}};
        for (const auto &[key, label] : items)
            csv += row({tr("Totals"), label, currency, QString(),
                        decimal(t.value(QLatin1String(key)).toInteger())});
    }
    csv += row({tr("Differences"), tr("all closed shifts"), QString(), QString(),
                decimal(report.value(QStringLiteral("difference_total")).toInteger())});

    csv += QStringLiteral("\r\n");
    csv += row({tr("Shift"), tr("Terminal"), tr("Currency"), tr("State"), tr("Opened"),
                tr("Opened by"), tr("Closed"), tr("Closed by"), tr("Float"), tr("Expected"),
                tr("Counted"), tr("Difference"), tr("Approved by")});
    for (const QJsonValue &v : report.value(QStringLiteral("shifts")).toArray()) {
        const QJsonObject s = v.toObject();
        const bool closed = s.contains(QStringLiteral("closed_at"));
        auto money = [&](const char *key) {
            return s.contains(QLatin1String(key)) ? decimal(s.value(QLatin1String(key)).toInteger())
                                                  : QString();
        };
        csv +=
            row({QString::number(s.value(QStringLiteral("shift")).toInteger()),
                 s.value(QStringLiteral("terminal")).toString(),
                 s.value(QStringLiteral("currency")).toString(), closed ? tr("closed") : tr("open"),
                 s.value(QStringLiteral("opened_at")).toString(),
                 s.value(QStringLiteral("opened_by")).toString(),
                 s.value(QStringLiteral("closed_at")).toString(),
                 s.value(QStringLiteral("closed_by")).toString(), money("float"), money("expected"),
                 money("counted"), money("difference"),
                 s.value(QStringLiteral("approved_by")).toString()});
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace tessera
