// SPDX-License-Identifier: GPL-3.0-or-later
#include "clihelp.h"

#include "cli.h"
#include "verbs/verb.h"

namespace tessera {

namespace {

QString optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.push_back((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

// Two columns: the syntax, then the description.
QString table(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = qMax(width, row.first.size());
    QString out;
    for (const auto &row : rows)
        out += QStringLiteral("  ") + row.first.leftJustified(width + 2) + row.second +
               QLatin1Char('\n');
    return out;
}

QString optionTable(const QList<QCommandLineOption> &options)
{
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : options)
        rows.push_back({optionSyntax(option), option.description()});
    return table(rows);
}

} // namespace

QString CliHelp::overview(const QList<Verb> &verbs, const QList<QCommandLineOption> &globals)
{
    // The verbs of a group ("venue import", "venue list") together, where the group first appears.
    QList<std::pair<QString, QString>> rows;
    QList<const Verb *> listed;
    for (const Verb &verb : verbs) {
        if (listed.contains(&verb))
            continue;
        for (const Verb &other : verbs) {
            if (&other == &verb || (!verb.group.isEmpty() && other.group == verb.group)) {
                rows.push_back({other.words(), other.summary});
                listed.push_back(&other);
            }
        }
    }
    return CliText::tr("Usage: tessera-cli [global options] VERB [arguments] [options]\n"
                       "Runs one Tessera engine operation and prints its result as JSON.\n") +
           QLatin1Char('\n') + CliText::tr("Global options:") + QLatin1Char('\n') +
           optionTable(globals) + QLatin1Char('\n') + CliText::tr("Verbs:") + QLatin1Char('\n') +
           table(rows) + QLatin1Char('\n') +
           CliText::tr("\"tessera-cli VERB --help\" describes one verb. Exit status: 0 done, "
                       "2 bad usage or input, 3 refused by the rules, 4 not found, 5 storage "
                       "error.\n");
}

QString CliHelp::verb(const Verb &verb, const QList<QCommandLineOption> &globals)
{
    QString out = CliText::tr("Usage: tessera-cli [global options] %1").arg(verb.usage()) +
                  QLatin1Char('\n') + verb.summary + QLatin1Char('\n');
    if (!verb.options.isEmpty())
        out += QLatin1Char('\n') + CliText::tr("Options:") + QLatin1Char('\n') +
               optionTable(verb.options);
    out += QLatin1Char('\n') + CliText::tr("Global options:") + QLatin1Char('\n') +
           optionTable(globals);
    return out;
}

} // namespace tessera
