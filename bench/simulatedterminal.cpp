// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedterminal.h"

#include "serverclient.h"

#include <QElapsedTimer>

namespace tessera::bench {

ShipOutcome shipSynthetic(ServerClient &client, const SyntheticJournal &journal, qint64 end,
                          int batchSize)
{
    ShipOutcome out;
    auto ack = client.get(QStringLiteral("/v1/journal/ack?local=%1").arg(end));
    if (!ack) {
        out.error = ack.error();
        return out;
    }
    out.acked = ack->value(QStringLiteral("acked")).toInteger();
    QElapsedTimer timer;
    while (out.acked < end) {
        const qint64 first = out.acked + 1;
        const qint64 last = qMin(end, out.acked + batchSize);
        const QJsonObject body = journal.batch(first, last);
        timer.start();
        auto answer = client.post(QStringLiteral("/v1/journal"), body);
        if (!answer) {
            out.error = answer.error();
            return out;
        }
        out.ackMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        out.sent += last - first + 1;
        const qint64 acked = answer->value(QStringLiteral("acked")).toInteger();
        if (acked <= out.acked) {
            out.error = fail(ErrorCode::InvalidState,
                             QStringLiteral("the server did not move past %1").arg(acked),
                             QStringLiteral("server"));
            return out;
        }
        out.acked = acked;
    }
    return out;
}

} // namespace tessera::bench
