// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;

namespace tessera {

class ConsoleContext;
class MessageLabel;
class TimeZoneBox;

// Settings ▸ Box office time zone: the zone every time in the console and
// on its printouts is shown in, and the one a new venue is offered. A
// manager's setting for the whole database (setup/boxofficetimezone.h).
class TimeZoneDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TimeZoneDialog(ConsoleContext &context, QWidget *parent = nullptr);

    QString zone() const;
    void setZone(const QString &zone);

signals:
    // The new zone is in force.
    void saved(const QString &zone);

private:
    void submit();

    ConsoleContext &m_context;
    TimeZoneBox *m_zone = nullptr;
    MessageLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace tessera
