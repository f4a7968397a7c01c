// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace tessera {

class LocalJsonChannel;

// How `tessera-server enrol-code` and `revoke` reach a running server: the
// server holds its database's writer lock, so a second process hands its
// request to the server's own engine over a local socket in the data
// directory (`admin.sock`; the directory is 0700 and the socket is for the
// same OS user only; LocalJsonChannel). One JSON line each way:
//   → {"verb": "enrol-code", "terminal": "BOX-1", "venue": 1, "valid_hours": 24}
//   ← {"ok": true, "answer": {…}}  or  {"ok": false, "error": {"code", "message", "where"}}
class AdminChannel : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<Result<QJsonObject>(const QJsonObject &request)>;

    AdminChannel(Handler handler, QObject *parent = nullptr);
    ~AdminChannel() override;

    // Listens on `socketPath` (a stale socket file is replaced: the caller
    // holds the data directory's lock, so nobody else serves it).
    Result<void> listen(const QString &socketPath);

    // Sends `request` to the server listening on `socketPath`; nullopt when
    // none is listening (then the caller opens the database itself).
    static std::optional<Result<QJsonObject>> call(const QString &socketPath,
                                                   const QJsonObject &request, int timeoutMs);

private:
    LocalJsonChannel *m_channel = nullptr;
};

} // namespace tessera
