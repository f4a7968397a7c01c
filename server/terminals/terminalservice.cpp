// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminals/terminalservice.h"

#include "common/randomsource.h"
#include "crypto/sealedbox.h"
#include "engine/engine.h"
#include "enrolmentcode.h"
#include "terminals/terminalcommands.h"
#include "terminals/terminaltokens.h"

namespace tessera {

namespace {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

Result<void> TerminalService::prepare()
{
    // Run at every start (its own key each time: the command is idempotent),
    // so a server of an older schema is upgraded whatever it ran before.
    CommandOutcome outcome =
        m_engine.execute(std::make_unique<PrepareServerCommand>(),
                         QStringLiteral("server:prepare:4:%1").arg(m_engine.stats().journalSeq));
    if (!outcome.result)
        return outcome.result.error();
    return {};
}

Result<QJsonObject> TerminalService::issueCode(RandomSource &random, const QString &terminal,
                                               qint64 venue, int validHours, qint64 nowMs)
{
    if (validHours < 1 || validHours > 24 * 30)
        return fail(ErrorCode::InvalidInput,
                    tr("A code is valid for 1 to 720 hours, not %1.").arg(validHours),
                    QStringLiteral("valid_hours"));
    const EnrolmentCode code = EnrolmentCode::generate(random, m_caSha256);
    CommandOutcome outcome = m_engine.execute(
        std::make_unique<IssueEnrolmentCodeCommand>(terminal, venue, code.secretHash(),
                                                    nowMs + qint64(validHours) * 3600 * 1000),
        QStringLiteral("enrol-code:") + hex(code.secretHash()));
    Result<QJsonObject> answer = outcome.result;
    if (!answer)
        return answer;
    answer->insert(QStringLiteral("code"), code.text());
    answer->insert(QStringLiteral("ca_fingerprint"),
                   QString(QStringLiteral("sha256:") + hex(m_caSha256)));
    return answer;
}

Result<QJsonObject> TerminalService::enrol(const QJsonObject &body)
{
    const bool withBox = body.contains(QStringLiteral("box_key"));
    if (body.size() != 1 + int(withBox) || !body.value(QStringLiteral("code")).isString())
        return fail(ErrorCode::InvalidInput,
                    tr("The request is {\"code\": \"TE1-…\", \"box_key\": \"…\"} and nothing "
                       "else."),
                    QStringLiteral("code"));
    // The terminal's public key, to which its card keys are sealed.
    QByteArray boxKey;
    if (withBox) {
        const QJsonValue text = body.value(QStringLiteral("box_key"));
        boxKey = QByteArray::fromBase64(text.toString().toLatin1(),
                                        QByteArray::AbortOnBase64DecodingErrors);
        if (!text.isString() || boxKey.size() != SealedBox::KeySize)
            return fail(ErrorCode::InvalidInput,
                        tr("\"box_key\" is the terminal's X25519 public key: %1 bytes in "
                           "base64.")
                            .arg(SealedBox::KeySize),
                        QStringLiteral("box_key"));
    }
    auto code = EnrolmentCode::parse(body.value(QStringLiteral("code")).toString());
    if (!code)
        return code.error();
    if (!code->isFor(m_caSha256))
        return fail(ErrorCode::InvalidInput,
                    tr("This enrolment code was made by another server: check the server "
                       "address."),
                    QStringLiteral("code"));
    CommandOutcome outcome =
        m_engine.execute(std::make_unique<EnrolTerminalCommand>(code->secretHash(),
                                                                TerminalTokens::generate(), boxKey),
                         QStringLiteral("enrol:") + hex(code->secretHash()));
    if (outcome.replayed)
        // The token went to whoever presented the code first.
        return fail(ErrorCode::InvalidState,
                    tr("This enrolment code was used already. Each code enrols one terminal "
                       "once: ask for a new one."),
                    QStringLiteral("code"));
    return outcome.result;
}

Result<QJsonObject> TerminalService::revoke(const QString &terminal)
{
    CommandOutcome outcome = m_engine.execute(
        std::make_unique<RevokeTerminalCommand>(terminal),
        QStringLiteral("revoke:%1:%2").arg(terminal).arg(m_engine.stats().journalSeq));
    return outcome.result;
}

} // namespace tessera
