// SPDX-License-Identifier: GPL-3.0-or-later
#include "writerhandover.h"

#include "api/commandfactory.h"
#include "engine/engine.h"
#include "localjsonchannel.h"
#include "query/staffqueries.h"
#include "staff/staffauthenticator.h"
#include "storage/sqlitedb.h"

#include <QFileInfo>

namespace tessera {

namespace {

// Long enough for a PIN's slow hash and a batch's commit on a busy PC.
constexpr int kCallTimeoutMs = 60'000;

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

WriterHandover::WriterHandover(Engine &engine, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock(clock)
{
    m_pool.setMaxThreadCount(2);
    m_channel = new LocalJsonChannel(
        [this](const QJsonObject &request, LocalJsonChannel::Reply reply) {
            m_pool.start([this, request, reply] { reply(answer(request)); });
        },
        this);
}

WriterHandover::~WriterHandover()
{
    close();
}

void WriterHandover::close()
{
    // Requests still running answer through the channel: finish them first
    // (the event loop is not running here, so none starts meanwhile).
    m_pool.waitForDone();
    delete m_channel;
    m_channel = nullptr;
}

Result<void> WriterHandover::listen()
{
    if (!m_channel)
        return fail(ErrorCode::StorageError,
                    tr("This program has stopped taking commands from other programs."));
    return m_channel->listen(socketPath(m_engine.path()));
}

QString WriterHandover::socketPath(const QString &databasePath)
{
    // Absolute: QLocalSocket takes a relative name as one in the temporary
    // folder, so "tessera-cli --db srv/server.db" would miss the holder.
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".sock");
}

std::optional<Result<QJsonObject>> WriterHandover::call(const QString &databasePath,
                                                        const QJsonObject &request)
{
    return LocalJsonChannel::call(socketPath(databasePath), request, kCallTimeoutMs);
}

Result<void> WriterHandover::signIn(const QJsonObject &request) const
{
    auto db = SqliteDb::open(m_engine.path(), SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto staff = StaffQueries(*db).count();
    if (!staff)
        return staff.error();
    if (*staff == 0)
        return {}; // set-up mode: no staff yet
    StaffAuthenticator auth(m_engine, m_clock);
    if (auto who = auth.login(text(request, "actor"), text(request, "pin")); !who)
        return who.error();
    if (const QString approver = text(request, "override_by"); !approver.isEmpty()) {
        if (auto ok = auth.login(approver, text(request, "override_pin")); !ok) {
            Error e = ok.error();
            e.where = QStringLiteral("--override-pin");
            return e;
        }
    }
    return {};
}

Result<QJsonObject> WriterHandover::answer(const QJsonObject &request) const
{
    const QString op = text(request, "op");
    if (op != QLatin1String("execute") && op != QLatin1String("sign_in"))
        return fail(ErrorCode::InvalidInput, tr("Unknown request \"%1\".").arg(op),
                    QStringLiteral("op"));
    if (auto signedIn = signIn(request); !signedIn)
        return signedIn.error();
    if (op == QLatin1String("sign_in"))
        return QJsonObject{{QStringLiteral("signed_in"), true}};

    const QString key = text(request, "idempotency_key");
    if (key.isEmpty())
        return fail(ErrorCode::MissingField, tr("The request has no idempotency key."),
                    QStringLiteral("idempotency_key"));
    auto command = CommandFactory::fromJson(text(request, "kind"),
                                            request.value(QStringLiteral("command")).toObject());
    if (!command)
        return command.error();
    CommandOutcome outcome = m_engine.execute(CommandRequest(
        std::move(*command), key, text(request, "actor"), text(request, "override_by")));
    if (!outcome.result)
        return outcome.result.error();
    return QJsonObject{{QStringLiteral("result"), outcome.result.value()},
                       {QStringLiteral("journal_seq"), outcome.journalSeq},
                       {QStringLiteral("replayed"), outcome.replayed}};
}

} // namespace tessera
