// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"

#include <QDateTime>

namespace tessera {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace tessera
