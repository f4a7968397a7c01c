// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "staff/permissiontable.h"
#include "staff/staffauthenticator.h"

#include <QCoreApplication>

namespace tessera {

// A management call's credentials: HTTP Basic with a member of staff's name
// and PIN ("Authorization: Basic base64(name:PIN)", over the server's HTTPS
// only). They are checked by the engine's own sign-in (StaffAuthenticator:
// the same slow answer for unknown names, failures counted towards its
// lock-out, every sign-in audited), then the role against PermissionTable.
// Refusals carry the engine's codes: unauthenticated (no or malformed
// credentials), wrong_pin, account_locked (401), permission_denied (403).
class StaffCredentials
{
    Q_DECLARE_TR_FUNCTIONS(tessera::StaffCredentials)

public:
    static Result<StaffIdentity> authorize(StaffAuthenticator &auth,
                                           const QByteArray &authorization, Permission permission);
};

} // namespace tessera
