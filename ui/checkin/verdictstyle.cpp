// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictstyle.h"

namespace tessera {

namespace {

const QColor kWhite(0xff, 0xff, 0xff);
const QColor kInk(0x1a, 0x1a, 0x1a);
const QString kTick = QStringLiteral("\u2714");
const QString kCross = QStringLiteral("\u2716");
const QString kWarning = QStringLiteral("\u26a0");

} // namespace

VerdictStyle VerdictStyle::of(ScanOutcome::Kind kind)
{
    using Kind = ScanOutcome::Kind;
    switch (kind) {
    case Kind::Valid:
        return {QColor(0x1b, 0x7a, 0x2e), kWhite, QColor(0x1b, 0x7a, 0x2e), kTick};
    case Kind::AlreadyUsed:
    case Kind::Revoked:
        return {QColor(0xc6, 0x28, 0x28), kWhite, QColor(0xc6, 0x28, 0x28), kCross};
    case Kind::Forged:
    case Kind::NotATicket:
        return {QColor(0x4a, 0x14, 0x8c), kWhite, QColor(0x4a, 0x14, 0x8c), kCross};
    case Kind::OtherEvent:
    case Kind::Expired:
    case Kind::NotYetValid:
        return {QColor(0xff, 0xa0, 0x00), kInk, QColor(0xb3, 0x5c, 0x00), kWarning};
    case Kind::Failed:
        return {QColor(0x45, 0x5a, 0x64), kWhite, QColor(0x45, 0x5a, 0x64), kWarning};
    }
    return ready();
}

VerdictStyle VerdictStyle::ready()
{
    return {QColor(0xec, 0xef, 0xf1), QColor(0x37, 0x47, 0x4f), QColor(0x37, 0x47, 0x4f),
            QStringLiteral("\u25a3")};
}

} // namespace tessera
