// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/staffqueries.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera {

class ChangeUserDialog;
class ConsoleContext;
class NewUserDialog;

// Manage ▸ Staff: who may use the console, with role, active and locked-out
// state; adding a user and changing one.
class StaffTab : public QWidget
{
    Q_OBJECT
public:
    explicit StaffTab(ConsoleContext &context, QWidget *parent = nullptr);

    // Reads the staff again (off the UI thread).
    void refresh();
    NewUserDialog *openNewUser();
    // Opens the change dialog for the selected user; nullptr when none is.
    ChangeUserDialog *openChange();
    QTableWidget *table() const { return m_table; }

private:
    ConsoleContext &m_context;
    QTableWidget *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_change = nullptr;
    QLabel *m_status = nullptr;
    QList<StaffRow> m_staff;
    NewUserDialog *m_newDialog = nullptr;
    ChangeUserDialog *m_changeDialog = nullptr;
};

} // namespace tessera
