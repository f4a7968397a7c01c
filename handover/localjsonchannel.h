// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class QLocalServer;

namespace tessera {

// One JSON request and one JSON answer per connection over a local socket
// that only the same OS user can open. One line each way:
//   → {…request…}
//   ← {"ok": true, "answer": {…}}  or  {"ok": false, "error": {"code", "message", "where"}}
// The server side answers when the handler calls `reply` (at once or later,
// from any thread); a client that went away meanwhile is simply not answered.
class LocalJsonChannel : public QObject
{
    Q_OBJECT

public:
    using Reply = std::function<void(const Result<QJsonObject> &answer)>;
    using Handler = std::function<void(const QJsonObject &request, Reply reply)>;

    explicit LocalJsonChannel(Handler handler, QObject *parent = nullptr);
    ~LocalJsonChannel() override;

    // Listens on `socketPath`. A socket file left there is replaced: call it
    // only while holding the lock that says this process is the one to serve.
    Result<void> listen(const QString &socketPath);
    QString socketPath() const;

    // Sends `request` to whoever listens on `socketPath`; nullopt when nobody
    // does (no socket file, or a stale one). Blocks up to `timeoutMs` for
    // the answer.
    static std::optional<Result<QJsonObject>> call(const QString &socketPath,
                                                   const QJsonObject &request, int timeoutMs);

private:
    void serveOne();

    Handler m_handler;
    QLocalServer *m_server = nullptr;
};

} // namespace tessera
