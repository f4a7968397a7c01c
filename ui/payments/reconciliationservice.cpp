// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconciliationservice.h"

#include "console/consolecontext.h"
#include "payments/paymentgateway.h"
#include "payments/reconciliationqueue.h"
#include "sales/settlepaymentcommand.h"
#include "storage/sqlitedb.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QTimer>

namespace tessera {

namespace {

// Only the QR service can be asked what became of a payment: cash and the
// standalone card terminal decide at the counter, so an unknown payment of
// theirs is settled by a supervisor.
const QString kQueriedMethod = QStringLiteral("qr");
// A provider that never answers a query must not block the next check.
constexpr qint64 kCheckGiveUpMs = 30'000;
// Many commands in a row (a rush) reload the list once.
constexpr int kReloadDelayMs = 250;
constexpr qsizetype kSettledShown = 50;

// The code a declined settlement records: the provider's reason, or
// "not_charged" when it simply never took the money.
QString declineCode(const PaymentResult &result)
{
    if (result.error == PaymentError::None || result.error == PaymentError::Unknown)
        return QStringLiteral("not_charged");
    return result.errorCode();
}

QString money(qint64 minor, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(double(minor) / 100.0, 'f', 2), currency);
}

} // namespace

ReconciliationService::ReconciliationService(ConsoleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_retry(new QTimer(this))
    , m_reloadSoon(new QTimer(this))
{
    m_retry->setInterval(kRetryIntervalMs);
    connect(m_retry, &QTimer::timeout, this, &ReconciliationService::checkNow);
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(kReloadDelayMs);
    connect(m_reloadSoon, &QTimer::timeout, this, &ReconciliationService::reload);
}

ReconciliationService::~ReconciliationService() = default;

void ReconciliationService::start()
{
    if (m_started)
        return;
    m_started = true;
    ReconciliationQueue &queue = m_context.reconciliation();
    connect(&queue, &ReconciliationQueue::resolved, this, &ReconciliationService::onResolved);
    connect(&queue, &ReconciliationQueue::reconcileFinished, this,
            [this](int resolvedCount, int) { onReconcileFinished(resolvedCount); });
    // A payment recorded as unknown later (or settled elsewhere) shows up here.
    connect(&m_context, &ConsoleContext::changed, this, [this] {
        if (!m_reloadSoon->isActive())
            m_reloadSoon->start();
    });
    connect(&m_context, &ConsoleContext::userChanged, this, [this] {
        settleKnownOutcomes();
        emit entriesChanged();
    });
    reload();
}

QList<ReconciliationEntry> ReconciliationService::entries() const
{
    const QList<PendingPayment> queued = m_context.reconciliation().pending();
    QList<ReconciliationEntry> out;
    out.reserve(m_pending.size() + m_done.size());
    for (ReconciliationEntry entry : m_pending) {
        entry.lastError = entry.payment.errorCode;
        for (const PendingPayment &p : queued) {
            if (p.request.key == entry.payment.reference && p.queryAttempts > 0) {
                entry.checks = p.queryAttempts;
                entry.lastError = p.lastResult.errorCode();
            }
        }
        out.append(entry);
    }
    out.append(m_done);
    return out;
}

bool ReconciliationService::retryScheduled() const
{
    return m_retry->isActive();
}

bool ReconciliationService::maySettleManually() const
{
    return m_context.may(Permission::Sell) &&
           m_context.decide(Permission::Refund) == PermissionTable::Decision::Allowed;
}

bool ReconciliationService::canAskProvider(const UnreconciledPayment &payment) const
{
    return payment.method == kQueriedMethod && !payment.reference.isEmpty();
}

qsizetype ReconciliationService::indexOf(qint64 paymentId) const
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).payment.paymentId == paymentId)
            return i;
    }
    return -1;
}

void ReconciliationService::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    const QString terminal = m_context.terminalId();
    m_context.read<LoadResult>(
        this, [terminal](SqliteDb &db) { return PaymentQueries(db, terminal).unreconciled(); },
        [this](LoadResult loaded) { onLoaded(loaded); });
}

