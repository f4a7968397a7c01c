// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "cli.h"
#include "clihelp.h"
#include "clisession.h"
#include "exitcode.h"
#include "storage/schema.h"
#include "verbarguments.h"
#include "verbs/alertverbs.h"
#include "verbs/reportverbs.h"
#include "verbs/shiftverbs.h"
#include "verbs/syncverbs.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QUuid>

namespace tessera {

namespace {

const QString kDb = QStringLiteral("db");
const QString kActor = QStringLiteral("actor");
const QString kKey = QStringLiteral("key");
const QString kPin = QStringLiteral("pin");
const QString kPinStdin = QStringLiteral("pin-stdin");
const QString kOverrideBy = QStringLiteral("override-by");
const QString kOverridePin = QStringLiteral("override-pin");
const QString kPretty = QStringLiteral("pretty");
const QString kPassphraseEnv = QStringLiteral("passphrase-env");
const QString kHelp = QStringLiteral("help");
const QString kVersion = QStringLiteral("version");

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(
            kDb,
            CliText::tr("The database file (default: $TESSERA_DB, else tessera.db in "
                        "the application data folder)."),
            QStringLiteral("PATH")),
        QCommandLineOption(kActor,
                           CliText::tr("Who acts, as the journal records it (default: $USER, else "
                                       "\"cli\")."),
                           QStringLiteral("NAME")),
        QCommandLineOption(kKey,
                           CliText::tr("Idempotency key of the change; give the same key to retry "
                                       "safely (default: a fresh UUID)."),
                           QStringLiteral("KEY")),
        QCommandLineOption(kPin,
                           CliText::tr("The actor's PIN, once the box office has staff (default: "
                                       "$TESSERA_PIN). Visible to other users in the process "
                                       "list: prefer $TESSERA_PIN or --pin-stdin."),
                           QStringLiteral("PIN")),
        QCommandLineOption(kPinStdin, CliText::tr("Read the actor's PIN from the first line of "
                                                  "standard input (the rest stays the verb's "
                                                  "input, as for \"-\").")),
        QCommandLineOption(kOverrideBy,
                           CliText::tr("The supervisor who approves a refund or void."),
                           QStringLiteral("NAME")),
        QCommandLineOption(kOverridePin,
                           CliText::tr("The approving supervisor's PIN (default: "
                                       "$TESSERA_OVERRIDE_PIN)."),
                           QStringLiteral("PIN")),
        QCommandLineOption(kPassphraseEnv,
                           CliText::tr("Read the passphrase that protects the data key from this "
                                       "environment variable (default: the key file next to the "
                                       "database)."),
                           QStringLiteral("VAR")),
        QCommandLineOption(kPretty, CliText::tr("Indent the JSON output.")),
        QCommandLineOption(QStringList{QStringLiteral("h"), kHelp}, CliText::tr("Show the help.")),
        QCommandLineOption(kVersion, CliText::tr("Print the version and schema version as JSON.")),
    };
}

QString defaultDatabasePath()
{
    QString fromEnv = qEnvironmentVariable("TESSERA_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("tessera.db"));
}

QString defaultActor()
{
    for (const char *name : {"USER", "USERNAME"}) {
        QString user = qEnvironmentVariable(name).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("cli");
}

// A command-line parse failure, naming the option where it can.
Error parserError(const QCommandLineParser &parser, const QStringList &arguments,
                  const QList<QCommandLineOption> &options, const QString &verbWords)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        const QString label = VerbArguments::optionLabel(unknown.first());
        return fail(
            ErrorCode::InvalidInput,
            verbWords.isEmpty()
                ? CliText::tr("Unknown option %1; \"tessera-cli --help\" lists the options.")
                      .arg(label)
                : CliText::tr("Unknown option %1 for \"%2\"; \"tessera-cli %2 --help\" "
                              "lists its options.")
                      .arg(label, verbWords),
            label);
    }
    // A value option at the very end is the one whose value is missing.
    const QString last = arguments.size() > 1 ? arguments.last() : QString();
    QString name = last;
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    for (const QCommandLineOption &option : options) {
        if (!option.valueName().isEmpty() && option.names().contains(name) &&
            last.startsWith(QLatin1Char('-'))) {
            const QString label = VerbArguments::optionLabel(name);
            return fail(ErrorCode::MissingField,
                        CliText::tr("%1 needs a value (%2).").arg(label, option.valueName()),
                        label);
        }
    }
    return fail(ErrorCode::InvalidInput, parser.errorText(),
                verbWords.isEmpty() ? QStringLiteral("options") : verbWords);
}

