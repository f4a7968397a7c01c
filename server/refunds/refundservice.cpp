// SPDX-License-Identifier: GPL-3.0-or-later
#include "refunds/refundservice.h"

#include "common/jsonfields.h"
#include "engine/engine.h"
#include "management/staffcredentials.h"
#include "refunds/remoterefundcommands.h"
#include "refunds/remoterefunds.h"
#include "storage/sqlitedb.h"

#include <QMutexLocker>

namespace tessera {

Result<void> RefundService::noteTicketKey(qint64 terminal, const QJsonValue &key)
{
    if (key.isUndefined())
        return {};
    auto raw = QByteArray::fromBase64Encoding(key.toString().toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);
    if (!key.isString() || !raw || raw.decoded.size() != 32)
        return fail(ErrorCode::InvalidInput,
                    tr("\"ticket_key\" is the terminal's Ed25519 ticket key, 32 bytes in base64."),
                    QStringLiteral("ticket_key"));
    {
        QMutexLocker lock(&m_mutex);
        if (m_knownKeys.value(terminal) == raw.decoded)
            return {};
    }
    CommandOutcome outcome =
        m_engine.execute(std::make_unique<RecordTicketKeyCommand>(terminal, raw.decoded),
                         QStringLiteral("ticket-key:%1:%2")
                             .arg(terminal)
                             .arg(QString::fromLatin1(raw.decoded.toHex())));
    if (!outcome.result)
        return outcome.result.error();
    QMutexLocker lock(&m_mutex);
    m_knownKeys.insert(terminal, raw.decoded);
    return {};
}

Result<QJsonObject> RefundService::lookup(const QJsonObject &body)
{
    const JsonFields f(body);
    if (auto r = f.only({"code"}); !r)
        return r.error();
    auto code = f.string(QStringLiteral("code"));
    if (!code)
        return code.error();
    auto ticket = RemoteRefunds::find(m_reader, *code);
    if (!ticket)
        return ticket.error();
    return ticket->toJson();
}

Result<QJsonObject> RefundService::refund(qint64 terminal, const QJsonObject &body,
                                          const QString &key)
{
    const JsonFields f(body);
    if (auto r = f.only({"code", "reason", "approver"}); !r)
        return r.error();
    auto code = f.string(QStringLiteral("code"));
    if (!code)
        return code.error();
    auto reason = f.string(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    if (key.trimmed().isEmpty())
        return fail(ErrorCode::MissingField,
                    tr("A refund needs an Idempotency-Key header, so that a retry after a lost "
                       "answer refunds once."),
                    QStringLiteral("Idempotency-Key"));
    const QJsonObject approver = body.value(QLatin1String("approver")).toObject();
    const QString name = approver.value(QLatin1String("name")).toString();
    const QString pin = approver.value(QLatin1String("pin")).toString();
    if (name.isEmpty() || pin.isEmpty())
        return fail(ErrorCode::MissingField,
                    tr("A refund at another counter is approved by a member of staff who may "
                       "refund: give their name and PIN."),
                    QStringLiteral("approver"));
    StaffAuthenticator auth(m_engine, m_clock);
    auto who = StaffCredentials::authorize(
        auth, "Basic " + (name + QLatin1Char(':') + pin).toUtf8().toBase64(), Permission::Refund);
    if (!who)
        return Error{who.error().code, who.error().message, QStringLiteral("approver")};
    CommandOutcome outcome = m_engine.execute(
        std::make_unique<RefundElsewhereCommand>(terminal, *code, *reason, who->name),
        QStringLiteral("remote-refund:%1:%2").arg(terminal).arg(key.trimmed()), who->name);
    return outcome.result;
}

} // namespace tessera
