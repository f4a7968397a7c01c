// SPDX-License-Identifier: GPL-3.0-or-later
#include "verbs/verb.h"

#include "cli.h"

namespace tessera {

QString Verb::words() const
{
    return group.isEmpty() ? name : group + QLatin1Char(' ') + name;
}

QString Verb::usage() const
{
    QString text = words();
    for (const QString &argument : arguments)
        text += QLatin1Char(' ') + argument;
    if (!options.isEmpty())
        text += QLatin1Char(' ') + CliText::tr("[options]");
    return text;
}

QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description,
                              QString::fromLatin1(valueName));
}

} // namespace tessera
