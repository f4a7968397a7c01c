// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <QStringList>

namespace tessera {

// Stable error codes: dashboards count them and the CLI prints them, so a code
// is never renamed once released. Add new ones at the end of a group.
enum class ErrorCode {
    // input
    InvalidInput,
    InvalidJson,
    MissingField,
    DuplicateId,
    UnknownReference,
    NotFound,
    // inventory and lifecycle
    SeatUnavailable,
    QuotaExhausted,
    PoolExhausted,
    HoldExpired,
    InvalidState,
    SaleWindowClosed,
    PaymentMismatch,
    AlreadyRedeemed,
    WrongEvent,
    // a payment or refund that needs an open shift on the terminal (cash)
    ShiftRequired,
    // idempotency
    IdempotencyConflict,
    // storage
    StorageError,
    SchemaTooNew,
    EngineStopped,
    // another process holds the database's writer lock
    DatabaseInUse,
    // the file is not in WAL mode with synchronous=FULL: a sale would not be durable
    UnsafeDurability,
    // staff and security
    PermissionDenied,
    OverrideRequired,
    WrongPin,
    AccountLocked,
    // crypto
    WrongPassphrase,
    CorruptKey,
    CryptoFailure,
    DecryptionFailed,
    TruncatedCiphertext,
    UnknownCipherVersion,
    // a public key or a chain that does not match what the data key vouches for
    UntrustedKey,
    AuditChainBroken,
    // the central server: no valid terminal token, or a terminal taken out of service
    Unauthenticated,
    TerminalRevoked,
    // the central server cannot be reached (offline, refused, timed out, TLS)
    ServerUnreachable,
    // a terminal enrolled with a server sells only what the server allocated to it
    NotAllocated, // keep last: errorCodeFromName() counts up to it
};

// Returns the stable snake_case name of a code ("seat_unavailable").
QString errorCodeName(ErrorCode code);
// The code of a stable name, as another process sent it; nullopt if unknown.
std::optional<ErrorCode> errorCodeFromName(const QString &name);

// A failure with a stable code, a human (translated) message and, where it
// helps, the place it happened: a JSON path, a CSV line, a field name.
struct Error
{
    Error() = default;
    Error(ErrorCode c, QString m, QString w = {})
        : code(c)
        , message(std::move(m))
        , where(std::move(w))
    {}

    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
    QString where;
    // Further places, when one input has several problems ("line 9: ...").
    QStringList details;

    QString codeName() const { return errorCodeName(code); }
    // "message (where)" or just the message.
    QString toString() const;
};

} // namespace tessera
