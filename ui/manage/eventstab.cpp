// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstab.h"

#include "console/consolecontext.h"
#include "console/venuetime.h"
#include "managetable.h"
#include "query/catalogqueries.h"
#include "storage/sqlitedb.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tessera {

namespace {

struct EventsSnapshot
{
    Result<QJsonArray> events = QJsonArray();
    QList<VenueChoice> venues;
    Error error;
};

EventsSnapshot readSnapshot(SqliteDb &db)
{
    EventsSnapshot out;
    CatalogQueries catalog(db);
    out.events = catalog.events();
    auto venues = catalog.venues();
    if (!venues) {
        out.error = venues.error();
        return out;
    }
    auto categories =
        db.prepare(QStringLiteral("SELECT name FROM categories WHERE venue_id = ? ORDER BY id"));
    if (!categories) {
        out.error = categories.error();
        return out;
    }
    for (const QJsonValue &value : std::as_const(*venues)) {
        const QJsonObject venue = value.toObject();
        VenueChoice choice;
        choice.id = venue[QStringLiteral("venue")].toInteger();
        choice.name = venue[QStringLiteral("name")].toString();
        choice.timezone = venue[QStringLiteral("timezone")].toString();
        categories->bind(1, choice.id);
        auto r = categories->forEachRow(
            [&](SqliteStatement &row) { choice.categories.push_back(row.columnText(0)); });
        categories->reset();
        if (!r) {
            out.error = r.error();
            return out;
        }
        out.venues.push_back(choice);
    }
    return out;
}

// An ISO time from the catalog as the venue's wall clock: "2026-11-29 19:30".
QString venueTime(const QString &iso, const QString &zone)
{
    if (iso.isEmpty())
        return {};
    return VenueTime(QTimeZone(zone.toUtf8())).dateTime(VenueTime::instant(iso));
}

} // namespace

EventsTab::EventsTab(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("eventsTab"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *intro = new QLabel(tr("Events on sale and coming up. Times are the venue's local "
                                "time."),
                             this);
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    m_new = new QPushButton(tr("&New event…"), this);
    m_new->setObjectName(QStringLiteral("newEventButton"));
    top->addWidget(m_new);
    layout->addLayout(top);

    m_table = makeManageTable(
        {tr("Event"), tr("Venue"), tr("Starts"), tr("Sales close"), tr("Currency")}, 0, this);
    m_table->setObjectName(QStringLiteral("eventsTable"));
    layout->addWidget(m_table, 1);
    m_status = makeStatusLabel(this);
    m_status->setObjectName(QStringLiteral("eventsStatus"));
    layout->addWidget(m_status);

    connect(m_new, &QPushButton::clicked, this, &EventsTab::openNewEvent);
}

void EventsTab::refresh()
{
    m_context.read<EventsSnapshot>(this, &readSnapshot, [this](EventsSnapshot snapshot) {
        if (!snapshot.events || !snapshot.error.message.isEmpty()) {
            const Error &e = snapshot.events ? snapshot.error : snapshot.events.error();
            showStatus(m_status, tr("The events cannot be read: %1").arg(e.toString()), false);
            return;
        }
        m_venues = snapshot.venues;
        QHash<qint64, QString> zones;
        for (const VenueChoice &venue : std::as_const(m_venues))
            zones.insert(venue.id, venue.timezone);
        m_table->setRowCount(0);
        for (const QJsonValue &value : std::as_const(*snapshot.events)) {
            const QJsonObject event = value.toObject();
            const QString zone = zones.value(event[QStringLiteral("venue")].toInteger());
            setTableRow(m_table, m_table->rowCount(),
                        {event[QStringLiteral("name")].toString(),
                         event[QStringLiteral("venue_name")].toString(),
                         venueTime(event[QStringLiteral("starts_at")].toString(), zone),
                         venueTime(event[QStringLiteral("sale_ends_at")].toString(), zone),
                         event[QStringLiteral("currency")].toString()});
            m_lastCurrency = event[QStringLiteral("currency")].toString();
        }
    });
}

EventFormDialog *EventsTab::openNewEvent()
{
    if (!m_dialog) {
        m_dialog = new EventFormDialog(
            m_context, m_venues, m_lastCurrency.isEmpty() ? QStringLiteral("CNY") : m_lastCurrency,
            this);
        connect(m_dialog, &EventFormDialog::created, this, [this](const QString &name) {
            showStatus(m_status,
                       tr("Event \"%1\" created; it is on sale as its sale window "
                          "allows.")
                           .arg(name),
                       true);
            refresh();
        });
        connect(m_dialog, &QDialog::finished, m_dialog, &QObject::deleteLater);
        connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    }
    m_dialog->open();
    return m_dialog;
}

} // namespace tessera
