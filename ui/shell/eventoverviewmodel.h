#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace tessera {

class SqliteDb;

// Today's and upcoming events with what is left to sell: the first thing a
// cashier or manager wants to see when the console opens.
class EventOverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Venue,
        StartsAt,
        SeatsAvailable,
        SeatsHeld,
        SeatsSold,
        StandingLeft,
        ColumnCount
    };

    explicit EventOverviewModel(QObject *parent = nullptr);

    // Reloads from a read-only connection; returns false (and keeps the old
    // rows) when the database cannot be read.
    bool reload(SqliteDb &db, QString *error = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString venue;
        QString timezone;
        qint64 startsAtMs = 0;
        qint64 available = 0;
        qint64 held = 0;
        qint64 sold = 0;
        qint64 standingLeft = -1; // -1: no GA quota
    };
    QList<Row> m_rows;
};

} // namespace tessera
