// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstab.h"

#include "console/consolecontext.h"
#include "console/venuetime.h"
#include "eventcanceldialog.h"
#include "eventeditdialog.h"
#include "managetable.h"
#include "query/catalogqueries.h"
#include "query/eventqueries.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tessera {

namespace {

enum Column { Event, Venue, Starts, SalesClose, Sold, Left, Status };

struct EventsSnapshot
{
    QList<EventQueries::Managed> events;
    QList<VenueChoice> venues;
    std::optional<Error> error;
};

EventsSnapshot readSnapshot(SqliteDb &db)
{
    EventsSnapshot out;
    EventQueries queries(db);
    auto events = queries.managed();
    if (!events) {
        out.error = events.error();
        return out;
    }
    out.events = *events;
    auto venues = CatalogQueries(db).venues();
    if (!venues) {
        out.error = venues.error();
        return out;
    }
    for (const QJsonValue &value : std::as_const(*venues)) {
        const QJsonObject venue = value.toObject();
        VenueChoice choice;
        choice.id = venue[QStringLiteral("venue")].toInteger();
        choice.name = venue[QStringLiteral("name")].toString();
        choice.timezone = venue[QStringLiteral("timezone")].toString();
        auto categories = queries.categoryNames(choice.id);
        if (!categories) {
            out.error = categories.error();
            return out;
        }
        choice.categories = *categories;
        out.venues.push_back(choice);
    }
    return out;
}

// An instant as the venue's wall clock: "2026-11-29 19:30".
QString venueTime(qint64 ms, const QString &zone)
{
    if (ms == 0)
        return {};
    return VenueTime(QTimeZone(zone.toUtf8())).dateTime(ms);
}

struct EditBundle
{
    Result<QJsonObject> event = QJsonObject();
};

struct CancelBundle
{
    Result<EventQueries::CancelPreview> preview = EventQueries::CancelPreview();
};

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
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editEventButton"));
    m_edit->setToolTip(tr("Change the selected event's name, times, sale window or prices"));
    top->addWidget(m_edit);
    m_cancel = new QPushButton(tr("Cancel e&vent…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelEventButton"));
    m_cancel->setToolTip(tr("Cancel the selected event and refund what was sold"));
    top->addWidget(m_cancel);
    layout->addLayout(top);

    m_table = makeManageTable({tr("Event"), tr("Venue"), tr("Starts"), tr("Sales close"),
                               tr("Sold"), tr("Left"), tr("Status")},
                              0, this);
    m_table->setObjectName(QStringLiteral("eventsTable"));
    layout->addWidget(m_table, 1);
    m_status = makeStatusLabel(this);
    m_status->setObjectName(QStringLiteral("eventsStatus"));
    layout->addWidget(m_status);

    connect(m_new, &QPushButton::clicked, this, &EventsTab::openNewEvent);
    connect(m_edit, &QPushButton::clicked, this, [this] { editEvent(selectedEvent()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelEvent(selectedEvent()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this] { editEvent(selectedEvent()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EventsTab::updateButtons);
    // Sales on any till change the figures: follow them while shown.
    connect(&m_context, &ConsoleContext::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    updateButtons();
}

qint64 EventsTab::selectedEvent() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_events.size() || m_table->selectedItems().isEmpty())
        return 0;
    return m_events[row].id;
}

void EventsTab::updateButtons()
{
    const int row = m_table->currentRow();
    const bool open = selectedEvent() != 0 && m_events[row].cancelledAtMs == 0 && !m_readOnly;
    m_edit->setEnabled(open);
    m_cancel->setEnabled(open);
}

void EventsTab::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_new->setEnabled(!readOnly);
    updateButtons();
}

void EventsTab::refresh()
{
    m_context.read<EventsSnapshot>(this, &readSnapshot, [this](EventsSnapshot snapshot) {
        if (snapshot.error) {
            showStatus(m_status,
                       tr("The events cannot be read: %1").arg(snapshot.error->toString()), false);
            return;
        }
        const qint64 selected = selectedEvent();
        m_venues = snapshot.venues;
        m_events = snapshot.events;
        m_table->setRowCount(0);
        const QLocale locale;
        for (const EventQueries::Managed &event : std::as_const(m_events)) {
            const int row = m_table->rowCount();
            setTableRow(m_table, row,
                        {event.name, event.venue, venueTime(event.startsAtMs, event.timezone),
                         venueTime(event.saleEndsAtMs, event.timezone), locale.toString(event.sold),
                         event.cancelledAtMs ? QString() : locale.toString(event.left),
                         event.cancelledAtMs ? tr("Cancelled") : tr("On sale")});
            if (event.id == selected)
                m_table->selectRow(row);
            m_lastCurrency = event.currency;
        }
        updateButtons();
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

void EventsTab::editEvent(qint64 eventId)
{
    if (eventId == 0)
        return;
    m_context.read<EditBundle>(
        this,
        [eventId](SqliteDb &db) {
            EditBundle bundle;
            bundle.event = CatalogQueries(db).event(eventId);
            return bundle;
        },
        [this](EditBundle bundle) {
            if (!bundle.event) {
                showStatus(m_status, bundle.event.error().toString(), false);
                return;
            }
            auto *dialog = new EventEditDialog(m_context, *bundle.event, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &EventEditDialog::saved, this, [this](const QString &name) {
                showStatus(m_status, tr("Event \"%1\" saved.").arg(name), true);
                refresh();
            });
            dialog->open();
        });
}

void EventsTab::cancelEvent(qint64 eventId)
{
    if (eventId == 0)
        return;
    QString name;
    for (const EventQueries::Managed &event : std::as_const(m_events)) {
        if (event.id == eventId)
            name = event.name;
    }
    m_context.read<CancelBundle>(
        this,
        [eventId](SqliteDb &db) {
            CancelBundle bundle;
            bundle.preview = EventQueries(db).cancelPreview(eventId);
            return bundle;
        },
        [this, eventId, name](CancelBundle bundle) {
            if (!bundle.preview) {
                showStatus(m_status, bundle.preview.error().toString(), false);
                return;
            }
            auto *dialog = new EventCancelDialog(m_context, eventId, name, *bundle.preview, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &EventCancelDialog::cancelled, this, [this](const QString &text) {
                showStatus(m_status, text, true);
                refresh();
            });
            dialog->open();
        });
}

} // namespace tessera