void ReconciliationService::onLoaded(const LoadResult &loaded)
{
    m_loading = false;
    if (!loaded) {
        emit loadFailed(loaded.error().message);
    } else {
        const int before = count();
        QSet<QString> previousKeys;
        for (const ReconciliationEntry &entry : std::as_const(m_pending))
            previousKeys.insert(entry.payment.reference);
        QList<ReconciliationEntry> fresh;
        QSet<QString> freshKeys;
        for (const UnreconciledPayment &payment : *loaded) {
            // A read that started before our own settlement committed.
            if (m_settledIds.contains(payment.paymentId))
                continue;
            const qsizetype index = indexOf(payment.paymentId);
            ReconciliationEntry entry = index >= 0 ? m_pending.at(index) : ReconciliationEntry{};
            entry.payment = payment;
            entry.canAskProvider = canAskProvider(payment);
            if (entry.status == ReconciliationEntry::Status::Settling &&
                !m_settling.contains(payment.paymentId))
                entry.status = ReconciliationEntry::Status::Unknown;
            fresh.append(entry);
            freshKeys.insert(payment.reference);
            if (entry.canAskProvider && !m_outcomes.contains(payment.reference)) {
                PaymentRequest request;
                request.key = payment.reference;
                request.amount = payment.amount;
                request.method = payment.method;
                m_context.reconciliation().add(
                    request, PaymentResult::unknown(paymentErrorFromName(payment.errorCode)));
            }
        }
        // Settled elsewhere (another window, the CLI): its answer is not needed.
        for (const QString &key : std::as_const(previousKeys)) {
            if (!freshKeys.contains(key))
                m_outcomes.remove(key);
        }
        m_pending = fresh;
        m_loaded = true;
        setCount(before);
        updateTimer();
        emit entriesChanged();
        settleKnownOutcomes();
    }
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
    }
}

void ReconciliationService::checkNow()
{
    if (m_checking && m_checkStarted.elapsed() < kCheckGiveUpMs)
        return;
    // Answers that could not be recorded before are tried again first.
    settleKnownOutcomes();
    const ReconciliationQueue &queue = m_context.reconciliation();
    bool anyToAsk = false;
    for (const ReconciliationEntry &entry : std::as_const(m_pending))
        anyToAsk = anyToAsk || (entry.canAskProvider && queue.contains(entry.payment.reference));
    if (!anyToAsk) {
        emit checkFinished(0, count());
        return;
    }
    m_checking = true;
    m_checkStarted.start();
    emit entriesChanged();
    m_context.reconciliation().reconcile(m_context.gateway(kQueriedMethod).provider());
}

void ReconciliationService::onReconcileFinished(int resolvedCount)
{
    const bool mine = m_checking;
    m_checking = false;
    emit entriesChanged();
    if (mine)
        emit checkFinished(resolvedCount, count());
}

void ReconciliationService::onResolved(const PaymentRequest &request, const PaymentResult &result)
{
    if (m_resolvingOwn || !result.isDefinite())
        return;
    m_outcomes.insert(request.key, result);
    settleKnownOutcomes();
}

void ReconciliationService::settleKnownOutcomes()
{
    // Locked (or a role that may not sell): the answers wait for the next user.
    if (!m_context.may(Permission::Sell))
        return;
    QList<qint64> ready;
    for (const ReconciliationEntry &entry : std::as_const(m_pending)) {
        if (entry.canAskProvider && m_outcomes.contains(entry.payment.reference) &&
            !m_settling.contains(entry.payment.paymentId))
            ready.append(entry.payment.paymentId);
    }
    for (qint64 id : std::as_const(ready)) {
        const qsizetype index = indexOf(id);
        if (index >= 0)
            settle(id, m_outcomes.value(m_pending.at(index).payment.reference), false);
    }
}

bool ReconciliationService::markPaid(qint64 paymentId, const QString &providerReference)
{
    return markByHand(paymentId, PaymentResult::approved(providerReference.trimmed()));
}

bool ReconciliationService::markNotPaid(qint64 paymentId, const QString &providerReference)
{
    PaymentResult result = PaymentResult::declined(PaymentError::Unknown);
    result.providerReference = providerReference.trimmed();
    return markByHand(paymentId, result);
}

bool ReconciliationService::markByHand(qint64 paymentId, const PaymentResult &result)
{
    if (indexOf(paymentId) < 0 || m_settling.contains(paymentId) || !maySettleManually())
        return false;
    settle(paymentId, result, true);
    return true;
}

