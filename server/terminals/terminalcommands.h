// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"

#include <QCoreApplication>

namespace tessera {

// The server's own tables, beside the engine's (a console's file never has
// them): the terminals it knows and their one-time enrolment codes.
//   server_terminals(id, name UNIQUE, venue_id, token_hash, enrolled_at, revoked_at, created_at)
//   enrolment_codes(id, code_hash UNIQUE, terminal_id, created_at, expires_at, used_at)
//   terminal_journal(terminal_id, seq, …the terminal's journal row…, received_at, digest)
// and (schema 3, 4) the sales projection's (SqliteSalesMirror::prepare).
// Created by this command, run once by `tessera-server init` and again (a
// no-op) by every start, journalled like any change.
class PrepareServerCommand final : public Command
{
public:
    QString kind() const override { return QStringLiteral("prepare_server"); }
    QJsonObject toJson() const override { return {{QStringLiteral("schema"), 4}}; }
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    Result<CommandResult> apply(WriteContext &ctx) override;
};

// A one-time enrolment code for terminal `terminal` at venue `venueId`,
// valid until `expiresAt` (ms). Only the code's hash is stored and
// journalled; the code itself is printed once to the manager. A terminal
// that is enrolled and in service must be revoked before it is enrolled
// again.
class IssueEnrolmentCodeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::IssueEnrolmentCodeCommand)

public:
    IssueEnrolmentCodeCommand(QString terminal, qint64 venueId, QByteArray codeHash,
                              qint64 expiresAt)
        : m_terminal(std::move(terminal))
        , m_venueId(venueId)
        , m_codeHash(std::move(codeHash))
        , m_expiresAt(expiresAt)
    {}

    QString kind() const override { return QStringLiteral("issue_enrolment_code"); }
    QJsonObject toJson() const override;
    // Reached only by the data directory's owner (the CLI verb, directly or
    // over admin.sock): the OS authorises it, the audit log records it.
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    QString auditAction() const override { return QStringLiteral("enrolment_code"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

    // A terminal's name: 1–40 letters, digits, '-', '_' or '.'.
    static Result<void> checkName(const QString &name);

private:
    QString m_terminal;
    qint64 m_venueId;
    QByteArray m_codeHash;
    qint64 m_expiresAt;
};

// A console presents its enrolment code: the code is used up and the
// terminal gets `token` (only its hash is stored; the token is in the
// caller's answer, never in the journal).
class EnrolTerminalCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::EnrolTerminalCommand)

public:
    EnrolTerminalCommand(QByteArray codeHash, QString token, QByteArray boxKey = {})
        : m_codeHash(std::move(codeHash))
        , m_token(std::move(token))
        , m_boxKey(std::move(boxKey))
    {}

    QString kind() const override { return QStringLiteral("enrol_terminal"); }
    QJsonObject toJson() const override;
    // The code is the credential.
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    QString auditAction() const override { return QStringLiteral("enrol_terminal"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

    static QByteArray tokenHash(const QString &token);

private:
    QByteArray m_codeHash;
    QString m_token;
    QByteArray m_boxKey; // the terminal's public SealedBox key (may be empty)
};

// Takes a terminal out of service: its token is refused from the next call
// on (terminal_revoked); what it has not synced stays on its disk.
class RevokeTerminalCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RevokeTerminalCommand)

public:
    explicit RevokeTerminalCommand(QString terminal)
        : m_terminal(std::move(terminal))
    {}

    QString kind() const override { return QStringLiteral("revoke_terminal"); }
    QJsonObject toJson() const override { return {{QStringLiteral("terminal"), m_terminal}}; }
    // Reached only by the data directory's owner (the CLI verb, directly or
    // over admin.sock): the OS authorises it, the audit log records it.
    std::optional<Permission> requiredPermission() const override { return std::nullopt; }
    QString auditAction() const override { return QStringLiteral("revoke_terminal"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    QString m_terminal;
};

} // namespace tessera
