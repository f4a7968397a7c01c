// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrolmentcode.h"

#include "common/randomsource.h"
#include "crypto/sha256.h"
#include "tickets/base32.h"

namespace tessera {

namespace {

const QString kPrefix = QStringLiteral("TE1");

Error badCode(const QString &why)
{
    return fail(ErrorCode::InvalidInput,
                EnrolmentCode::tr("This is not an enrolment code (%1). It looks like "
                                  "TE1-ABCD-EFGH-IJKL-MNOP-… as tessera-server enrol-code "
                                  "printed it.")
                    .arg(why),
                QStringLiteral("code"));
}

} // namespace

EnrolmentCode EnrolmentCode::generate(RandomSource &random, const QByteArray &caSha256)
{
    return {random.bytes(kSecretBytes), caSha256.left(kCaPrefixBytes)};
}

QString EnrolmentCode::text() const
{
    const QString secretText = Base32::encode(secret);
    QStringList parts{kPrefix};
    for (qsizetype i = 0; i < secretText.size(); i += 4)
        parts << secretText.mid(i, 4);
    parts << Base32::encode(caPrefix);
    return parts.join(QLatin1Char('-'));
}

Result<EnrolmentCode> EnrolmentCode::parse(const QString &text)
{
    QString plain = text.toUpper();
    plain.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (!plain.startsWith(kPrefix))
        return badCode(tr("it does not start with TE1"));
    plain = plain.mid(kPrefix.size());
    const qsizetype secretChars = (kSecretBytes * 8 + 4) / 5;
    const qsizetype caChars = (kCaPrefixBytes * 8 + 4) / 5;
    if (plain.size() != secretChars + caChars)
        return badCode(
            tr("%1 characters after TE1, not %2").arg(plain.size()).arg(secretChars + caChars));
    const Base32::Decoded secret = Base32::decode(QStringView(plain).left(secretChars));
    const Base32::Decoded ca = Base32::decode(QStringView(plain).mid(secretChars));
    if (!secret.ok() || !ca.ok())
        return badCode(tr("a character that is not in the code's alphabet"));
    return EnrolmentCode{secret.bytes, ca.bytes};
}

QByteArray EnrolmentCode::secretHash() const
{
    return Sha256::digest({"tessera-enrolment-code\n", secret});
}

bool EnrolmentCode::isFor(const QByteArray &caSha256) const
{
    return caPrefix.size() == kCaPrefixBytes && caSha256.startsWith(caPrefix);
}

} // namespace tessera
