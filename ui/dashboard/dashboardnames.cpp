// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/dashboardnames.h"

#include "printing/printableorder.h"

namespace tessera {

QString DashboardNames::channel(const QString &code)
{
    if (code == QLatin1String("counter"))
        return tr("Counter");
    if (code == QLatin1String("online"))
        return tr("Online");
    if (code == QLatin1String("phone"))
        return tr("Phone");
    return code;
}

QString DashboardNames::method(const QString &methodAndProvider)
{
    const QString method = methodAndProvider.section(QLatin1Char('/'), 0, 0);
    const QString provider = methodAndProvider.section(QLatin1Char('/'), 1);
    QString providerName = provider;
    if (provider == QLatin1String("drawer"))
        providerName = tr("drawer");
    else if (provider == QLatin1String("card_terminal"))
        providerName = tr("card terminal");
    else if (provider == QLatin1String("sandbox_qr"))
        providerName = tr("sandbox QR");
    else if (provider == QLatin1String("bank"))
        providerName = tr("bank");
    const QString name = PrintableOrder::methodName(method);
    return provider.isEmpty() || provider == method ? name : tr("%1 (%2)").arg(name, providerName);
}

QString DashboardNames::errorCode(const QString &code)
{
    if (code == QLatin1String("timeout"))
        return tr("Timed out");
    if (code == QLatin1String("network_error"))
        return tr("Network error");
    if (code == QLatin1String("provider_unavailable"))
        return tr("Provider unavailable");
    if (code == QLatin1String("insufficient_funds"))
        return tr("Insufficient funds");
    if (code == QLatin1String("card_declined"))
        return tr("Card declined");
    if (code == QLatin1String("expired_card"))
        return tr("Expired card");
    if (code == QLatin1String("cancelled_by_customer"))
        return tr("Cancelled by customer");
    if (code == QLatin1String("invalid_amount"))
        return tr("Invalid amount");
    if (code == QLatin1String("invalid_request"))
        return tr("Invalid request");
    if (code == QLatin1String("unknown"))
        return tr("Outcome unknown");
    return code;
}

} // namespace tessera
