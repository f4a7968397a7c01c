// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>

namespace tessera {

// Optional buyer details on an order (for finding it again, and delivery).
struct Customer
{
    QString name;
    QString phone;
    QString email;

    bool isEmpty() const { return name.isEmpty() && phone.isEmpty() && email.isEmpty(); }
    QJsonObject toJson() const;
    static Result<Customer> fromJson(const QJsonObject &json, const QString &path);
};

} // namespace tessera
