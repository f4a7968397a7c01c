// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/datakey.h"

#include "crypto/aead.h"
#include "crypto/hmac.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <openssl/rand.h>

#include <optional>

namespace tessera {

namespace {

const QString Format = QStringLiteral("tessera-data-key");
const QString Scrypt = QStringLiteral("scrypt");
constexpr int FormatVersion = 1;
constexpr int SaltSize = 16;
// Limits on what an unwrap will spend: a doctored file must not stall startup
// or exhaust memory. The default cost is far below them.
constexpr quint64 MaxScryptN = quint64(1) << 20;
constexpr quint32 MaxScryptR = 64;
constexpr quint32 MaxScryptP = 16;

// Info string for the blind-index subkey; changing it changes every index.
constexpr char BlindIndexLabel[] = "tessera/blind-index/v1";

QByteArray header(const ScryptCost &cost, const QByteArray &salt)
{
    return QStringLiteral("%1;version=%2;kdf=%3;n=%4;r=%5;p=%6;salt=%7")
        .arg(Format)
        .arg(FormatVersion)
        .arg(Scrypt)
        .arg(cost.n)
        .arg(cost.r)
        .arg(cost.p)
        .arg(QString::fromLatin1(salt.toBase64()))
        .toUtf8();
}

QString checksum(const QByteArray &headerBytes, const QByteArray &sealed)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(headerBytes + sealed), QCryptographicHash::Sha256)
            .toHex());
}

bool withinUnwrapLimits(const ScryptCost &cost)
{
    return cost.n <= MaxScryptN && cost.r >= 1 && cost.r <= MaxScryptR && cost.p >= 1 &&
           cost.p <= MaxScryptP;
}

// A whole number in [min, max], or nothing.
std::optional<quint64> readCount(const QJsonObject &json, const QString &field, quint64 min,
                                 quint64 max)
{
    const QJsonValue value = json.value(field);
    if (!value.isDouble())
        return std::nullopt;
    const qint64 number = value.toInteger(-1);
    if (number < 0 || quint64(number) < min || quint64(number) > max)
        return std::nullopt;
    return quint64(number);
}

// Strict base64: the text must be exactly what toBase64() writes, so a changed
// padding bit cannot slip past the checksum.
std::optional<QByteArray> readBase64(const QJsonObject &json, const QString &field)
{
    const QJsonValue value = json.value(field);
    if (!value.isString())
        return std::nullopt;
    const QByteArray ascii = value.toString().toLatin1();
    const auto decoded =
        QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != ascii)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

DataKey::DataKey(SecureBytes key)
    : m_key(std::move(key))
{
    QByteArray indexKey = Hmac::sha256(m_key.view(), QByteArray(BlindIndexLabel));
    m_indexKey = SecureBytes::takeFrom(indexKey);
}

DataKey DataKey::generate()
{
    SecureBytes key(Size);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), Size) != 1)
        qFatal("OpenSSL RAND_bytes failed: no secure randomness available");
    return DataKey(std::move(key));
}

Result<QByteArray> DataKey::wrapWithPassphrase(const QString &passphrase) const
{
    return wrapWithPassphrase(passphrase, KeyDerivation::DefaultScryptCost);
}

