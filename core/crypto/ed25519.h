// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace tessera {

namespace detail {
struct Ed25519Key; // the library's key object, kept out of this header
}

class Ed25519PublicKey;

// The organizer's Ed25519 signing key: signs ticket codes and revocation
// lists. Copies share one immutable key; its private bytes are cleansed when
// the last copy goes. Safe to use from several threads.
class Ed25519KeyPair
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Ed25519KeyPair)

public:
    static constexpr int kPublicKeySize = 32;
    static constexpr int kSignatureSize = 64;

    // A fresh key from the operating system's secure random source.
    static Ed25519KeyPair generate();
    // Reads an unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY") holding an Ed25519 key.
    static Result<Ed25519KeyPair> fromPrivatePem(const QByteArray &pem);

    // PKCS#8 PEM. Handle with care: it is the key.
    QByteArray privatePem() const;
    // SubjectPublicKeyInfo PEM ("BEGIN PUBLIC KEY"), what `openssl pkey -pubin` reads.
    QByteArray publicPem() const;
    // The 32-byte public key as RFC 8032 encodes it.
    QByteArray publicKeyRaw() const;
    Ed25519PublicKey publicKey() const;

    // The 64-byte pure-Ed25519 signature of `message` (RFC 8032, no prehash).
    QByteArray sign(const QByteArray &message) const;

private:
    explicit Ed25519KeyPair(std::shared_ptr<const detail::Ed25519Key> key);
    std::shared_ptr<const detail::Ed25519Key> m_key;
};

// An Ed25519 public key, as a gate holds it to check signatures offline.
class Ed25519PublicKey
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Ed25519PublicKey)

public:
    // SubjectPublicKeyInfo PEM ("BEGIN PUBLIC KEY") of an Ed25519 key.
    static Result<Ed25519PublicKey> fromPem(const QByteArray &pem);
    // The 32-byte RFC 8032 encoding.
    static Result<Ed25519PublicKey> fromRaw(const QByteArray &raw);

    // Whether `signature` is this key's signature of `message`. Only the
    // canonical 64-byte form is accepted.
    bool verify(const QByteArray &message, const QByteArray &signature) const;
    QByteArray pem() const;
    QByteArray raw() const;

private:
    explicit Ed25519PublicKey(std::shared_ptr<const detail::Ed25519Key> key);
    std::shared_ptr<const detail::Ed25519Key> m_key;
};

} // namespace tessera
