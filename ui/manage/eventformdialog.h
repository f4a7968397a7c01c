// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class ConsoleContext;
class EventPricingEditor;
class EventTimesForm;

// A venue as the new-event form offers it.
struct VenueChoice
{
    qint64 id = 0;
    QString name;
    QString timezone;
    QStringList categories;
};

// Manage ▸ Events ▸ New event: venue, name, dates in the venue's time zone,
// sale window, currency, ticket types, prices and GA quotas. Everything is
// checked before it is sent (the message names the field and the cursor goes
// there); create_event's own refusal is shown the same way.
class EventFormDialog : public QDialog
{
    Q_OBJECT
public:
    EventFormDialog(ConsoleContext &context, const QList<VenueChoice> &venues,
                    const QString &defaultCurrency, QWidget *parent = nullptr);
    ~EventFormDialog() override;

    EventPricingEditor *pricing() const { return m_pricing; }

signals:
    void created(const QString &name);

private:
    void venueChosen();
    void submit();
    void showError(const QString &message);
    QString describe(const QString &where) const;

    ConsoleContext &m_context;
    QList<VenueChoice> m_venues;
    QComboBox *m_venue = nullptr;
    QLabel *m_zone = nullptr;
    std::unique_ptr<EventTimesForm> m_times;
    QLineEdit *m_currency = nullptr;
    EventPricingEditor *m_pricing = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
    bool m_busy = false;
};

} // namespace tessera
