// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tessera {

// One admission ticket as printed: where it lets the holder in and its signed code.
struct PrintableTicket
{
    qint64 line = 0;
    QString code;         // the signed ticket code in the QR, "TS1.…"
    QString readableCode; // printed under it to read out and type, "TK1-42-0123-4567-89AB-CDEF"
    bool standing = false;
    QString zone; // seat tickets
    QString row;
    QString seat;
    QString area; // general admission: the quota's name ("Standing")
    QString ticketType;
    qint64 price = 0;
};

// One line of the receipt.
struct PrintableLine
{
    QString title;  // "Seat Stalls · Row A · Seat 1", "Standing", "Gift card 100"
    QString detail; // the ticket type, or empty
    qint64 price = 0;
    bool refunded = false;
};

struct PrintablePayment
{
    QString method; // cash, card, qr, transfer, voucher
    qint64 amount = 0;
    QString cardLast4;                  // "4242", when the card terminal reported it
    std::optional<qint64> cashTendered; // cash handed over, when the cashier typed it
};

// A card key, printed once for its buyer.
struct PrintableCardKey
{
    QString product;
    QString code;
    QString serial;
    QDateTime validUntil; // invalid when the code never expires
};

// Everything a ticket or receipt shows, gathered from the engine's read
// models, so the layouts need no database and tests can build one by hand.
struct PrintableOrder
{
    Q_DECLARE_TR_FUNCTIONS(tessera::PrintableOrder)

public:
    QString number; // "T1-000042"
    QString eventName;
    QString venueName;
    QDateTime startsAt; // in the venue's time zone
    QString currency;
    qint64 total = 0;
    qint64 paid = 0;
    qint64 refunded = 0;
    QList<PrintableLine> lines;
    QList<PrintableTicket> tickets;
    QList<PrintablePayment> payments; // approved payments only
    QList<PrintableCardKey> cardKeys;
    QString terminal;
    QString cashier;
    QDateTime soldAt; // in the venue's time zone

    // From OrderQueries::order, CatalogQueries::event and ::seats,
    // TicketBook::signedCodes and OrderQueries::cardCodes (may be empty).
    static PrintableOrder fromJson(const QJsonObject &order, const QJsonObject &event,
                                   const QJsonArray &seats, const QJsonArray &signedCodes,
                                   const QJsonArray &cardCodes, const QString &terminal);

    // The cash handed over for the last cash payment (known only to the
    // payment dialog), so the receipt shows it and the change.
    void setCashTendered(qint64 tendered);

    // The translated name of a payment method.
    static QString methodName(const QString &method);
};

} // namespace tessera
