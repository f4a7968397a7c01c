// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolecontext.h"

#include "console/journalwatch.h"
#include "engine/engine.h"
#include "serverlink.h"

#include <QPointer>
#include <QUuid>

namespace tessera {

ConsoleContext::ConsoleContext(Engine &engine, const Clock &clock, ConsoleReaders &readers,
                               ConsolePayments &payments, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock(clock)
    , m_readers(readers)
    , m_payments(payments)
    , m_session(std::make_unique<ConsoleSession>(readers.reader()))
    , m_journal(new JournalWatch(engine, this))
{
    connect(m_session.get(), &ConsoleSession::userChanged, this, &ConsoleContext::userChanged);
    // The writer also changes things by itself: holds and unpaid orders that
    // ran out come back on sale. Screens hear of it within a second.
    connect(m_journal, &JournalWatch::moved, this, &ConsoleContext::changed);
}

ConsoleContext::~ConsoleContext()
{
    m_readers.waitForBackgroundWork();
}

QString ConsoleContext::terminalId() const
{
    return m_engine.terminalId();
}

QString ConsoleContext::terminalName() const
{
    auto link = ServerLink::loadPublic(m_engine.path());
    return link && link->has_value() ? (*link)->terminal : m_engine.terminalId();
}

QString ConsoleContext::databasePath() const
{
    return m_engine.path();
}

void ConsoleContext::authenticate(const QString &name, const QString &pin, QObject *receiver,
                                  std::function<void(Result<StaffIdentity>)> done)
{
    Engine *engine = &m_engine;
    const Clock *clock = &m_clock;
    background<Result<StaffIdentity>>(
        receiver,
        [engine, clock, name, pin] { return StaffAuthenticator(*engine, *clock).login(name, pin); },
        std::move(done));
}

CommandCallback ConsoleContext::answerOnUiThread(QObject *receiver,
                                                 std::function<void(const CommandOutcome &)> done)
{
    QPointer<QObject> guard(receiver);
    QPointer<ConsoleContext> self(this);
    return [self, guard, done = std::move(done)](CommandOutcome outcome) {
        // On the engine's completion thread (or a worker): hop to the UI thread.
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, guard, done, outcome = std::move(outcome)] {
                if (outcome.result.ok() && self) {
                    self->m_journal->seen(outcome.journalSeq);
                    emit self->changed();
                }
                if (guard && done)
                    done(outcome);
            },
            Qt::QueuedConnection);
    };
}

void ConsoleContext::run(std::unique_ptr<Command> command, QObject *receiver,
                         std::function<void(const CommandOutcome &)> done,
                         const QString &overrideBy, const QString &key)
{
    const QString idempotencyKey =
        key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key;
    const QString actor = user() ? user()->name : QString();
    m_engine.submit(CommandRequest(std::move(command), idempotencyKey, actor, overrideBy),
                    answerOnUiThread(receiver, std::move(done)));
}

void ConsoleContext::runInBackground(QObject *receiver,
                                     std::function<Result<std::unique_ptr<Command>>()> build,
                                     std::function<void(const CommandOutcome &)> done)
{
    const QString actor = user() ? user()->name : QString();
    Engine *engine = &m_engine;
    CommandCallback answer = answerOnUiThread(receiver, std::move(done));
    m_readers.start([engine, actor, build = std::move(build), answer] {
        auto command = build();
        if (!command) {
            CommandOutcome refused;
            refused.result = command.error();
            answer(std::move(refused));
            return;
        }
        engine->submit(CommandRequest(std::move(*command),
                                      QUuid::createUuid().toString(QUuid::WithoutBraces), actor),
                       answer);
    });
}

} // namespace tessera
