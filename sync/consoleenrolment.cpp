// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleenrolment.h"

#include "crypto/sealedbox.h"
#include "enrolmentcode.h"
#include "serverclient.h"

#include <QCryptographicHash>
#include <QSslSocket>

namespace tessera {

namespace {

Result<QUrl> parseAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed.contains(QStringLiteral("://")) ? trimmed
                                                     : QStringLiteral("https://") + trimmed);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    ConsoleEnrolment::tr("The server address is host:port (for example "
                                         "tickets.example.org:8443), not \"%1\".")
                        .arg(text),
                    QStringLiteral("address"));
    if (url.port() <= 0)
        url.setPort(8443);
    url.setPath({});
    return url;
}

} // namespace

Result<QSslCertificate> ConsoleEnrolment::pinCa(const QUrl &address, const QByteArray &caPrefix,
                                                int timeoutMs)
{
    QSslSocket socket;
    QList<QSslCertificate> chain;
    // The CA is not trusted yet, so the handshake fails; the chain it showed
    // is what is checked against the code.
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket,
                     [&](const QList<QSslError> &) { chain = socket.peerCertificateChain(); });
    socket.connectToHostEncrypted(address.host(), quint16(address.port()));
    if (socket.waitForEncrypted(timeoutMs))
        chain = socket.peerCertificateChain(); // trusted by the system: still must match
    socket.abort();
    if (chain.isEmpty())
        return fail(ErrorCode::ServerUnreachable,
                    tr("The server at %1 cannot be reached: %2")
                        .arg(address.toString(), socket.errorString()),
                    QStringLiteral("address"));
    for (const QSslCertificate &cert : std::as_const(chain)) {
        if (cert.isSelfSigned() && cert.digest(QCryptographicHash::Sha256).startsWith(caPrefix))
            return cert;
    }
    return fail(ErrorCode::UntrustedKey,
                tr("The server at %1 is not the one that made this code (its certificate does "
                   "not match the code's fingerprint). Check the address; nothing was sent.")
                    .arg(address.toString()),
                QStringLiteral("address"));
}

Result<ServerLink> ConsoleEnrolment::moveTo(const ServerLink &link, const QString &addressText,
                                            int timeoutMs)
{
    auto address = parseAddress(addressText);
    if (!address)
        return address.error();
    auto ca = pinCa(*address, link.ca.digest(QCryptographicHash::Sha256), timeoutMs);
    if (!ca)
        return ca.error();
    ServerClient client(*address, *ca, link.token, timeoutMs);
    auto me = client.get(QStringLiteral("/v1/terminal"));
    if (!me)
        return me.error();
    if (me->value(QStringLiteral("terminal")).toString() != link.terminal)
        return fail(ErrorCode::InvalidState,
                    tr("The server at %1 knows this console as \"%2\", not \"%3\": nothing was "
                       "changed.")
                        .arg(address->authority(), me->value(QStringLiteral("terminal")).toString(),
                             link.terminal),
                    QStringLiteral("address"));
    ServerLink moved = link;
    moved.address = *address;
    return moved;
}

Result<ServerLink> ConsoleEnrolment::enrol(const QString &addressText, const QString &codeText,
                                           int timeoutMs)
{
    auto address = parseAddress(addressText);
    if (!address)
        return address.error();
    auto code = EnrolmentCode::parse(codeText);
    if (!code)
        return code.error();
    auto ca = pinCa(*address, code->caPrefix, timeoutMs);
    if (!ca)
        return ca.error();
    // The card keys the server allocates to this terminal are sealed to it.
    auto box = SealedBox::generate();
    if (!box)
        return box.error();
    ServerClient client(*address, *ca, {}, timeoutMs);
    auto answer = client.post(
        QStringLiteral("/v1/enrol"),
        QJsonObject{{QStringLiteral("code"), code->text()},
                    {QStringLiteral("box_key"), QString::fromLatin1(box->publicKey.toBase64())}});
    if (!answer)
        return answer.error();
    ServerLink link;
    link.address = *address;
    link.ca = *ca;
    link.terminal = answer->value(QStringLiteral("terminal")).toString();
    link.terminalId = answer->value(QStringLiteral("terminal_id")).toInteger();
    link.venue = answer->value(QStringLiteral("venue")).toInteger();
    link.token = answer->value(QStringLiteral("token")).toString();
    link.boxKey = box->privateKey;
    if (!link.isValid())
        return fail(ErrorCode::InvalidState, tr("The server's answer holds no terminal token."),
                    QStringLiteral("server"));
    return link;
}

} // namespace tessera
