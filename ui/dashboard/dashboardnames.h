// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tessera {

// The names a dashboard shows for the stable codes in its figures.
class DashboardNames
{
    Q_DECLARE_TR_FUNCTIONS(DashboardNames)

public:
    // counter, online, phone.
    static QString channel(const QString &code);
    // "cash/drawer" -> "Cash (drawer)"; "qr/sandbox_qr" -> "QR pay (sandbox QR)".
    static QString method(const QString &methodAndProvider);
    // A payment error code in words: "timeout" -> "Timed out".
    static QString errorCode(const QString &code);
};

} // namespace tessera
