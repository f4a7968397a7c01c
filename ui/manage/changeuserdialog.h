// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/staffqueries.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class ConsoleContext;

// Manage ▸ Staff ▸ Change: a member of staff's role, a new PIN, deactivating
// or reactivating them, and unlocking them after too many wrong PINs
// (update_user). Only what was changed is sent.
class ChangeUserDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeUserDialog(ConsoleContext &context, const StaffRow &member, QWidget *parent = nullptr);

signals:
    void changed(const QString &name);

private:
    void submit();
    void showError(const QString &message, QWidget *field = nullptr);

    ConsoleContext &m_context;
    StaffRow m_member;
    QComboBox *m_role = nullptr;
    QCheckBox *m_active = nullptr;
    QCheckBox *m_unlock = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinAgain = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace tessera
