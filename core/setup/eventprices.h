// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace tessera {

// One price of an event as create_event and edit_event take it.
struct EventPrice
{
    QString category; // seat category name; a GA quota's name; empty when implied
    QString ticketType;
    qint64 amount = 0;
};

// Reads the price objects of `array`, found at the request's `path`:
// {nameField, "ticket_type", "amount"}, or {"ticket_type", "amount"} when
// `nameField` is null. Refuses an element that is not an object, has an
// unknown or missing field or a negative amount, or repeats a price, naming
// the element ("prices[2].amount").
Result<QList<EventPrice>> readEventPrices(const QJsonArray &array, const QString &path,
                                          const char *nameField);

} // namespace tessera
