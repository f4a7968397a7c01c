// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "console/venuetime.h"

#include "query/eventqueries.h"

#include <QAbstractTableModel>
#include <QList>

namespace tessera {

class SqliteDb;

// The events a cashier can sell, soonest first (today's on top), with what
// is left: the Sell screen's list. Rows are read off the UI thread with
// load() and handed over with setRows().
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, StartsAt, Venue, SeatsFree, StandingLeft, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, SearchTextRole };

    using Row = EventQueries::Sellable;

    // Times in each event's venue zone, "today" by `time`'s clock.
    explicit EventListModel(VenueTime time, QObject *parent = nullptr);

    // Events that have not ended by `nowMs`, soonest first. Any thread.
    static Result<QList<Row>> load(SqliteDb &db, qint64 nowMs);
    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    // -1 when the event is not listed.
    int rowOf(qint64 eventId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    VenueTime m_time;
    QList<Row> m_rows;
};

} // namespace tessera
