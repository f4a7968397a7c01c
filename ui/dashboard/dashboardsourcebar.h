// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace tessera {

// Where the dashboard's figures come from, on a console enrolled with a
// server: this terminal's database, or every terminal through the server
// (the signed-in member of staff's PIN once, to sign in there).
class DashboardSourceBar : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardSourceBar(QWidget *parent = nullptr);

    bool wantsServer() const;
    // Connected: the PIN field goes; not connected: it comes back (server chosen).
    void setConnected(bool connected);
    void clearPin();

signals:
    void useLocal();
    void connectServer(const QString &pin);

private:
    void update();

    QComboBox *m_which = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_connect = nullptr;
    bool m_connected = false;
};

} // namespace tessera
