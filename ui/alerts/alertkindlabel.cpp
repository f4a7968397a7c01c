// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertkindlabel.h"

namespace tessera {

QString AlertKindLabel::name(AlertKind kind)
{
    switch (kind) {
    case AlertKind::PaymentSuccessBelow:
        return tr("Payment success below");
    case AlertKind::ErrorCodeAbove:
        return tr("Error code above");
    case AlertKind::TerminalSilent:
        return tr("Terminal silent for");
    case AlertKind::BacklogAbove:
        return tr("Sync backlog above");
    case AlertKind::StockBelow:
        return tr("Stock below");
    case AlertKind::ServerP99Above:
        return tr("Server p99 above");
    }
    return {};
}

QString AlertKindLabel::unitSuffix(AlertKind kind)
{
    switch (kind) {
    case AlertKind::PaymentSuccessBelow:
        return tr(" %");
    case AlertKind::ErrorCodeAbove:
        return tr(" per min");
    case AlertKind::TerminalSilent:
        return tr(" min");
    case AlertKind::BacklogAbove:
        return tr(" entries");
    case AlertKind::StockBelow:
        return tr(" tickets");
    case AlertKind::ServerP99Above:
        return tr(" ms");
    }
    return {};
}

} // namespace tessera
