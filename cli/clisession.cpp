// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisession.h"

#include "query/staffqueries.h"
#include "query/terminalqueries.h"

#include "api/commandfactory.h"
#include "cli.h"
#include "common/clock.h"
#include "crypto/keyring.h"
#include "engine/engine.h"
#include "query/staffqueries.h"
#include "query/terminalqueries.h"
#include "staff/staffauthenticator.h"
#include "staff/staffdirectory.h"
#include "storage/schema.h"
#include "writerhandover.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace tessera {

namespace {

// 1-based line and column of a byte offset, for JSON parse errors.
QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return CliText::tr("line %1, column %2").arg(line).arg(column);
}

// Whether the box office has staff; without, it is in set-up mode.
Result<bool> hasStaff(SqliteDb &db)
{
    auto count = StaffQueries(db).count();
    if (!count)
        return count.error();
    return *count > 0;
}

// The actor's PIN, and the approver's when there is one.
Result<void> checkPins(StaffAuthenticator &auth, const CliSettings &settings)
{
    if (settings.pin.isEmpty())
        return fail(ErrorCode::MissingField,
                    CliText::tr("This box office has staff: give the PIN of --actor \"%1\" "
                                "with $TESSERA_PIN, --pin-stdin or --pin.")
                        .arg(settings.actor),
                    QStringLiteral("--pin"));
    if (auto who = auth.login(settings.actor, settings.pin); !who)
        return who.error();
    if (!settings.overrideBy.isEmpty()) {
        auto approver = auth.login(settings.overrideBy, settings.overridePin);
        if (!approver) {
            Error e = approver.error();
            e.where = QStringLiteral("--override-pin");
            return e;
        }
    }
    return {};
}

} // namespace

CliSession::CliSession(CliSettings settings, QIODevice &input)
    : m_settings(std::move(settings))
    , m_input(input)
{}

CliSession::~CliSession()
{
    stop();
}

void CliSession::stop()
{
    if (m_engine)
        m_engine->stop();
    m_engine.reset();
}

Result<Engine *> CliSession::engine(const QString &terminalId)
{
    if (m_engine)
        return m_engine.get();
    const QFileInfo file(m_settings.databasePath);
    if (!QDir().mkpath(file.absolutePath()))
        return fail(ErrorCode::StorageError,
                    CliText::tr("Cannot create the folder %1.").arg(file.absolutePath()),
                    file.absolutePath());
    EngineOptions options;
    options.path = m_settings.databasePath;
    options.terminalId = terminalId;
    options.clock = m_settings.clock;
    options.keys = &keySource();
    auto engine = Engine::open(options);
    if (!engine)
        return engine.error();
    m_engine = std::move(*engine);
    return m_engine.get();
}

Result<QJsonObject> CliSession::execute(Result<std::unique_ptr<Command>> command)
{
    return execute(std::move(command), std::nullopt);
}

Result<QJsonObject> CliSession::execute(Result<std::unique_ptr<Command>> command,
                                        const std::optional<Request> &request)
{
    if (!command)
        return command.error();
    auto writer = engine();
    if (!writer && writer.error().code == ErrorCode::DatabaseInUse && request) {
        if (auto handed = handOver(*request))
            return *handed;
    }
    if (!writer)
        return writer.error();
    if (auto r = authenticate(**writer); !r)
        return r.error();
    m_submitted = true;
    CommandOutcome outcome = (*writer)->execute(CommandRequest(
        std::move(*command), m_settings.idempotencyKey, m_settings.actor, m_settings.overrideBy));
    if (!outcome.result)
        return outcome.result.error();
    QJsonObject result = outcome.result.value();
    result.insert(QStringLiteral("idempotency_key"), m_settings.idempotencyKey);
    result.insert(QStringLiteral("journal_seq"), outcome.journalSeq);
    result.insert(QStringLiteral("replayed"), outcome.replayed);
    return result;
}

KeySource &CliSession::keySource()
{
    if (!m_keys) {
        if (m_settings.passphrase.isEmpty())
            m_keys = std::make_unique<KeyFileKeySource>(
                KeyFileKeySource::defaultPath(m_settings.databasePath));
        else
            m_keys = std::make_unique<PassphraseKeySource>(m_settings.passphrase);
    }
    return *m_keys;
}

