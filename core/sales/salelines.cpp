// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/salelines.h"

#include "common/jsonfields.h"

#include <QCoreApplication>
#include <QSet>

namespace tessera {

namespace {

constexpr qint64 kMaxQuantity = 10000;

} // namespace

QJsonObject SaleLine::toJson() const
{
    QJsonObject o;
    switch (kind) {
    case ItemKind::Seat:
        o.insert(QStringLiteral("seat"), seatGuid);
        break;
    case ItemKind::GeneralAdmission:
        o.insert(QStringLiteral("ga"), refId);
        o.insert(QStringLiteral("quantity"), quantity);
        break;
    case ItemKind::CardKey:
        o.insert(QStringLiteral("card"), refId);
        o.insert(QStringLiteral("quantity"), quantity);
        break;
    }
    if (!ticketType.isEmpty())
        o.insert(QStringLiteral("ticket_type"), ticketType);
    return o;
}

Result<QList<SaleLine>> SaleLines::parse(const QJsonArray &lines, const QString &field,
                                         bool withTicketTypes)
{
    if (lines.isEmpty())
        return fail(ErrorCode::MissingField, tr("At least one line is needed."), field);
    QList<SaleLine> out;
    out.reserve(lines.size());
    QSet<QString> seats;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString path = field + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (!lines.at(i).isObject())
            return fail(ErrorCode::InvalidInput, tr("Each line must be an object."), path);
        const JsonFields f(lines.at(i).toObject(), path);
        if (auto r = withTicketTypes ? f.only({"seat", "ga", "card", "quantity", "ticket_type"})
                                     : f.only({"seat", "ga", "card", "quantity"});
            !r)
            return r.error();
        const int kinds = int(f.has(QStringLiteral("seat"))) + int(f.has(QStringLiteral("ga"))) +
                          int(f.has(QStringLiteral("card")));
        if (kinds != 1)
            return fail(ErrorCode::InvalidInput,
                        tr("A line names exactly one of \"seat\", \"ga\" or \"card\"."), path);
        SaleLine line;
        line.path = path;
        if (f.has(QStringLiteral("seat"))) {
            auto guid = f.string(QStringLiteral("seat"));
            if (!guid)
                return guid.error();
            if (f.has(QStringLiteral("quantity")))
                return fail(ErrorCode::InvalidInput, tr("A seat line has no quantity."),
                            f.path(QStringLiteral("quantity")));
            if (seats.contains(*guid))
                return fail(ErrorCode::DuplicateId, tr("The same seat is listed twice."),
                            f.path(QStringLiteral("seat")));
            seats.insert(*guid);
            line.kind = ItemKind::Seat;
            line.seatGuid = *guid;
        } else {
            const bool ga = f.has(QStringLiteral("ga"));
            auto ref = f.positive(ga ? QStringLiteral("ga") : QStringLiteral("card"));
            if (!ref)
                return ref.error();
            auto quantity = f.has(QStringLiteral("quantity"))
                                ? f.positive(QStringLiteral("quantity"))
                                : Result<qint64>(1);
            if (!quantity)
                return quantity.error();
            if (*quantity > kMaxQuantity)
                return fail(ErrorCode::InvalidInput,
                            tr("At most %1 items can be on one line.").arg(kMaxQuantity),
                            f.path(QStringLiteral("quantity")));
            line.kind = ga ? ItemKind::GeneralAdmission : ItemKind::CardKey;
            line.refId = *ref;
            line.quantity = *quantity;
        }
        if (withTicketTypes && line.kind != ItemKind::CardKey) {
            auto type = f.optionalString(QStringLiteral("ticket_type"));
            if (!type)
                return type.error();
            line.ticketType = type->isEmpty() ? QStringLiteral("adult") : *type;
        } else if (f.has(QStringLiteral("ticket_type"))) {
            return fail(ErrorCode::InvalidInput, tr("Card keys have no ticket type."),
                        f.path(QStringLiteral("ticket_type")));
        }
        out.push_back(line);
    }
    return out;
}

QJsonArray SaleLines::toJson(const QList<SaleLine> &lines)
{
    QJsonArray out;
    for (const SaleLine &line : lines)
        out.push_back(line.toJson());
    return out;
}

bool SaleLines::needsEvent(const QList<SaleLine> &lines)
{
    for (const SaleLine &line : lines) {
        if (line.kind != ItemKind::CardKey)
            return true;
    }
    return false;
}

} // namespace tessera
