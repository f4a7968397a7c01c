// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class ConsoleContext;

// Manage ▸ Staff ▸ New user: name, display name, a role the signed-in user
// may grant, and a PIN typed twice (create_user; the PIN is hashed off the
// UI thread and never stored).
class NewUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewUserDialog(ConsoleContext &context, QWidget *parent = nullptr);

signals:
    void created(const QString &name);

private:
    void submit();
    void showError(const QString &message, QWidget *field = nullptr);

    ConsoleContext &m_context;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinAgain = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace tessera
