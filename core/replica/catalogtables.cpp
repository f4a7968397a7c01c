// SPDX-License-Identifier: GPL-3.0-or-later
#include "replica/catalogtables.h"

namespace tessera {

const QList<CatalogTable> &CatalogTables::all()
{
    static const QList<CatalogTable> tables{
        {QStringLiteral("venues"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("timezone"),
          QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("plan"),
          QStringLiteral("created_at")},
         1,
         {}},
        {QStringLiteral("categories"),
         {QStringLiteral("id"), QStringLiteral("venue_id"), QStringLiteral("name"),
          QStringLiteral("color")},
         1,
         {}},
        {QStringLiteral("seats"),
         {QStringLiteral("id"), QStringLiteral("venue_id"), QStringLiteral("guid"),
          QStringLiteral("zone"), QStringLiteral("row_number"), QStringLiteral("row_label"),
          QStringLiteral("seat_number"), QStringLiteral("x"), QStringLiteral("y"),
          QStringLiteral("radius"), QStringLiteral("category_id")},
         1,
         {}},
        {QStringLiteral("events"),
         {QStringLiteral("id"), QStringLiteral("venue_id"), QStringLiteral("name"),
          QStringLiteral("starts_at"), QStringLiteral("ends_at"), QStringLiteral("sale_starts_at"),
          QStringLiteral("sale_ends_at"), QStringLiteral("currency"), QStringLiteral("created_at"),
          QStringLiteral("cancelled_at"), QStringLiteral("cancelled_by"),
          QStringLiteral("cancel_reason")},
         1,
         {}},
        {QStringLiteral("ticket_types"),
         {QStringLiteral("id"), QStringLiteral("event_id"), QStringLiteral("code"),
          QStringLiteral("name")},
         1,
         {}},
        {QStringLiteral("seat_prices"),
         {QStringLiteral("event_id"), QStringLiteral("category_id"),
          QStringLiteral("ticket_type_id"), QStringLiteral("amount")},
         3,
         QStringLiteral("event_id")},
        {QStringLiteral("ga_quotas"),
         {QStringLiteral("id"), QStringLiteral("event_id"), QStringLiteral("name"),
          QStringLiteral("capacity")},
         1,
         {}},
        {QStringLiteral("ga_prices"),
         {QStringLiteral("quota_id"), QStringLiteral("ticket_type_id"), QStringLiteral("amount")},
         2,
         QStringLiteral("quota_id")},
        {QStringLiteral("card_products"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("price"),
          QStringLiteral("currency"), QStringLiteral("created_at")},
         1,
         {}},
        // Staff travel by name (a terminal's own ids may differ), PIN hashes only.
        {QStringLiteral("users"),
         {QStringLiteral("name"), QStringLiteral("display_name"), QStringLiteral("role"),
          QStringLiteral("pin_hash"), QStringLiteral("active"), QStringLiteral("created_at")},
         1,
         {}},
    };
    return tables;
}

QByteArray CatalogTables::cardKeyAad(qint64 serverCodeId, qint64 productId)
{
    return QByteArrayLiteral("tessera/card-key/") + QByteArray::number(serverCodeId) + '/' +
           QByteArray::number(productId);
}

const CatalogTable *CatalogTables::find(const QString &name)
{
    for (const CatalogTable &t : all()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

} // namespace tessera
