// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistmodel.h"

#include "query/eventqueries.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace tessera {

EventListModel::EventListModel(VenueTime time, QObject *parent)
    : QAbstractTableModel(parent)
    , m_time(std::move(time))
{}

Result<QList<EventListModel::Row>> EventListModel::load(SqliteDb &db, qint64 nowMs)
{
    return EventQueries(db).sellable(nowMs);
}

void EventListModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int EventListModel::rowOf(qint64 eventId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == eventId)
            return i;
    }
    return -1;
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const VenueTime venue = m_time.inZone(row.timezone);
    const QDateTime startsAt = venue.at(row.startsAtMs);
    if (role == EventIdRole)
        return row.id;
    if (role == SearchTextRole)
        return QStringList{row.name, row.venue, venue.dateTime(startsAt)}.join(QLatin1Char(' '));
    if (role == Qt::TextAlignmentRole && index.column() >= SeatsFree)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("%1 at %2").arg(row.name, row.venue);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Name: {
        // The list shows one column: name, when, and what is left.
        const QString when = data(index.siblingAtColumn(StartsAt)).toString();
        const QString left = row.seats > 0 ? tr("%Ln seat(s) free", nullptr, int(row.seatsFree))
                             : row.standingLeft >= 0
                                 ? tr("%1 standing left").arg(locale.toString(row.standingLeft))
                                 : QString();
        return QStringLiteral("%1\n%2%3")
            .arg(row.name, when, left.isEmpty() ? QString() : QStringLiteral(" · ") + left);
    }
    case StartsAt: {
        // In the venue's zone: that is when the doors open. Today's shows say so.
        if (startsAt.date() == venue.now().date())
            return tr("Today %1").arg(venue.time(startsAt));
        return venue.dateTime(startsAt);
    }
    case Venue:
        return row.venue;
    case SeatsFree:
        return row.seats == 0 ? QStringLiteral("–") : locale.toString(row.seatsFree);
    case StandingLeft:
        return row.standingLeft < 0 ? QStringLiteral("–") : locale.toString(row.standingLeft);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Event");
    case StartsAt:
        return tr("Starts");
    case Venue:
        return tr("Venue");
    case SeatsFree:
        return tr("Seats free");
    case StandingLeft:
        return tr("Standing");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tessera
