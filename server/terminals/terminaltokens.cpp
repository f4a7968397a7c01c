// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminals/terminaltokens.h"

#include "storage/sqlitedb.h"
#include "terminals/terminalcommands.h"

#include <QDateTime>

#include <openssl/rand.h>

namespace tessera {

Result<TerminalIdentity> TerminalTokens::identify(SqliteDb &reader, const QByteArray &authorization)
{
    static const QByteArray scheme = QByteArrayLiteral("Bearer ");
    if (!authorization.startsWith(scheme) || authorization.size() <= scheme.size())
        return fail(ErrorCode::Unauthenticated,
                    tr("This call needs the terminal's token (Authorization: Bearer …): enrol "
                       "the terminal first."),
                    QStringLiteral("Authorization"));
    const QString token = QString::fromLatin1(authorization.mid(scheme.size()).trimmed());
    auto stmt = reader.prepare(QStringLiteral(
        "SELECT id, name, venue_id, COALESCE(enrolled_at, 0), COALESCE(revoked_at, 0) "
        "FROM server_terminals WHERE token_hash = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, EnrolTerminalCommand::tokenHash(token));
    std::optional<TerminalIdentity> found;
    qint64 revokedAt = 0;
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) {
            found =
                TerminalIdentity{s.columnInt(0), s.columnText(1), s.columnInt(2), s.columnInt(3)};
            revokedAt = s.columnInt(4);
        });
        !r)
        return r.error();
    if (!found)
        return fail(ErrorCode::Unauthenticated,
                    tr("This terminal token is not known to this server: enrol the terminal "
                       "again."),
                    QStringLiteral("Authorization"));
    if (revokedAt)
        return fail(
            ErrorCode::TerminalRevoked,
            tr("Terminal %1 was taken out of service at %2. Its unsynced sales stay on "
               "the terminal; ask a manager to enrol it again.")
                .arg(found->name,
                     QDateTime::fromMSecsSinceEpoch(revokedAt, Qt::UTC).toString(Qt::ISODate)),
            QStringLiteral("Authorization"));
    return *found;
}

QString TerminalTokens::generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size())) != 1)
        qFatal("OpenSSL RAND_bytes failed: no secure randomness available");
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace tessera
