// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisession.h"

#include "api/commandfactory.h"
#include "cli.h"
#include "crypto/keyring.h"
#include "engine/engine.h"
#include "staff/staffauthenticator.h"
#include "storage/schema.h"

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
    if (!m_settings.passphrase.isEmpty()) {
        m_keys = std::make_unique<PassphraseKeySource>(m_settings.passphrase);
        options.keys = m_keys.get();
    }
    auto engine = Engine::open(options);
    if (!engine)
        return engine.error();
    m_engine = std::move(*engine);
    return m_engine.get();
}

Result<QJsonObject> CliSession::execute(Result<std::unique_ptr<Command>> command)
{
    if (!command)
        return command.error();
    auto writer = engine();
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

Result<void> CliSession::authenticate(Engine &engine)
{
    auto db = SqliteDb::open(engine.path(), SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto staff = db->prepare(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!staff)
        return staff.error();
    if (auto row = staff->step(); !row)
        return row.error();
    if (staff->columnInt(0) == 0)
        return {}; // set-up mode: no staff yet
    StaffAuthenticator auth(engine, *m_settings.clock);
    if (m_settings.pin.isEmpty())
        return fail(ErrorCode::MissingField,
                    CliText::tr("This box office has staff: give --pin (or $TESSERA_PIN) for "
                                "--actor \"%1\".")
                        .arg(m_settings.actor),
                    QStringLiteral("--pin"));
    if (auto who = auth.login(m_settings.actor, m_settings.pin); !who)
        return who.error();
    if (!m_settings.overrideBy.isEmpty()) {
        auto approver = auth.login(m_settings.overrideBy, m_settings.overridePin);
        if (!approver) {
            Error e = approver.error();
            e.where = QStringLiteral("--override-pin");
            return e;
        }
    }
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
    return execute(CommandFactory::fromJson(kind, json));
}

Result<const DataKey *> CliSession::dataKey()
{
    if (m_dataKey)
        return m_dataKey.get();
    auto db = reader();
    if (!db)
        return db.error();
    auto writer = engine();
    if (!writer)
        return writer.error();
    m_dataKey = (*writer)->dataKey(**db);
    return m_dataKey.get();
}

Result<SqliteDb *> CliSession::reader()
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
    auto stmt =
        (*db)->prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'terminal_id'"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return fail(ErrorCode::StorageError, CliText::tr("The database has no terminal id."),
                    m_settings.databasePath);
    const QString id = stmt->columnText(0);
    stmt->reset();
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
