// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/error.h"

namespace tessera {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::InvalidJson:
        return QStringLiteral("invalid_json");
    case ErrorCode::MissingField:
        return QStringLiteral("missing_field");
    case ErrorCode::DuplicateId:
        return QStringLiteral("duplicate_id");
    case ErrorCode::UnknownReference:
        return QStringLiteral("unknown_reference");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::SeatUnavailable:
        return QStringLiteral("seat_unavailable");
    case ErrorCode::QuotaExhausted:
        return QStringLiteral("quota_exhausted");
    case ErrorCode::PoolExhausted:
        return QStringLiteral("pool_exhausted");
    case ErrorCode::HoldExpired:
        return QStringLiteral("hold_expired");
    case ErrorCode::InvalidState:
        return QStringLiteral("invalid_state");
    case ErrorCode::SaleWindowClosed:
        return QStringLiteral("sale_window_closed");
    case ErrorCode::PaymentMismatch:
        return QStringLiteral("payment_mismatch");
    case ErrorCode::AlreadyRedeemed:
        return QStringLiteral("already_redeemed");
    case ErrorCode::WrongEvent:
        return QStringLiteral("wrong_event");
    case ErrorCode::ShiftRequired:
        return QStringLiteral("shift_required");
    case ErrorCode::IdempotencyConflict:
        return QStringLiteral("idempotency_conflict");
    case ErrorCode::StorageError:
        return QStringLiteral("storage_error");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("schema_too_new");
    case ErrorCode::EngineStopped:
        return QStringLiteral("engine_stopped");
    case ErrorCode::DatabaseInUse:
        return QStringLiteral("database_in_use");
    case ErrorCode::UnsafeDurability:
        return QStringLiteral("unsafe_durability");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission_denied");
    case ErrorCode::OverrideRequired:
        return QStringLiteral("override_required");
    case ErrorCode::WrongPin:
        return QStringLiteral("wrong_pin");
    case ErrorCode::AccountLocked:
        return QStringLiteral("account_locked");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("wrong_passphrase");
    case ErrorCode::CorruptKey:
        return QStringLiteral("corrupt_key");
    case ErrorCode::CryptoFailure:
        return QStringLiteral("crypto_failure");
    case ErrorCode::DecryptionFailed:
        return QStringLiteral("decryption_failed");
    case ErrorCode::TruncatedCiphertext:
        return QStringLiteral("truncated_ciphertext");
    case ErrorCode::UnknownCipherVersion:
        return QStringLiteral("unknown_cipher_version");
    case ErrorCode::UntrustedKey:
        return QStringLiteral("untrusted_key");
    case ErrorCode::AuditChainBroken:
        return QStringLiteral("audit_chain_broken");
    case ErrorCode::Unauthenticated:
        return QStringLiteral("unauthenticated");
    case ErrorCode::TerminalRevoked:
        return QStringLiteral("terminal_revoked");
    case ErrorCode::ServerUnreachable:
        return QStringLiteral("server_unreachable");
    case ErrorCode::NotAllocated:
        return QStringLiteral("not_allocated");
    }
    return QStringLiteral("unknown");
}

QString Error::toString() const
{
    if (where.isEmpty())
        return message;
    return message + QStringLiteral(" (") + where + QLatin1Char(')');
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    for (int c = 0; c <= int(ErrorCode::NotAllocated); ++c) {
        if (errorCodeName(ErrorCode(c)) == name)
            return ErrorCode(c);
    }
    return std::nullopt;
}

} // namespace tessera
