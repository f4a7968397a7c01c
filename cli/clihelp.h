// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>

namespace tessera {

struct Verb;

// The text of `tessera-cli --help` and `tessera-cli VERB --help`.
class CliHelp
{
public:
    static QString overview(const QList<Verb> &verbs, const QList<QCommandLineOption> &globals);
    static QString verb(const Verb &verb, const QList<QCommandLineOption> &globals);
};

} // namespace tessera
