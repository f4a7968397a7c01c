// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventformdialog.h"
#include "query/eventqueries.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera {

class ConsoleContext;

// Manage ▸ Events: the events with their venue, start, sale window and sold /
// left figures (kept current while shown); the forms for a new event, for
// changing one, and for cancelling one with refunds.
class EventsTab : public QWidget
{
    Q_OBJECT
public:
    explicit EventsTab(ConsoleContext &context, QWidget *parent = nullptr);

    // Reads the events and the venues again (off the UI thread).
    void refresh();
    // On a terminal of a central server: events are changed there only.
    void setReadOnly(bool readOnly);
    // Opens the new-event form (the "New event…" button).
    EventFormDialog *openNewEvent();
    QTableWidget *table() const { return m_table; }
    // The selected event (0: none).
    qint64 selectedEvent() const;
    // Open the edit form / the cancel confirmation for an event (read first).
    void editEvent(qint64 eventId);
    void cancelEvent(qint64 eventId);

private:
    void updateButtons();

    ConsoleContext &m_context;
    QTableWidget *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_readOnly = false;
    QList<EventQueries::Managed> m_events;
    QLabel *m_status = nullptr;
    QList<VenueChoice> m_venues;
    QString m_lastCurrency;
    EventFormDialog *m_dialog = nullptr;
};

} // namespace tessera
