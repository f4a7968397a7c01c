// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverdatadir.h"

#include "tlsauthority.h"

#include <QFile>

namespace tessera {

bool ServerDataDir::isInitialised() const
{
    for (const char *name : {TlsAuthority::kCaCertificate, TlsAuthority::kServerCertificate,
                             TlsAuthority::kServerKey}) {
        if (!QFile::exists(tlsFile(name)))
            return false;
    }
    return QFile::exists(database());
}

} // namespace tessera
