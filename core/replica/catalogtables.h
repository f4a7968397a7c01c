// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tessera {

// The catalog a central server hands down to its terminals, table by table:
// which columns travel (never a terminal's own counters: a GA quota's sold
// and held, a member of staff's failed sign-ins) and what identifies a row.
// The server exports with it (server/catalog) and the terminal applies with
// it (ApplyCatalogCommand), so both sides cannot disagree on a column.
struct CatalogTable
{
    QString name;
    QStringList columns; // the first ones are the key
    int keyColumns = 1;
    // Child tables replaced whole per parent (prices): rows are grouped
    // under the parent's id in `parentColumn`.
    QString parentColumn;
};

class CatalogTables
{
public:
    // In the order they apply (parents before children).
    static const QList<CatalogTable> &all();
    static const CatalogTable *find(const QString &name);
    // The additional data a card key is sealed under on its way to a
    // terminal (SealedBox): its server id and product, so a record cannot be
    // passed off as another code's.
    static QByteArray cardKeyAad(qint64 serverCodeId, qint64 productId);
};

} // namespace tessera
