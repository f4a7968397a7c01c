// SPDX-License-Identifier: GPL-3.0-or-later
#include "payments/externalcardterminal.h"

namespace tessera {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

} // namespace

Result<void> ExternalCardTerminal::validate(const QString &approvalCode, const QString &cardLast4)
{
    const QString code = approvalCode.trimmed();
    bool codeOk = code.size() >= 4 && code.size() <= 12;
    for (const QChar c : code)
        codeOk = codeOk && isAsciiAlnum(c);
    if (!codeOk)
        return fail(ErrorCode::InvalidInput,
                    PaymentResult::tr("The approval code must be 4 to 12 letters or digits."),
                    QStringLiteral("approval_code"));
    bool last4Ok = cardLast4.size() == 4;
    for (const QChar c : cardLast4)
        last4Ok = last4Ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!last4Ok)
        return fail(ErrorCode::InvalidInput,
                    PaymentResult::tr("Enter the last four digits of the card."),
                    QStringLiteral("card_last4"));
    return {};
}

PaymentResult ExternalCardTerminal::decide(const PaymentRequest &request) const
{
    if (request.amount.minor <= 0)
        return PaymentResult::declined(PaymentError::InvalidAmount);
    const auto valid = validate(request.approvalCode, request.cardLast4);
    if (!valid)
        return PaymentResult::declined(PaymentError::InvalidRequest, valid.error().message);
    PaymentResult result = PaymentResult::approved(request.approvalCode.trimmed().toUpper());
    result.maskedLast4 = request.cardLast4;
    return result;
}

} // namespace tessera
