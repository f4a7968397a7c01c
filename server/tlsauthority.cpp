// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsauthority.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace tessera {

namespace {

struct FreeKey
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct FreeCert
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct FreeBio
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using Key = std::unique_ptr<EVP_PKEY, FreeKey>;
using Cert = std::unique_ptr<X509, FreeCert>;
using Bio = std::unique_ptr<BIO, FreeBio>;

Error cryptoFailure(const QString &what)
{
    return fail(ErrorCode::CryptoFailure,
                TlsAuthority::tr("Could not make the server's TLS certificates: %1.").arg(what));
}

bool addName(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate for `key`, named `commonName`, valid `days` from `now`; signed
// by `issuerKey` as `issuer`, or self-signed when `issuer` is null.
Cert makeCertificate(EVP_PKEY *key, const QString &commonName, const QString &organisation,
                     qint64 now, int days, X509 *issuer, EVP_PKEY *issuerKey,
                     const QList<std::pair<int, QByteArray>> &extensions)
{
    Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return nullptr;
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return nullptr;
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialOk = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    if (!serialOk)
        return nullptr;
    // An hour of slack before now, for clocks slightly behind the server's.
    time_t from = time_t(now);
    if (!X509_time_adj_ex(X509_getm_notBefore(cert.get()), 0, -3600, &from) ||
        !X509_time_adj_ex(X509_getm_notAfter(cert.get()), days, 0, &from))
        return nullptr;
    X509_NAME *subject = X509_get_subject_name(cert.get());
    if (!addName(subject, "O", organisation) || !addName(subject, "CN", commonName))
        return nullptr;
    X509 *signer = issuer ? issuer : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) != 1 ||
        X509_set_pubkey(cert.get(), key) != 1)
        return nullptr;
    for (const auto &[nid, value] : extensions) {
        if (!addExtension(cert.get(), signer, nid, value))
            return nullptr;
    }
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

QByteArray certificatePem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray keyPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray subjectAltNames(const TlsAuthority::Names &names)
{
    QStringList entries;
    for (const QString &host : names.hosts)
        entries << QStringLiteral("DNS:") + host;
    for (const QString &address : names.addresses)
        entries << QStringLiteral("IP:") + address;
    return entries.join(QLatin1Char(',')).toUtf8();
}

} // namespace

Result<TlsAuthority::Pem> TlsAuthority::create(const Names &names, qint64 nowSeconds)
{
    if (names.hosts.isEmpty() && names.addresses.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("The server certificate needs at least one host name or address."),
                    QStringLiteral("hosts"));
    for (const QString &address : names.addresses) {
        if (QHostAddress(address).isNull())
            return fail(ErrorCode::InvalidInput, tr("\"%1\" is not an IP address.").arg(address),
                        QStringLiteral("addresses"));
    }
    Key caKey(EVP_EC_gen("P-256"));
    Key serverKey(EVP_EC_gen("P-256"));
    if (!caKey || !serverKey)
        return cryptoFailure(tr("no EC key"));
    const QString host = names.hosts.value(0, names.addresses.value(0));
    Cert ca = makeCertificate(caKey.get(), tr("Tessera server CA (%1)").arg(host),
                              names.organisation, nowSeconds, 3650, nullptr, nullptr,
                              {{NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
                               {NID_key_usage, "critical,keyCertSign,cRLSign"},
                               {NID_subject_key_identifier, "hash"}});
    if (!ca)
        return cryptoFailure(tr("the CA certificate"));
    Cert server = makeCertificate(serverKey.get(), host, names.organisation, nowSeconds, 730,
                                  ca.get(), caKey.get(),
                                  {{NID_basic_constraints, "critical,CA:FALSE"},
                                   {NID_key_usage, "critical,digitalSignature"},
                                   {NID_ext_key_usage, "serverAuth"},
                                   {NID_authority_key_identifier, "keyid"},
                                   {NID_subject_alt_name, subjectAltNames(names)}});
    if (!server)
        return cryptoFailure(tr("the server certificate"));
    Pem pem{certificatePem(ca.get()), keyPem(caKey.get()), certificatePem(server.get()),
            keyPem(serverKey.get())};
    if (pem.caCertificate.isEmpty() || pem.caKey.isEmpty() || pem.serverCertificate.isEmpty() ||
        pem.serverKey.isEmpty())
        return cryptoFailure(tr("PEM encoding"));
    return pem;
}

Result<void> TlsAuthority::write(const Pem &pem, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::StorageError, tr("Cannot create the folder %1.").arg(folder),
                    folder);
    const QList<std::pair<const char *, const QByteArray *>> files{
        {kCaCertificate, &pem.caCertificate},
        {kCaKey, &pem.caKey},
        {kServerCertificate, &pem.serverCertificate},
        {kServerKey, &pem.serverKey}};
    for (const auto &[name, bytes] : files) {
        const QString path = QDir(folder).filePath(QString::fromLatin1(name));
        if (QFile::exists(path))
            return fail(ErrorCode::InvalidState,
                        tr("%1 exists already; it is not replaced.").arg(path), path);
    }
    for (const auto &[name, bytes] : files) {
        const QString path = QDir(folder).filePath(QString::fromLatin1(name));
        const bool secret = QByteArrayView(name).endsWith(".key");
        QFile file(path);
        // Created with the final permissions: a key is never readable by others, not even briefly.
        const QFile::Permissions permissions =
            secret ? QFile::ReadOwner | QFile::WriteOwner
                   : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions) ||
            file.write(*bytes) != bytes->size() || !file.flush())
            return fail(ErrorCode::StorageError,
                        tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    }
    return {};
}

Result<QString> TlsAuthority::fingerprint(const QByteArray &certificatePem)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (certs.size() != 1 || certs.first().isNull())
        return fail(ErrorCode::InvalidInput, tr("This is not one PEM certificate."));
    return QStringLiteral("sha256:") +
           QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());
}

} // namespace tessera
