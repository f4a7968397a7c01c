// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/staffauthenticator.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class ConsoleContext;

// The sign-in and lock screen: a member of staff picks their name, types their
// PIN and presses Enter. While the console is locked it names who locked it;
// anyone else may sign in instead (switching user).
class LoginPage : public QWidget
{
    Q_OBJECT
public:
    explicit LoginPage(ConsoleContext &context, QWidget *parent = nullptr);

    // Shows the screen for a fresh sign-in, or as the lock of `lockedBy`.
    void prepare(const QString &lockedBy = {});

signals:
    void signedIn(const tessera::StaffIdentity &identity);

private:
    void reloadNames();
    void submit();
    void showError(const QString &message);

    ConsoleContext &m_context;
    QLabel *m_heading = nullptr;
    QLabel *m_hint = nullptr;
    QComboBox *m_name = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_setup = nullptr;
    QLabel *m_error = nullptr;
    bool m_busy = false;
};

} // namespace tessera
