// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QSpinBox;

namespace tessera {

class ConsoleContext;
class MessageLabel;

// Settings ▸ Unpaid counter orders: how many minutes an order nobody paid
// keeps its seats before the engine puts them back on sale (0: never). A
// manager's setting for the whole database (sales/pendingorderwait.h).
class PendingOrderWaitDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PendingOrderWaitDialog(ConsoleContext &context, QWidget *parent = nullptr);

    int minutes() const;
    void setMinutes(int minutes);

signals:
    // The new wait is in force.
    void saved(int minutes);

private:
    void submit();

    ConsoleContext &m_context;
    QSpinBox *m_minutes = nullptr;
    MessageLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace tessera
