// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "staff/permissiontable.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace tessera {

class CliSession;
class VerbArguments;

// One thing tessera-cli can do: its words ("venue import"), its arguments and
// options, and the function that runs it and returns what is printed.
struct Verb
{
    using Handler = Result<QJsonObject> (*)(CliSession &session, const VerbArguments &args);

    QString group;         // "venue" in "venue import"; empty for a verb of its own
    QString name;          // "import"
    QStringList arguments; // positional arguments, all required: {"PLAN.json"}
    QString summary;       // one translated line for the help
    QList<QCommandLineOption> options;
    Handler run = nullptr;
    // For a verb that reads (without changing anything first): what the actor
    // needs once the box office has staff. A verb that changes something is
    // authorised by its command; nullopt there.
    std::optional<Permission> reads = std::nullopt;

    // "venue import" or "sell".
    QString words() const;
    // "venue import PLAN.json [options]".
    QString usage() const;
};

// The verbs of each part, in the order the help lists them.
QList<Verb> setupVerbs();
QList<Verb> salesVerbs();
QList<Verb> queryVerbs();
QList<Verb> securityVerbs();
QList<Verb> paymentVerbs();

// An option that takes a value, as the verb lists declare them.
QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName);

} // namespace tessera
