// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace tessera {

class CardsTab;
class ConsoleContext;
class EventsTab;
class MessageLabel;
class StaffTab;
class VenuesTab;

// Manage (F5), for managers and administrators: venues and seat maps,
// events and prices, card-key products and codes, staff. Each tab is enabled
// only when the signed-in user's role allows it; all engine work runs off the
// UI thread. On a terminal that takes its catalog from a central server a
// note says that changes are made on the server (the engine refuses them
// here: ReplicaGuard).
class ManagePage : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Venues, Events, Cards, Staff };

    explicit ManagePage(ConsoleContext &context, QWidget *parent = nullptr);

    void showTab(Tab tab);
    bool isTabEnabled(Tab tab) const;
    VenuesTab *venuesTab() const { return m_venues; }
    EventsTab *eventsTab() const { return m_events; }
    CardsTab *cardsTab() const { return m_cards; }
    StaffTab *staffTab() const { return m_staff; }

public slots:
    // The screen was brought to the front: refresh and focus its first field.
    void activate();

private:
    void applyPermissions();
    void refresh();
    void showReplicaNote();

    ConsoleContext &m_context;
    QTabWidget *m_tabs = nullptr;
    MessageLabel *m_replicaNote = nullptr;
    VenuesTab *m_venues = nullptr;
    EventsTab *m_events = nullptr;
    CardsTab *m_cards = nullptr;
    StaffTab *m_staff = nullptr;
    QString m_lastUser;
};

} // namespace tessera
