// SPDX-License-Identifier: GPL-3.0-or-later
#include "apireply.h"

namespace tessera {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse ApiReply::json(const QJsonObject &body, Status status)
{
    return QHttpServerResponse(body, status);
}

QJsonObject ApiReply::errorBody(const Error &error)
{
    QJsonObject e{{QStringLiteral("code"), errorCodeName(error.code)},
                  {QStringLiteral("message"), error.message}};
    if (!error.where.isEmpty())
        e.insert(QStringLiteral("where"), error.where);
    return QJsonObject{{QStringLiteral("error"), e}};
}

QHttpServerResponse ApiReply::error(const Error &error)
{
    return QHttpServerResponse(errorBody(error), statusFor(error.code));
}

Status ApiReply::statusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::InvalidJson:
    case ErrorCode::MissingField:
    case ErrorCode::UnknownReference:
        return Status::BadRequest;
    case ErrorCode::NotFound:
        return Status::NotFound;
    case ErrorCode::PermissionDenied:
    case ErrorCode::OverrideRequired:
        return Status::Forbidden;
    case ErrorCode::WrongPin:
    case ErrorCode::AccountLocked:
    case ErrorCode::Unauthenticated:
        return Status::Unauthorized;
    case ErrorCode::TerminalRevoked:
        return Status::Forbidden;
    case ErrorCode::DuplicateId:
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
    case ErrorCode::NotAllocated:
        return Status::Conflict;
    case ErrorCode::EngineStopped:
    case ErrorCode::DatabaseInUse:
    case ErrorCode::ServerUnreachable:
        return Status::ServiceUnavailable;
    case ErrorCode::StorageError:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::UnsafeDurability:
    case ErrorCode::WrongPassphrase:
    case ErrorCode::CorruptKey:
    case ErrorCode::CryptoFailure:
    case ErrorCode::DecryptionFailed:
    case ErrorCode::TruncatedCiphertext:
    case ErrorCode::UnknownCipherVersion:
    case ErrorCode::UntrustedKey:
    case ErrorCode::AuditChainBroken:
        return Status::InternalServerError;
    }
    return Status::InternalServerError;
}

} // namespace tessera