Result<QByteArray> DataKey::wrapWithPassphrase(const QString &passphrase,
                                               const ScryptCost &cost) const
{
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The passphrase is empty."),
                    QStringLiteral("passphrase"));
    if (!withinUnwrapLimits(cost))
        return fail(ErrorCode::InvalidInput,
                    tr("This scrypt cost is above what unwrapping accepts (N up to 2^20, r up "
                       "to 64, p up to 16)."));

    QByteArray salt(SaltSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltSize) != 1)
        qFatal("OpenSSL RAND_bytes failed: no secure randomness available");
    auto wrappingKey = KeyDerivation::scrypt(passphrase.normalized(QString::NormalizationForm_C),
                                             salt, cost, Aes256Gcm::KeySize);
    if (!wrappingKey)
        return wrappingKey.error();
    const QByteArray headerBytes = header(cost, salt);
    auto sealed = Aes256Gcm::seal(*wrappingKey, m_key.view(), headerBytes);
    wipe(*wrappingKey);
    if (!sealed)
        return sealed.error();

    const QJsonObject json{
        {QStringLiteral("format"), Format},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("kdf"), Scrypt},
        {QStringLiteral("n"), qint64(cost.n)},
        {QStringLiteral("r"), qint64(cost.r)},
        {QStringLiteral("p"), qint64(cost.p)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
        {QStringLiteral("sealed"), QString::fromLatin1(sealed->toBase64())},
        {QStringLiteral("checksum"), checksum(headerBytes, *sealed)},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<DataKey> DataKey::unwrapWithPassphrase(const QByteArray &wrapped, const QString &passphrase)
{
    const auto corrupt = [](const QString &what, const QString &where = {}) {
        return fail(ErrorCode::CorruptKey, what, where);
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return corrupt(tr("The wrapped data key is damaged: it is not a JSON object."));
    const QJsonObject json = document.object();
    if (json.value(QStringLiteral("format")).toString() != Format)
        return corrupt(tr("This is not a Tessera wrapped data key."), QStringLiteral("format"));
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (version.toInteger(-1) != FormatVersion)
        return corrupt(
            tr("The wrapped data key has unknown version %1; this Tessera reads "
               "version %2.")
                .arg(version.isDouble() ? QString::number(version.toDouble()) : QStringLiteral("?"))
                .arg(FormatVersion),
            QStringLiteral("version"));
    const QString kdf = json.value(QStringLiteral("kdf")).toString();
    if (kdf != Scrypt)
        return corrupt(tr("The wrapped data key uses an unknown key derivation \"%1\".").arg(kdf),
                       QStringLiteral("kdf"));

    ScryptCost cost;
    const auto n = readCount(json, QStringLiteral("n"), 2, MaxScryptN);
    const auto r = readCount(json, QStringLiteral("r"), 1, MaxScryptR);
    const auto p = readCount(json, QStringLiteral("p"), 1, MaxScryptP);
    if (!n || !r || !p || (*n & (*n - 1)) != 0)
        return corrupt(tr("The wrapped data key's scrypt cost is missing or out of range."),
                       QStringLiteral("n, r, p"));
    cost.n = *n;
    cost.r = quint32(*r);
    cost.p = quint32(*p);

    const auto salt = readBase64(json, QStringLiteral("salt"));
    if (!salt || salt->size() != SaltSize)
        return corrupt(tr("The wrapped data key's salt is missing or malformed."),
                       QStringLiteral("salt"));
    const auto sealed = readBase64(json, QStringLiteral("sealed"));
    if (!sealed || sealed->size() != Aes256Gcm::Overhead + Size)
        return corrupt(tr("The wrapped data key's sealed key is missing, malformed or cut "
                          "short."),
                       QStringLiteral("sealed"));
    const QByteArray headerBytes = header(cost, *salt);
    if (json.value(QStringLiteral("checksum")).toString() != checksum(headerBytes, *sealed))
        return corrupt(tr("The wrapped data key is damaged: its checksum does not match."),
                       QStringLiteral("checksum"));

    auto wrappingKey = KeyDerivation::scrypt(passphrase.normalized(QString::NormalizationForm_C),
                                             *salt, cost, Aes256Gcm::KeySize);
    if (!wrappingKey)
        return corrupt(tr("The wrapped data key's scrypt cost cannot be used: %1")
                           .arg(wrappingKey.error().message),
                       QStringLiteral("n, r, p"));
    auto key = Aes256Gcm::open(*wrappingKey, *sealed, headerBytes);
    wipe(*wrappingKey);
    if (!key) {
        if (key.error().code == ErrorCode::DecryptionFailed)
            return fail(ErrorCode::WrongPassphrase,
                        tr("The passphrase is wrong; nothing was changed."));
        return corrupt(tr("The wrapped data key is damaged: %1").arg(key.error().message),
                       QStringLiteral("sealed"));
    }
    if (key->size() != Size) {
        wipe(*key);
        return corrupt(
            tr("The wrapped data key holds %1 bytes instead of %2.").arg(key->size()).arg(Size),
            QStringLiteral("sealed"));
    }
    return DataKey(SecureBytes::takeFrom(*key));
}

Result<DataKey> DataKey::fromRaw(QByteArray &raw)
{
    if (raw.size() != Size) {
        wipe(raw);
        return fail(ErrorCode::CorruptKey,
                    tr("The data key holds %1 bytes instead of %2.").arg(raw.size()).arg(Size));
    }
    return DataKey(SecureBytes::takeFrom(raw));
}

QByteArray DataKey::encrypt(const QByteArray &plaintext, const QByteArray &aad) const
{
    auto sealed = Aes256Gcm::seal(m_key.view(), plaintext, aad);
    // Fails only for a moved-from key or OpenSSL out of memory; storing the
    // plaintext instead, or nothing, would be worse than stopping.
    if (!sealed)
        qFatal("DataKey::encrypt failed: %s", qPrintable(sealed.error().message));
    return std::move(sealed).value();
}

Result<QByteArray> DataKey::decrypt(const QByteArray &sealed, const QByteArray &aad) const
{
    return Aes256Gcm::open(m_key.view(), sealed, aad);
}

QByteArray DataKey::blindIndex(const QByteArray &value) const
{
    return Hmac::sha256(m_indexKey.view(), value);
}

} // namespace tessera
