// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedterminal.h"

#include "serverclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace tessera::bench {

std::vector<QByteArray> prebuildBatches(const SyntheticJournal &journal, qint64 end, int batchSize)
{
    std::vector<QByteArray> bodies;
    for (qint64 first = 1; first <= end; first += batchSize)
        bodies.push_back(QJsonDocument(journal.batch(first, qMin(end, first + batchSize - 1)))
                             .toJson(QJsonDocument::Compact));
    return bodies;
}

ShipOutcome shipSynthetic(ServerClient &client, const SyntheticJournal &journal, qint64 end,
                          int batchSize, const std::vector<QByteArray> *prebuilt)
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
        const size_t index = size_t(out.acked / batchSize);
        const bool ready = prebuilt && out.acked % batchSize == 0 && index < prebuilt->size();
        const QByteArray body =
            ready ? prebuilt->at(index)
                  : QJsonDocument(journal.batch(first, last)).toJson(QJsonDocument::Compact);
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
