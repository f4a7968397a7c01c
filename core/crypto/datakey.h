// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "common/result.h"
#include "crypto/keyderivation.h"
#include "crypto/securebytes.h"

namespace tessera {

// The database's 32-byte data-encryption key: seals card keys and customers'
// personal data, computes blind indexes, and is stored only wrapped under the
// operator's passphrase. Move-only; the key bytes are wiped when it goes.
//
// Wrapped form, version 1: compact UTF-8 JSON
//   {"format":"tessera-data-key","version":1,"kdf":"scrypt","n":32768,"r":8,"p":1,
//    "salt":"<16 bytes, base64>","sealed":"<Aes256Gcm sealed key, base64>",
//    "checksum":"<SHA-256, hex>"}
// The wrapping key is scrypt(NFC passphrase as UTF-8, salt, n, r, p, 32). The
// AES-GCM additional data is the header
//   "tessera-data-key;version=1;kdf=scrypt;n=<n>;r=<r>;p=<p>;salt=<salt base64>"
// so the KDF settings cannot be swapped, and the checksum is SHA-256(header ||
// sealed). The checksum is unkeyed: it only tells a damaged file (CorruptKey)
// from a wrong passphrase (WrongPassphrase), which GCM alone cannot.
class DataKey
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::DataKey)

public:
    static constexpr int Size = 32;

    // A new random key.
    static DataKey generate();

    // The key wrapped under `passphrase` at the default scrypt cost (~0.1 s);
    // InvalidInput for an empty passphrase.
    Result<QByteArray> wrapWithPassphrase(const QString &passphrase) const;
    // The same at another cost: for tests, which need a cheap one.
    Result<QByteArray> wrapWithPassphrase(const QString &passphrase, const ScryptCost &cost) const;
    // WrongPassphrase when the passphrase does not open an intact blob;
    // CorruptKey, naming the problem, for a damaged, truncated or unknown blob.
    static Result<DataKey> unwrapWithPassphrase(const QByteArray &wrapped,
                                                const QString &passphrase);

    // Aes256Gcm::seal under this key.
    QByteArray encrypt(const QByteArray &plaintext, const QByteArray &aad = {}) const;
    // Aes256Gcm::open under this key, with its errors.
    Result<QByteArray> decrypt(const QByteArray &sealed, const QByteArray &aad = {}) const;

    // HMAC-SHA256 of `value` under a subkey derived from this key, so rows can
    // be found by an exact value without decrypting them, and an index reveals
    // nothing about the data key itself. Callers normalise values first
    // (trimmed, one case) so equal values index equally.
    QByteArray blindIndex(const QByteArray &value) const;

    // The raw 32 key bytes, for a key file kept outside the database (0600);
    // the caller wipes the copy.
    QByteArray exportRaw() const { return QByteArray(m_key.constData(), m_key.size()); }
    // A key from exportRaw()'s bytes (wiped here); CorruptKey unless 32 bytes.
    static Result<DataKey> fromRaw(QByteArray &raw);

    // True only for a moved-from key, which must not be used.
    bool isNull() const { return m_key.isEmpty(); }

private:
    explicit DataKey(SecureBytes key);

    SecureBytes m_key;
    SecureBytes m_indexKey;
};

} // namespace tessera
