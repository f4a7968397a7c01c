// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/permissiontable.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class ConsoleContext;

// Asks a supervisor (or anyone else who may override `permission`) to
// approve an action at the till: they pick their name, type their PIN and
// press Enter. The PIN is checked off the UI thread; a wrong one shows why
// and keeps the dialog open. Once accepted, approver() is the name to pass as
// ConsoleContext::run's overrideBy.
class SupervisorApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    // `action` says what is approved ("Refund ¥380.00 on order T1-000042").
    SupervisorApprovalDialog(ConsoleContext &context, Permission permission, const QString &action,
                             QWidget *parent = nullptr);

    QString approver() const { return m_approver; }
    // False when nobody who may approve is set up (the dialog says so).
    bool hasApprovers() const;

private:
    void loadApprovers();
    void approve();
    void showError(const QString &message);

    ConsoleContext &m_context;
    Permission m_permission;
    QComboBox *m_name = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_approve = nullptr;
    QString m_approver;
    bool m_busy = false;
};

} // namespace tessera
