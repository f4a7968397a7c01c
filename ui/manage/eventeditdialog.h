// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera {

class ConsoleContext;
class EventTimesForm;

// Manage ▸ Events ▸ Edit: an event's name, times and sale window in the
// venue's time zone, and its prices (one per seat category or standing
// area and ticket type). Sends edit_event; its refusal names the field.
class EventEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `event` as CatalogQueries::event() gives it.
    EventEditDialog(ConsoleContext &context, const QJsonObject &event, QWidget *parent = nullptr);
    ~EventEditDialog() override;

    QTableWidget *prices() const { return m_prices; }

signals:
    void saved(const QString &name);

private:
    void submit();
    void showError(const QString &message);
    QString describe(const QString &where) const;

    ConsoleContext &m_context;
    QJsonObject m_event;
    std::unique_ptr<EventTimesForm> m_times;
    QString m_currency;
    QTableWidget *m_prices = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    bool m_busy = false;
};

} // namespace tessera
