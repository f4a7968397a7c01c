// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolecontext.h"

#include "engine/engine.h"
#include "payments/cashpayment.h"
#include "payments/externalcardterminal.h"
#include "payments/paymentgateway.h"
#include "payments/reconciliationqueue.h"
#include "payments/sandboxqrprovider.h"
#include "storage/sqlitedb.h"

#include <QDateTime>
#include <QTimer>
#include <QUuid>

namespace tessera {

namespace {

// The sandbox as a demo shows it: a second or two to pay, now and then a
// refusal.
SandboxQrConfig demoSandbox()
{
    SandboxQrConfig config;
    config.minLatencyMs = 700;
    config.maxLatencyMs = 1800;
    config.failureRate = 0.08;
    config.lostRate = 0.0;
    config.seed = quint64(QDateTime::currentMSecsSinceEpoch());
    return config;
}

constexpr int kQrTimeoutMs = 20'000;

} // namespace

ConsoleContext::ConsoleContext(Engine &engine, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock(clock)
    , m_reconciliation(std::make_unique<ReconciliationQueue>(clock))
    , m_cash(std::make_unique<CashPayment>())
    , m_card(std::make_unique<ExternalCardTerminal>())
{
    m_pool.setMaxThreadCount(2);
    m_cashGateway = std::make_unique<PaymentGateway>(*m_cash, *m_reconciliation, clock);
    m_cardGateway = std::make_unique<PaymentGateway>(*m_card, *m_reconciliation, clock);
    configureQrSandbox(demoSandbox(), kQrTimeoutMs);
    // The writer also changes things by itself: holds and unpaid orders that
    // ran out come back on sale. Screens hear of it within a second.
    m_seenSeq = m_engine.stats().journalSeq;
    auto *watch = new QTimer(this);
    watch->setInterval(kJournalWatchMs);
    connect(watch, &QTimer::timeout, this, &ConsoleContext::watchJournal);
    watch->start();
}

void ConsoleContext::watchJournal()
{
    const qint64 seq = m_engine.stats().journalSeq;
    if (seq == m_seenSeq)
        return;
    m_seenSeq = seq;
    emit changed();
}

ConsoleContext::~ConsoleContext()
{
    m_pool.waitForDone();
}

QString ConsoleContext::terminalId() const
{
    return m_engine.terminalId();
}

QString ConsoleContext::databasePath() const
{
    return m_engine.path();
}

std::unique_ptr<SqliteDb> ConsoleContext::openReader(const QString &path)
{
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (!db)
        return std::make_unique<SqliteDb>();
    return std::make_unique<SqliteDb>(std::move(*db));
}

SqliteDb &ConsoleContext::reader()
{
    if (!m_reader)
        m_reader = openReader(databasePath());
    return *m_reader;
}

void ConsoleContext::setUser(std::optional<StaffIdentity> user)
{
    m_user = std::move(user);
    emit userChanged();
}

bool ConsoleContext::setupMode()
{
    // Once staff exist they never all disappear (users are deactivated, not
    // deleted), so only set-up mode needs asking again.
    if (!m_setupMode || *m_setupMode) {
        m_setupMode = true;
        if (auto count = reader().prepare(QStringLiteral("SELECT COUNT(*) FROM users"))) {
            auto row = count->step();
            if (row && *row)
                m_setupMode = count->columnInt(0) == 0;
            count->reset();
        }
    }
    return *m_setupMode;
}

PermissionTable::Decision ConsoleContext::decide(Permission permission) const
{
    if (!m_user)
        return PermissionTable::Decision::Refused;
    return PermissionTable::decide(m_user->role, permission);
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
                    self->m_seenSeq = qMax(self->m_seenSeq, outcome.journalSeq);
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
    const QString actor = m_user ? m_user->name : QString();
    m_engine.submit(CommandRequest(std::move(command), idempotencyKey, actor, overrideBy),
                    answerOnUiThread(receiver, std::move(done)));
}

void ConsoleContext::runInBackground(QObject *receiver,
                                     std::function<Result<std::unique_ptr<Command>>()> build,
                                     std::function<void(const CommandOutcome &)> done)
{
    const QString actor = m_user ? m_user->name : QString();
    Engine *engine = &m_engine;
    CommandCallback answer = answerOnUiThread(receiver, std::move(done));
    m_pool.start([engine, actor, build = std::move(build), answer] {
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

PaymentGateway &ConsoleContext::gateway(const QString &method) const
{
    if (method == QLatin1String("card"))
        return *m_cardGateway;
    if (method == QLatin1String("qr"))
        return *m_qrGateway;
    return *m_cashGateway;
}

void ConsoleContext::configureQrSandbox(const SandboxQrConfig &config, int attemptTimeoutMs)
{
    m_qrGateway.reset();
    m_qrSandbox = std::make_unique<SandboxQrProvider>(config);
    PaymentGatewayConfig gatewayConfig;
    gatewayConfig.attemptTimeoutMs = attemptTimeoutMs;
    m_qrGateway =
        std::make_unique<PaymentGateway>(*m_qrSandbox, *m_reconciliation, m_clock, gatewayConfig);
}

} // namespace tessera
