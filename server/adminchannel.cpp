// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminchannel.h"

#include "localjsonchannel.h"

namespace tessera {

AdminChannel::AdminChannel(Handler handler, QObject *parent)
    : QObject(parent)
{
    // The admin verbs are quick: answered at once, on the server's thread.
    m_channel =
        new LocalJsonChannel([handler = std::move(handler)](
                                 const QJsonObject &request,
                                 const LocalJsonChannel::Reply &reply) { reply(handler(request)); },
                             this);
}

AdminChannel::~AdminChannel() = default;

Result<void> AdminChannel::listen(const QString &socketPath)
{
    return m_channel->listen(socketPath);
}

std::optional<Result<QJsonObject>> AdminChannel::call(const QString &socketPath,
                                                      const QJsonObject &request, int timeoutMs)
{
    return LocalJsonChannel::call(socketPath, request, timeoutMs);
}

} // namespace tessera
