// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/ticketcredentials.h"

#include "engine/writecontext.h"
#include "sales/orderstate.h"
#include "sales/ticketcode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace tessera {

namespace {

const QString kCode = QStringLiteral("code");
const QString kTickets = QStringLiteral("tickets");
const QString kNewLine = QStringLiteral("new_line");

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The code of a ticket line, when it is an active line of an issued order.
Result<QString> codeOf(WriteContext &ctx, qint64 lineId)
{
    auto stmt = ctx.statement("SELECT l.secret, l.state, l.kind, o.state FROM order_lines l "
                              "JOIN orders o ON o.id = l.order_id WHERE l.id = ?");
    if (!stmt)
        return stmt.error();
    SqliteStatement &s = **stmt;
    s.bind(1, lineId);
    auto row = s.step();
    if (!row)
        return row.error();
    if (!*row)
        return QString();
    const QString secret = s.columnText(0);
    const auto lineState = LineState(s.columnInt(1));
    const auto kind = ItemKind(s.columnInt(2));
    const auto orderState = OrderState(s.columnInt(3));
    s.reset();
    const bool issued = orderState == OrderState::Paid || orderState == OrderState::PartlyRefunded;
    if (!issued || lineState != LineState::Active || kind == ItemKind::CardKey || secret.isEmpty())
        return QString();
    return TicketCode{lineId, secret}.toString();
}

} // namespace

CommandResult TicketCredentials::split(QByteArray answer)
{
    if (!answer.contains("\"code\":"))
        return CommandResult(std::move(answer));
    QJsonObject journalled = QJsonDocument::fromJson(answer).object();
    journalled.remove(kCode);
    if (journalled.contains(kTickets)) {
        QJsonArray tickets = journalled.value(kTickets).toArray();
        for (qsizetype i = 0; i < tickets.size(); ++i) {
            QJsonObject ticket = tickets.at(i).toObject();
            ticket.remove(kCode);
            tickets.replace(i, ticket);
        }
        journalled.insert(kTickets, tickets);
    }
    return CommandResult(compact(journalled), std::move(answer));
}

Result<QByteArray> TicketCredentials::restore(WriteContext &ctx, const QByteArray &journalled)
{
    if (!journalled.contains("\"tickets\":") && !journalled.contains("\"new_line\":"))
        return journalled;
    QJsonObject answer = QJsonDocument::fromJson(journalled).object();
    bool added = false;
    if (answer.contains(kNewLine)) {
        auto code = codeOf(ctx, answer.value(kNewLine).toInteger());
        if (!code)
            return code.error();
        if (!code->isEmpty()) {
            answer.insert(kCode, *code);
            added = true;
        }
    }
    QJsonArray tickets = answer.value(kTickets).toArray();
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        QJsonObject ticket = tickets.at(i).toObject();
        auto code = codeOf(ctx, ticket.value(QStringLiteral("line")).toInteger());
        if (!code)
            return code.error();
        if (code->isEmpty())
            continue;
        ticket.insert(kCode, *code);
        tickets.replace(i, ticket);
        added = true;
    }
    if (!added)
        return journalled;
    if (!tickets.isEmpty())
        answer.insert(kTickets, tickets);
    return compact(answer);
}

QByteArray TicketCredentials::withCodes(QByteArrayView journalled, QByteArrayView codes)
{
    const qsizetype count = codes.size() / qsizetype(sizeof(TicketCodeAt));
    QByteArray out;
    out.reserve(journalled.size() + count * 48);
    qsizetype from = 0;
    for (qsizetype i = 0; i < count; ++i) {
        TicketCodeAt code;
        std::memcpy(&code, codes.data() + i * qsizetype(sizeof code), sizeof code);
        const qsizetype at = qBound(from, code.at, journalled.size());
        out.append(journalled.sliced(from, at - from));
        // Digits and hex: nothing in a code needs escaping.
        out.append(",\"code\":\"");
        TicketCode::appendText(out, code.line,
                               QByteArrayView(code.secret.data(), qsizetype(code.secret.size())));
        out.append('"');
        from = at;
    }
    out.append(journalled.sliced(from));
    return out;
}

} // namespace tessera
