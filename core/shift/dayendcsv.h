// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QJsonObject>

namespace tessera {

// The day-end report (DayEndReport) as CSV for a spreadsheet: UTF-8 with a
// byte-order mark, CRLF lines, a figures table (section, item, currency,
// count, amount) and, after a blank line, one row per shift. Amounts are
// decimal ("380.00"). A text cell that a spreadsheet would run as a formula
// (starting with =, +, -, @, tab or CR) gets a leading apostrophe; plain
// numbers such as "-5.00" stay numbers.
class DayEndCsv
{
    Q_DECLARE_TR_FUNCTIONS(tessera::DayEndCsv)

public:
    static QByteArray write(const QJsonObject &report);
    // One cell, quoted when needed and neutralised as above.
    static QString cell(const QString &text);
};

} // namespace tessera
