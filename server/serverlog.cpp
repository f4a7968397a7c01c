// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlog.h"

#include "common/clock.h"

#include <QDateTime>

namespace tessera {

void ServerLog::line(const QString &text) const
{
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(Qt::ISODateWithMs);
    const QByteArray out = (stamp + QStringLiteral(" tessera-server ") + text).toUtf8() + '\n';
    std::fwrite(out.constData(), 1, size_t(out.size()), m_out);
    std::fflush(m_out);
}

} // namespace tessera
