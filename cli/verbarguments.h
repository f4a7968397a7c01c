// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QStringList>

class QCommandLineParser;

namespace tessera {

// The parsed command line of one verb: its positional arguments by index and
// its options by name, read as typed values whose errors name the argument
// ("--price", "ORDER_ID") so the user knows what to fix.
class VerbArguments
{
public:
    VerbArguments(const QCommandLineParser &parser, QStringList positionals,
                  QStringList positionalNames)
        : m_parser(parser)
        , m_positionals(std::move(positionals))
        , m_names(std::move(positionalNames))
    {}

    QString positional(int index) const { return m_positionals.value(index); }
    // A positional argument that names a record by its id (> 0).
    Result<qint64> positionalId(int index) const;

    bool isSet(const QString &option) const;
    QString value(const QString &option) const;
    QStringList values(const QString &option) const;
    // A value the verb cannot run without.
    Result<QString> required(const QString &option) const;
    // An integer > 0; required, or `fallback` when the option is not given.
    Result<qint64> positive(const QString &option) const;
    Result<qint64> positive(const QString &option, qint64 fallback) const;
    // An integer >= 0 (amounts, sequence numbers).
    Result<qint64> nonNegative(const QString &option) const;
    Result<qint64> nonNegative(const QString &option, qint64 fallback) const;

    // "--price" for "price".
    static QString optionLabel(const QString &option);
    // Reads a whole number; a failure names `label` and says what is expected.
    static Result<qint64> readInteger(const QString &text, const QString &label, qint64 minimum);

private:
    const QCommandLineParser &m_parser;
    QStringList m_positionals;
    QStringList m_names;
};

} // namespace tessera
