// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The stable names of audited actions. Dashboards and reports group by them, so
// a name is never changed once released; add new ones in snake_case.
namespace tessera::audit_action {

inline const QString Login = QStringLiteral("login");
inline const QString LoginFailed = QStringLiteral("login_failed");
inline const QString AccountLocked = QStringLiteral("account_locked");
inline const QString Override = QStringLiteral("override");
inline const QString Refund = QStringLiteral("refund");
inline const QString Void = QStringLiteral("void");
inline const QString PriceChange = QStringLiteral("price_change");
inline const QString Import = QStringLiteral("import");
inline const QString CardKeyReveal = QStringLiteral("card_key_reveal");
inline const QString CardKeyExport = QStringLiteral("card_key_export");
inline const QString KeyRotation = QStringLiteral("key_rotation");
inline const QString UserChange = QStringLiteral("user_change");
inline const QString EventChange = QStringLiteral("event_change");
inline const QString EventCancel = QStringLiteral("event_cancel");

} // namespace tessera::audit_action