void ReconciliationService::settle(qint64 paymentId, const PaymentResult &result, bool manual)
{
    const qsizetype index = indexOf(paymentId);
    if (index < 0)
        return;
    ReconciliationEntry &entry = m_pending[index];
    const bool approved = result.state == PaymentOutcome::Approved;
    const PaymentState state = approved ? PaymentState::Approved : PaymentState::Declined;
    auto command = std::make_unique<SettlePaymentCommand>(
        paymentId, state, result.providerReference, approved ? QString() : declineCode(result));
    m_settling.insert(paymentId);
    entry.status = ReconciliationEntry::Status::Settling;
    entry.note = manual ? tr("Recording the supervisor's decision…")
                        : tr("The provider answered; recording it…");
    emit entriesChanged();
    m_context.run(
        std::move(command), this,
        [this, paymentId, result](const CommandOutcome &outcome) {
            onSettled(paymentId, result, outcome);
        },
        {}, SettlePaymentCommand::idempotencyKey(m_context.terminalId(), paymentId, state));
}

void ReconciliationService::onSettled(qint64 paymentId, const PaymentResult &result,
                                      const CommandOutcome &outcome)
{
    m_settling.remove(paymentId);
    const qsizetype index = indexOf(paymentId);
    if (index < 0)
        return;
    ReconciliationEntry entry = m_pending.at(index);
    const QString key = entry.payment.reference;
    if (!outcome.result.ok()) {
        const Error &error = outcome.result.error();
        const bool settledElsewhere = error.code == ErrorCode::InvalidState ||
                                      error.code == ErrorCode::NotFound ||
                                      error.code == ErrorCode::IdempotencyConflict;
        entry.status = settledElsewhere ? ReconciliationEntry::Status::Unknown
                                        : ReconciliationEntry::Status::Failed;
        entry.note =
            settledElsewhere
                ? error.message
                : tr("Not recorded yet (%1); tried again at the next check.").arg(error.message);
        m_pending[index] = entry;
        if (settledElsewhere)
            m_outcomes.remove(key);
        emit settled(paymentId, false, error.message);
        emit entriesChanged();
        if (settledElsewhere)
            reload();
        return;
    }

    const QJsonObject answer = outcome.result.value();
    const QString orderState = answer.value(QStringLiteral("state")).toString();
    const QString currency = entry.payment.amount.currency;
    if (answer.contains(QStringLiteral("refund_due"))) {
        entry.status = ReconciliationEntry::Status::RefundDue;
        entry.note =
            tr("The provider took %1, but order %2 can no longer take it (%3): refund "
               "it through the provider, reference %4.")
                .arg(money(answer.value(QStringLiteral("refund_due")).toInteger(), currency),
                     entry.payment.orderNumber, orderState,
                     answer.value(QStringLiteral("reference")).toString());
    } else if (answer.value(QStringLiteral("payment_state")).toString() ==
               QLatin1String("approved")) {
        entry.status = ReconciliationEntry::Status::Paid;
        entry.note =
            orderState == QLatin1String("paid")
                ? tr("Paid: the order is complete and its tickets are issued.")
                : tr("Paid: %1 is still due on the order.")
                      .arg(money(answer.value(QStringLiteral("due")).toInteger(), currency));
    } else {
        entry.status = ReconciliationEntry::Status::NotPaid;
        entry.note = tr("Not paid: nothing was taken; the order still waits for payment.");
    }
    m_pending.removeAt(index);
    m_done.prepend(entry);
    if (m_done.size() > kSettledShown)
        m_done.removeLast();
    m_settledIds.insert(paymentId);
    m_outcomes.remove(key);
    forgetInQueue(key, result);
    setCount(count() + 1);
    updateTimer();
    emit settled(paymentId, true, entry.note);
    emit entriesChanged();
}

void ReconciliationService::forgetInQueue(const QString &key, const PaymentResult &result)
{
    ReconciliationQueue &queue = m_context.reconciliation();
    if (key.isEmpty() || !queue.contains(key))
        return;
    // Settled by hand: the queue must stop asking, and others listening to
    // it hear the decision; this service already acted on it.
    const QScopedValueRollback<bool> own(m_resolvingOwn, true);
    queue.resolve(key, result);
}

void ReconciliationService::updateTimer()
{
    if (count() == 0)
        m_retry->stop();
    else if (!m_retry->isActive())
        m_retry->start();
}

void ReconciliationService::setCount(int before)
{
    if (count() != before)
        emit countChanged(count());
}

} // namespace tessera
