// SPDX-License-Identifier: GPL-3.0-or-later
#include "verbarguments.h"

#include "cli.h"

#include <QCommandLineParser>

namespace tessera {

QString VerbArguments::optionLabel(const QString &option)
{
    return (option.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + option;
}

Result<qint64> VerbArguments::readInteger(const QString &text, const QString &label, qint64 minimum)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < minimum)
        return fail(ErrorCode::InvalidInput,
                    minimum > 0
                        ? CliText::tr("%1 expects a whole number greater than zero, not \"%2\".")
                              .arg(label, text)
                        : CliText::tr("%1 expects a whole number of zero or more, not \"%2\".")
                              .arg(label, text),
                    label);
    return value;
}

Result<qint64> VerbArguments::positionalId(int index) const
{
    return readInteger(positional(index), m_names.value(index), 1);
}

bool VerbArguments::isSet(const QString &option) const
{
    return m_parser.isSet(option);
}

QString VerbArguments::value(const QString &option) const
{
    return m_parser.value(option);
}

QStringList VerbArguments::values(const QString &option) const
{
    return m_parser.values(option);
}

Result<QString> VerbArguments::required(const QString &option) const
{
    const QString text = m_parser.value(option);
    if (!m_parser.isSet(option) || text.trimmed().isEmpty())
        return fail(ErrorCode::MissingField,
                    CliText::tr("%1 is required here.").arg(optionLabel(option)),
                    optionLabel(option));
    return text;
}

Result<qint64> VerbArguments::positive(const QString &option) const
{
    auto text = required(option);
    if (!text)
        return text.error();
    return readInteger(*text, optionLabel(option), 1);
}

Result<qint64> VerbArguments::positive(const QString &option, qint64 fallback) const
{
    if (!m_parser.isSet(option))
        return fallback;
    return readInteger(m_parser.value(option), optionLabel(option), 1);
}

Result<qint64> VerbArguments::nonNegative(const QString &option) const
{
    auto text = required(option);
    if (!text)
        return text.error();
    return readInteger(*text, optionLabel(option), 0);
}

Result<qint64> VerbArguments::nonNegative(const QString &option, qint64 fallback) const
{
    if (!m_parser.isSet(option))
        return fallback;
    return readInteger(m_parser.value(option), optionLabel(option), 0);
}

} // namespace tessera
