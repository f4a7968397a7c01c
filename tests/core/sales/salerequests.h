// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "enginefixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// Builders for the JSON requests of hold, sell and the order commands, and a
// check that a command was refused with the right code and place.
namespace tessera::test {

inline QJsonObject seatLine(const QString &guid, const QString &ticketType = {})
{
    QJsonObject line{{QStringLiteral("seat"), guid}};
    if (!ticketType.isEmpty())
        line.insert(QStringLiteral("ticket_type"), ticketType);
    return line;
}

inline QJsonObject gaLine(qint64 quota, qint64 quantity, const QString &ticketType = {})
{
    QJsonObject line{{QStringLiteral("ga"), quota}, {QStringLiteral("quantity"), quantity}};
    if (!ticketType.isEmpty())
        line.insert(QStringLiteral("ticket_type"), ticketType);
    return line;
}

inline QJsonObject cardLine(qint64 product, qint64 quantity)
{
    return QJsonObject{{QStringLiteral("card"), product}, {QStringLiteral("quantity"), quantity}};
}

inline QJsonObject payment(const QString &method, qint64 amount, const QString &state = {},
                           const QString &errorCode = {})
{
    QJsonObject p{{QStringLiteral("method"), method}, {QStringLiteral("amount"), amount}};
    if (!state.isEmpty())
        p.insert(QStringLiteral("state"), state);
    if (!errorCode.isEmpty())
        p.insert(QStringLiteral("error_code"), errorCode);
    return p;
}

inline QJsonObject cash(qint64 amount)
{
    return payment(QStringLiteral("cash"), amount);
}

inline QJsonObject saleRequest(qint64 event, const QJsonArray &lines,
                               const QJsonArray &payments = {})
{
    QJsonObject sale{{QStringLiteral("event"), event}, {QStringLiteral("lines"), lines}};
    if (!payments.isEmpty())
        sale.insert(QStringLiteral("payments"), payments);
    return sale;
}

// Sells `request` on `console` and answers the sale; stops the test program
// when refused (a helper for tests whose subject is not the sale).
inline QJsonObject sold(EngineFixture &console, const QJsonObject &request)
{
    auto outcome = console.run(QStringLiteral("sell"), request);
    if (!outcome.result)
        qFatal("sale refused: %s", qPrintable(outcome.result.error().toString()));
    return outcome.result.value();
}

// Stops the test program when `outcome` was refused.
inline void must(const CommandOutcome &outcome)
{
    if (!outcome.result)
        qFatal("refused: %s", qPrintable(outcome.result.error().toString()));
}

inline QJsonObject holdRequest(qint64 event, const QJsonArray &lines, qint64 ttlSeconds = 600)
{
    return QJsonObject{{QStringLiteral("event"), event},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("ttl_seconds"), ttlSeconds}};
}

// 0 available, 1 held, 2 sold, 3 blocked; -1 when the event has no such seat.
inline qint64 seatState(const EngineFixture &f, qint64 event, const QString &guid)
{
    return f.scalar(QStringLiteral("SELECT es.state FROM event_seats es JOIN seats s ON "
                                   "s.id = es.seat_id WHERE es.event_id = %1 AND s.guid = '%2'")
                        .arg(event)
                        .arg(guid));
}

inline qint64 count(const EngineFixture &f, const QString &table, const QString &where = {})
{
    return f.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table +
                    (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
}

} // namespace tessera::test

// Fails unless the outcome's result is an error with `errorCode` naming `errorWhere`.
#define TESSERA_VERIFY_REFUSED(outcome, errorCode, errorWhere)                                     \
    do {                                                                                           \
        const auto &tesseraOutcome_ = (outcome);                                                   \
        if (tesseraOutcome_.result.ok())                                                           \
            QFAIL("the command was accepted but should have been refused");                        \
        QCOMPARE(tesseraOutcome_.result.error().codeName(), ::tessera::errorCodeName(errorCode));  \
        QCOMPARE(tesseraOutcome_.result.error().where, QString(errorWhere));                       \
    } while (false)
