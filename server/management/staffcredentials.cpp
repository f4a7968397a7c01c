// SPDX-License-Identifier: GPL-3.0-or-later
#include "management/staffcredentials.h"

namespace tessera {

Result<StaffIdentity> StaffCredentials::authorize(StaffAuthenticator &auth,
                                                  const QByteArray &authorization,
                                                  Permission permission)
{
    const Error missing =
        fail(ErrorCode::Unauthenticated,
             tr("This call needs a member of staff's name and PIN (HTTP Basic authentication)."),
             QStringLiteral("Authorization"));
    const QByteArray scheme = authorization.left(6);
    if (scheme.compare("Basic ", Qt::CaseInsensitive) != 0)
        return missing;
    auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
    if (colon <= 0)
        return missing;
    const QString name = QString::fromUtf8(decoded.decoded.left(colon));
    const QString pin = QString::fromUtf8(decoded.decoded.mid(colon + 1));
    auto who = auth.login(name, pin);
    if (!who)
        return who.error();
    if (PermissionTable::decide(who->role, permission) != PermissionTable::Decision::Allowed)
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 is signed in as %2; this call needs a role with \"%3\".")
                        .arg(who->name, roleName(who->role), permissionName(permission)),
                    QStringLiteral("Authorization"));
    return who;
}

} // namespace tessera
