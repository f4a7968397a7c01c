// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace tessera {

// An editable list of the IANA time zones Qt knows ("Asia/Shanghai"),
// completing on any part of the name.
class TimeZoneBox : public QComboBox
{
    Q_OBJECT

public:
    // Starts at `zone`.
    explicit TimeZoneBox(const QString &zone, QWidget *parent = nullptr);
    // What is chosen or typed, trimmed.
    QString zone() const;
};

} // namespace tessera
