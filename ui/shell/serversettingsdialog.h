// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverlink.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class Engine;
class MessageLabel;

// Settings ▸ Server… (managers): enrols this console with the central server
// from the address and the one-time code a manager got from
// `tessera-server enrol-code`. The server's certificate is pinned through the
// code (ConsoleEnrolment); the link is kept beside the database, its
// credentials sealed in it through `engine` (ServerLink). Enrolling
// runs off the GUI thread; the dialog says what went wrong, by field.
class ServerSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerSettingsDialog(Engine &engine, QWidget *parent = nullptr);

signals:
    // The console is enrolled (or enrolled again) as `terminal`.
    void enrolled(const QString &terminal);

private:
    void showCurrent();
    void enrol();
    void moveAddress(const ServerLink &current);

    Engine &m_engine;
    QString m_path;
    QLabel *m_current = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_enrol = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace tessera