Result<void> CliSession::authenticate(Engine &engine)
{
    // A verb's second change (a follow-up) was signed in for with its first.
    if (m_loginRecorded)
        return {};
    auto db = SqliteDb::open(engine.path(), SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto staff = hasStaff(*db);
    if (!staff)
        return staff.error();
    if (*staff) {
        StaffAuthenticator auth(engine, *m_settings.clock);
        if (auto r = checkPins(auth, m_settings); !r)
            return r;
    }
    m_pinsChecked = m_loginRecorded = true;
    return {};
}

Result<void> CliSession::authorizeRead(SqliteDb &db, Permission permission)
{
    auto staff = hasStaff(db);
    if (!staff)
        return staff.error();
    if (!*staff)
        return {}; // set-up mode: no staff yet
    if (!m_pinsChecked) {
        // Reads never open the writer for this: the check runs on the reader
        // and is recorded only when this run has the engine open anyway. A
        // lock is refused all the same (see docs/security.md).
        std::optional<StaffAuthenticator> auth;
        if (m_engine)
            auth.emplace(*m_engine, *m_settings.clock);
        else
            auth.emplace(db, *m_settings.clock);
        if (auto r = checkPins(*auth, m_settings); !r) {
            if (m_engine || r.error().code != ErrorCode::WrongPin)
                return r;
            return recordFailedSignIn(r.error());
        }
        m_pinsChecked = true;
        m_loginRecorded = m_engine != nullptr;
    }
    StaffDirectory staffDirectory(db);
    auto allowed = staffDirectory.authorize(m_settings.actor, m_settings.overrideBy, permission,
                                            m_settings.clock->nowMs());
    if (!allowed)
        return allowed.error();
    return {};
}

Result<QJsonObject> CliSession::executeFollowUp(const QString &kind, const QJsonObject &json,
                                                const QString &keySuffix)
{
    const QString key = m_settings.idempotencyKey;
    m_settings.idempotencyKey = key + QLatin1Char(':') + keySuffix;
    auto result = execute(kind, json);
    m_settings.idempotencyKey = key;
    return result;
}

Result<QJsonObject> CliSession::execute(const QString &kind, const QJsonObject &json)
{
    return execute(CommandFactory::fromJson(kind, json), Request{kind, json});
}

std::optional<Result<QJsonObject>> CliSession::handOver(const Request &request)
{
    m_submitted = true;
    auto answer = WriterHandover::call(
        m_settings.databasePath, {{QStringLiteral("op"), QStringLiteral("execute")},
                                  {QStringLiteral("kind"), request.kind},
                                  {QStringLiteral("command"), request.json},
                                  {QStringLiteral("idempotency_key"), m_settings.idempotencyKey},
                                  {QStringLiteral("actor"), m_settings.actor},
                                  {QStringLiteral("pin"), m_settings.pin},
                                  {QStringLiteral("override_by"), m_settings.overrideBy},
                                  {QStringLiteral("override_pin"), m_settings.overridePin}});
    if (!answer) {
        m_submitted = false;
        return std::nullopt;
    }
    if (!*answer)
        return Result<QJsonObject>(answer->error());
    // The holder checked the PINs and recorded the login.
    m_pinsChecked = m_loginRecorded = true;
    QJsonObject result = (*answer)->value(QStringLiteral("result")).toObject();
    result.insert(QStringLiteral("idempotency_key"), m_settings.idempotencyKey);
    result.insert(QStringLiteral("journal_seq"), (*answer)->value(QStringLiteral("journal_seq")));
    result.insert(QStringLiteral("replayed"), (*answer)->value(QStringLiteral("replayed")));
    return Result<QJsonObject>(result);
}

Error CliSession::recordFailedSignIn(Error failure)
{
    const QJsonObject request{{QStringLiteral("op"), QStringLiteral("sign_in")},
                              {QStringLiteral("actor"), m_settings.actor},
                              {QStringLiteral("pin"), m_settings.pin},
                              {QStringLiteral("override_by"), m_settings.overrideBy},
                              {QStringLiteral("override_pin"), m_settings.overridePin}};
    if (auto held = WriterHandover::call(m_settings.databasePath, request))
        return *held ? failure : held->error();
    // Nobody holds the writer: this run records it itself, briefly.
    auto writer = engine();
    if (!writer)
        return failure;
    StaffAuthenticator auth(**writer, *m_settings.clock);
    auto recorded = checkPins(auth, m_settings);
    stop();
    return recorded ? failure : recorded.error();
}

Result<const DataKey *> CliSession::dataKey()
{
    if (m_dataKey)
        return m_dataKey.get();
    auto db = reader();
    if (!db)
        return db.error();
    if (m_engine) {
        m_dataKey = m_engine->dataKey(**db);
    } else {
        // KeyRing::open only reads (the source's key file or wrapped key, and
        // the check value): the writer is not needed to read sealed fields.
        auto ring = KeyRing::open(**db, keySource());
        if (!ring)
            return ring.error();
        m_dataKey = (*ring)->keyFor(**db);
    }
    if (!m_dataKey)
        return fail(ErrorCode::CorruptKey,
                    CliText::tr("This database has no data key yet; run \"tessera-cli init\"."),
                    QStringLiteral("data_key"));
    return m_dataKey.get();
}

Result<SqliteDb *> CliSession::reader()
{
    auto db = openReader();
    if (!db)
        return db.error();
    if (m_settings.readPermission && !m_readAuthorized) {
        if (auto r = authorizeRead(**db, *m_settings.readPermission); !r)
            return r.error();
        m_readAuthorized = true;
    }
    return *db;
}

Result<SqliteDb *> CliSession::openReader()
{
    if (m_reader)
        return &*m_reader;
    const QString path = m_settings.databasePath;
    if (!QFileInfo(path).isFile())
        return fail(ErrorCode::NotFound,
                    CliText::tr("There is no database at %1; create one with \"tessera-cli init\".")
                        .arg(path),
                    path);
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    const int version = Schema::version(*db);
    if (version < 0)
        return fail(ErrorCode::StorageError,
                    CliText::tr("Cannot read the database: %1").arg(db->lastErrorMessage()), path);
    if (version == 0)
        return fail(
            ErrorCode::NotFound,
            CliText::tr("%1 is not a Tessera database; create one with \"tessera-cli init\".")
                .arg(path),
            path);
    if (version != Schema::kCurrentVersion) {
        // Opening the writer migrates an older file (and refuses a newer one).
        if (!m_engine) {
            auto writer = engine();
            if (!writer && writer.error().code == ErrorCode::DatabaseInUse)
                return fail(ErrorCode::DatabaseInUse,
                            CliText::tr("%1 is from an older Tessera (schema %2) and must be "
                                        "upgraded by its writer before it can be read, but "
                                        "another program (the console?) is writing it: close or "
                                        "update that program, then run this again. (%3)")
                                .arg(path)
                                .arg(version)
                                .arg(writer.error().message),
                            path);
            if (!writer)
                return writer.error();
            stop();
        }
        db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
        if (!db)
            return db.error();
    }
    m_reader.emplace(std::move(*db));
    return &*m_reader;
}

Result<QString> CliSession::terminalId()
{
    if (m_engine)
        return m_engine->terminalId();
    auto db = reader();
    if (!db)
        return db.error();
    auto id = TerminalQueries(**db).terminalId();
    if (!id)
        return fail(id.error().code, id.error().message, m_settings.databasePath);
    return id;
}

Result<QByteArray> CliSession::readInput(const QString &path, const QString &label) const
{
    if (path == QLatin1String("-"))
        return m_input.readAll();
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, CliText::tr("There is no file %1.").arg(path), label);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidInput,
                    CliText::tr("Cannot read %1: %2").arg(path, file.errorString()), label);
    return file.readAll();
}

Result<QJsonObject> CliSession::readJsonObject(const QString &path, const QString &label) const
{
    auto bytes = readInput(path, label);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidJson,
                    CliText::tr("%1 is not valid JSON at %2: %3")
                        .arg(path == QLatin1String("-") ? CliText::tr("Standard input") : path,
                             lineAndColumn(*bytes, parseError.offset), parseError.errorString()),
                    label);
    if (!document.isObject())
        return fail(ErrorCode::InvalidJson, CliText::tr("%1 must hold one JSON object.").arg(path),
                    label);
    return document.object();
}

} // namespace tessera