// The first line of standard input, without its line break: a PIN piped in
// never shows in the process list.
Result<QString> readPinLine(QIODevice &in)
{
    QByteArray line = in.readLine(256);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return fail(ErrorCode::MissingField,
                    CliText::tr("--pin-stdin: the first line of standard input holds no PIN."),
                    QStringLiteral("--pin-stdin"));
    return QString::fromUtf8(line);
}

} // namespace

CliRunner::CliRunner(QIODevice &in, QIODevice &out, QIODevice &err, const Clock *clock)
    : m_in(in)
    , m_output(out, err)
    , m_clock(clock ? clock : &m_systemClock)
{
    m_verbs = setupVerbs() + salesVerbs() + paymentVerbs() + queryVerbs() + securityVerbs() +
              shiftVerbs() + reportVerbs() + syncVerbs() + alertVerbs();
}

int CliRunner::run(const QStringList &arguments)
{
    const QList<QCommandLineOption> globals = globalOptions();
    QCommandLineParser front;
    // Everything from the verb on is the verb's to parse.
    front.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    front.addOptions(globals);
    if (!front.parse(arguments))
        return m_output.printError(parserError(front, arguments, globals, QString()));
    m_output.setPretty(front.isSet(kPretty));
    if (front.isSet(kVersion)) {
        m_output.printResult(
            QJsonObject{{QStringLiteral("tessera_cli"), QStringLiteral(TESSERA_VERSION)},
                        {QStringLiteral("schema_version"), Schema::kCurrentVersion}});
        return int(ExitCode::Success);
    }
    QStringList words = front.positionalArguments();
    const bool helpVerb = !words.isEmpty() && words.first() == QLatin1String("help");
    if (helpVerb)
        words.removeFirst();
    if (words.isEmpty()) {
        if (helpVerb || front.isSet(kHelp)) {
            m_output.printText(CliHelp::overview(m_verbs, globals));
            return int(ExitCode::Success);
        }
        return m_output.printError(fail(
            ErrorCode::MissingField, CliText::tr("Name a verb; \"tessera-cli --help\" lists them."),
            QStringLiteral("verb")));
    }
    auto verb = findVerb(words);
    if (!verb)
        return m_output.printError(verb.error());
    if (helpVerb || front.isSet(kHelp)) {
        m_output.printText(CliHelp::verb(**verb, globals));
        return int(ExitCode::Success);
    }
    return runVerb(**verb, QStringList{arguments.value(0)} + words, front);
}

Result<const Verb *> CliRunner::findVerb(QStringList &words) const
{
    const QString first = words.first();
    QStringList groupVerbs;
    for (const Verb &verb : m_verbs) {
        if (verb.group.isEmpty() && verb.name == first) {
            words.removeFirst();
            return &verb;
        }
        if (verb.group == first)
            groupVerbs.push_back(verb.name);
    }
    if (groupVerbs.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            CliText::tr("Unknown verb \"%1\"; \"tessera-cli --help\" lists the verbs.").arg(first),
            QStringLiteral("verb"));
    const QString second = words.value(1);
    for (const Verb &verb : m_verbs) {
        if (verb.group == first && verb.name == second) {
            words.remove(0, 2);
            return &verb;
        }
    }
    const QString choices = groupVerbs.join(QStringLiteral(", "));
    return fail(ErrorCode::InvalidInput,
                second.isEmpty() ? CliText::tr("\"%1\" needs one of: %2.").arg(first, choices)
                                 : CliText::tr("Unknown verb \"%1 %2\"; \"%1\" takes one of: %3.")
                                       .arg(first, second, choices),
                QStringLiteral("verb"));
}

