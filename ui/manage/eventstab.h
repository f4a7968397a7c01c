// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventformdialog.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera {

class ConsoleContext;

// Manage ▸ Events: the events with their venue, start and sale window, and
// the form for a new one.
class EventsTab : public QWidget
{
    Q_OBJECT
public:
    explicit EventsTab(ConsoleContext &context, QWidget *parent = nullptr);

    // Reads the events and the venues again (off the UI thread).
    void refresh();
    // Opens the new-event form (the "New event…" button).
    EventFormDialog *openNewEvent();
    QTableWidget *table() const { return m_table; }

private:
    ConsoleContext &m_context;
    QTableWidget *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QLabel *m_status = nullptr;
    QList<VenueChoice> m_venues;
    QString m_lastCurrency;
    EventFormDialog *m_dialog = nullptr;
};

} // namespace tessera
