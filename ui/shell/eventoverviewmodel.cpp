#include "eventoverviewmodel.h"

#include "storage/sqlitedb.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace tessera {

EventOverviewModel::EventOverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool EventOverviewModel::reload(SqliteDb &db, QString *error)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT e.name, v.name, v.timezone, e.starts_at, "
        "(SELECT COUNT(*) FROM event_seats s WHERE s.event_id = e.id AND s.state = 0), "
        "(SELECT COUNT(*) FROM event_seats s WHERE s.event_id = e.id AND s.state = 1), "
        "(SELECT COUNT(*) FROM event_seats s WHERE s.event_id = e.id AND s.state = 2), "
        "(SELECT SUM(capacity - sold - held) FROM ga_quotas q WHERE q.event_id = e.id) "
        "FROM events e JOIN venues v ON v.id = e.venue_id ORDER BY e.starts_at, e.id"));
    if (!stmt) {
        if (error)
            *error = stmt.error().toString();
        return false;
    }
    QList<Row> rows;
    for (;;) {
        auto step = stmt->step();
        if (!step) {
            if (error)
                *error = step.error().toString();
            return false;
        }
        if (!*step)
            break;
        Row row;
        row.name = stmt->columnText(0);
        row.venue = stmt->columnText(1);
        row.timezone = stmt->columnText(2);
        row.startsAtMs = stmt->columnInt(3);
        row.available = stmt->columnInt(4);
        row.held = stmt->columnInt(5);
        row.sold = stmt->columnInt(6);
        row.standingLeft = stmt->columnIsNull(7) ? -1 : stmt->columnInt(7);
        rows.push_back(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return true;
}

int EventOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() >= SeatsAvailable)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Name:
        return row.name;
    case Venue:
        return row.venue;
    case StartsAt: {
        // Shown in the venue's zone: that is when the doors open.
        const QDateTime at =
            QDateTime::fromMSecsSinceEpoch(row.startsAtMs, QTimeZone(row.timezone.toUtf8()));
        return locale.toString(at, QLocale::ShortFormat);
    }
    case SeatsAvailable:
        return locale.toString(row.available);
    case SeatsHeld:
        return locale.toString(row.held);
    case SeatsSold:
        return locale.toString(row.sold);
    case StandingLeft:
        return row.standingLeft < 0 ? tr("none") : locale.toString(row.standingLeft);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EventOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Event");
    case Venue:
        return tr("Venue");
    case StartsAt:
        return tr("Starts (venue time)");
    case SeatsAvailable:
        return tr("Seats free");
    case SeatsHeld:
        return tr("Held");
    case SeatsSold:
        return tr("Sold");
    case StandingLeft:
        return tr("Standing left");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tessera