int CliRunner::runVerb(const Verb &verb, const QStringList &arguments,
                       const QCommandLineParser &front)
{
    const QList<QCommandLineOption> globals = globalOptions();
    QCommandLineParser parser;
    parser.addOptions(verb.options);
    parser.addOptions(globals);
    if (!parser.parse(arguments))
        return m_output.printError(
            parserError(parser, arguments, verb.options + globals, verb.words()));
    if (parser.isSet(kPretty))
        m_output.setPretty(true);
    if (parser.isSet(kHelp)) {
        m_output.printText(CliHelp::verb(verb, globals));
        return int(ExitCode::Success);
    }
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() < verb.arguments.size())
        return m_output.printError(
            fail(ErrorCode::MissingField,
                 CliText::tr("\"%1\" needs %2: tessera-cli %3")
                     .arg(verb.words(), verb.arguments.at(positionals.size()), verb.usage()),
                 verb.arguments.at(positionals.size())));
    if (positionals.size() > verb.arguments.size())
        return m_output.printError(
            fail(ErrorCode::InvalidInput,
                 CliText::tr("\"%1\" does not take \"%2\": tessera-cli %3")
                     .arg(verb.words(), positionals.at(verb.arguments.size()), verb.usage()),
                 positionals.at(verb.arguments.size())));

    // A global option may come before or after the verb; after wins.
    auto global = [&](const QString &name) {
        return parser.isSet(name) ? parser.value(name) : front.value(name);
    };
    const bool keyGiven = parser.isSet(kKey) || front.isSet(kKey);
    CliSettings settings;
    settings.databasePath =
        parser.isSet(kDb) || front.isSet(kDb) ? global(kDb) : defaultDatabasePath();
    settings.actor =
        parser.isSet(kActor) || front.isSet(kActor) ? global(kActor).trimmed() : defaultActor();
    settings.idempotencyKey =
        keyGiven ? global(kKey).trimmed() : QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool pinGiven = parser.isSet(kPin) || front.isSet(kPin);
    const bool pinFromStdin = parser.isSet(kPinStdin) || front.isSet(kPinStdin);
    if (pinGiven && pinFromStdin)
        return m_output.printError(
            fail(ErrorCode::InvalidInput,
                 CliText::tr("Give the PIN once: --pin or --pin-stdin, not both."),
                 QStringLiteral("--pin-stdin")));
    if (pinFromStdin) {
        auto pin = readPinLine(m_in);
        if (!pin)
            return m_output.printError(pin.error());
        settings.pin = *pin;
    } else {
        settings.pin = pinGiven ? global(kPin) : qEnvironmentVariable("TESSERA_PIN");
    }
    settings.overrideBy = global(kOverrideBy).trimmed();
    settings.overridePin = parser.isSet(kOverridePin) || front.isSet(kOverridePin)
                               ? global(kOverridePin)
                               : qEnvironmentVariable("TESSERA_OVERRIDE_PIN");
    settings.clock = m_clock;
    settings.readPermission = verb.reads;
    if (parser.isSet(kPassphraseEnv) || front.isSet(kPassphraseEnv)) {
        const QString variable = global(kPassphraseEnv).trimmed();
        settings.passphrase = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (settings.passphrase.isEmpty())
            return m_output.printError(
                fail(ErrorCode::MissingField,
                     CliText::tr("The environment variable \"%1\" named by --passphrase-env is "
                                 "empty or not set.")
                         .arg(variable),
                     QStringLiteral("--passphrase-env")));
    }
    if (settings.databasePath.trimmed().isEmpty())
        return m_output.printError(fail(ErrorCode::MissingField,
                                        CliText::tr("--db needs a file name."),
                                        QStringLiteral("--db")));
    if (keyGiven && settings.idempotencyKey.isEmpty())
        return m_output.printError(fail(ErrorCode::MissingField,
                                        CliText::tr("--key needs a non-empty key."),
                                        QStringLiteral("--key")));

    CliSession session(settings, m_in);
    const VerbArguments args(parser, positionals, verb.arguments);
    auto result = verb.run(session, args);
    session.stop();
    if (!result) {
        QJsonObject extra;
        if (session.submittedChange())
            extra.insert(QStringLiteral("idempotency_key"), settings.idempotencyKey);
        return m_output.printError(result.error(), extra);
    }
    m_output.printResult(*result);
    if (const std::optional<Error> &failure = session.failureAfterResult())
        return m_output.printError(*failure);
    return int(ExitCode::Success);
}

} // namespace tessera
