// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/eventqueries.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class ConsoleContext;

// Manage ▸ Events ▸ Cancel event: says what cancelling refunds (orders,
// tickets, amount), cancels and releases, asks for the reason and sends
// cancel_event once confirmed.
class EventCancelDialog : public QDialog
{
    Q_OBJECT
public:
    EventCancelDialog(ConsoleContext &context, qint64 eventId, const QString &name,
                      const EventQueries::CancelPreview &preview, QWidget *parent = nullptr);

    QString summary() const;

signals:
    void cancelled(const QString &text);

private:
    void submit();

    ConsoleContext &m_context;
    qint64 m_eventId;
    QString m_name;
    QLabel *m_summary = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace tessera
