// SPDX-License-Identifier: GPL-3.0-or-later
#include "exitcode.h"

namespace tessera {

ExitCode exitCodeFor(ErrorCode code)
{
    // No default: a new error code must be given its exit status here.
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::InvalidJson:
    case ErrorCode::MissingField:
    case ErrorCode::DuplicateId:
    case ErrorCode::UnknownReference:
        return ExitCode::Usage;
    case ErrorCode::NotFound:
        return ExitCode::NotFound;
    case ErrorCode::SeatUnavailable:
    case ErrorCode::QuotaExhausted:
    case ErrorCode::PoolExhausted:
    case ErrorCode::HoldExpired:
    case ErrorCode::InvalidState:
    case ErrorCode::SaleWindowClosed:
    case ErrorCode::PaymentMismatch:
    case ErrorCode::AlreadyRedeemed:
    case ErrorCode::WrongEvent:
    case ErrorCode::ShiftRequired:
    case ErrorCode::IdempotencyConflict:
    case ErrorCode::PermissionDenied:
    case ErrorCode::OverrideRequired:
    case ErrorCode::WrongPin:
    case ErrorCode::AccountLocked:
    case ErrorCode::Unauthenticated:
    case ErrorCode::TerminalRevoked:
    case ErrorCode::NotAllocated:
        return ExitCode::Refused;
    case ErrorCode::ServerUnreachable:
        return ExitCode::Storage;
    case ErrorCode::WrongPassphrase:
    case ErrorCode::CorruptKey:
    case ErrorCode::DecryptionFailed:
    case ErrorCode::TruncatedCiphertext:
    case ErrorCode::UnknownCipherVersion:
    case ErrorCode::UntrustedKey:
    case ErrorCode::AuditChainBroken:
        return ExitCode::Refused;
    case ErrorCode::CryptoFailure:
    case ErrorCode::StorageError:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::EngineStopped:
    case ErrorCode::UnsafeDurability:
        return ExitCode::Storage;
    case ErrorCode::DatabaseInUse:
        return ExitCode::Refused;
    }
    return ExitCode::Storage;
}

} // namespace tessera
