// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderformat.h"
#include "console/moneyformat.h"

#include <QLocale>

namespace tessera {

namespace {

const char *const kReasons[] = {
    QT_TRANSLATE_NOOP("tessera::OrderFormat", "Customer request"),
    QT_TRANSLATE_NOOP("tessera::OrderFormat", "Event cancelled"),
    QT_TRANSLATE_NOOP("tessera::OrderFormat", "Event rescheduled"),
    QT_TRANSLATE_NOOP("tessera::OrderFormat", "Duplicate sale"),
    QT_TRANSLATE_NOOP("tessera::OrderFormat", "Wrong seat sold"),
};

// Reasons the console and the engine store themselves (voids, and the refund
// of a cheaper seat's difference), shown translated like the refund reasons.
const char *const kSystemReasons[] = {
    QT_TRANSLATE_NOOP("tessera::OrderFormat", "Voided at the counter"),
    QT_TRANSLATE_NOOP("tessera::OrderFormat", "Sale abandoned at the counter"),
    QT_TRANSLATE_NOOP("tessera::OrderFormat", "Seat exchange"),
};

} // namespace

QString OrderFormat::orderState(const QString &state)
{
    if (state == QLatin1String("pending"))
        return tr("Awaiting payment");
    if (state == QLatin1String("paid"))
        return tr("Paid");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (state == QLatin1String("refunded"))
        return tr("Refunded");
    if (state == QLatin1String("partly_refunded"))
        return tr("Partly refunded");
    return state;
}

QString OrderFormat::lineState(const QString &state)
{
    if (state == QLatin1String("active"))
        return tr("Valid");
    if (state == QLatin1String("refunded"))
        return tr("Refunded");
    if (state == QLatin1String("exchanged"))
        return tr("Exchanged (void)");
    return state;
}

QString OrderFormat::paymentState(const QString &state)
{
    if (state == QLatin1String("approved"))
        return tr("Approved");
    if (state == QLatin1String("declined"))
        return tr("Declined");
    if (state == QLatin1String("unknown"))
        return tr("Unknown — being checked");
    if (state == QLatin1String("refunded"))
        return tr("Refunded");
    return state;
}

QString OrderFormat::channel(const QString &channel)
{
    if (channel == QLatin1String("counter"))
        return tr("at the counter");
    if (channel == QLatin1String("online"))
        return tr("online");
    if (channel == QLatin1String("phone"))
        return tr("by phone");
    return channel;
}

QString OrderFormat::orderStateColour(const QString &state)
{
    if (state == QLatin1String("paid"))
        return QStringLiteral("#2e7d32");
    if (state == QLatin1String("pending"))
        return QStringLiteral("#ef6c00");
    if (state == QLatin1String("partly_refunded"))
        return QStringLiteral("#6a1b9a");
    return QStringLiteral("#616161");
}

QStringList OrderFormat::refundReasons()
{
    QStringList out;
    for (const char *reason : kReasons)
        out.push_back(QString::fromLatin1(reason));
    return out;
}

QString OrderFormat::reason(const QString &stored)
{
    for (const char *reason : kReasons) {
        if (stored == QLatin1String(reason))
            return tr(reason);
    }
    for (const char *reason : kSystemReasons) {
        if (stored == QLatin1String(reason))
            return tr(reason);
    }
    return stored;
}

} // namespace tessera
