// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payments/paymentprovider.h"
#include "query/paymentqueries.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace tessera {

class ConsoleContext;
struct CommandOutcome;

// One payment on the "to reconcile" list, as the dialog shows it.
struct ReconciliationEntry
{
    enum class Status {
        Unknown,   // waiting for the provider (or a supervisor) to say
        Settling,  // the answer is being recorded
        Paid,      // settled approved: it counts toward its order
        NotPaid,   // settled declined
        RefundDue, // approved, but its order could not take it: refund it
        Failed,    // the answer could not be recorded yet; retried
    };

    UnreconciledPayment payment;
    Status status = Status::Unknown;
    bool canAskProvider = false; // false: only a supervisor can settle it
    int checks = 0;              // times the provider was asked (this session)
    QString lastError;           // error code of the provider's last unsure answer
    QString note;                // what happened, for the cashier (translated)
};

// Keeps the console's payments whose outcome is unknown until each is
// settled. The database is the list (payments in state unknown), so nothing
// is lost by a restart: it is loaded into the console's ReconciliationQueue
// at start and again whenever a command changed the database. The provider
// is asked on demand (checkNow) and every minute while the list is not
// empty; every definite answer is recorded with settle_payment under a key
// made of the payment and the outcome, so it is never applied twice.
class ReconciliationService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRetryIntervalMs = 60'000;

    explicit ReconciliationService(ConsoleContext &context, QObject *parent = nullptr);
    ~ReconciliationService() override;

    // Loads the list and starts listening; call once.
    void start();

    // Payments still unknown.
    int count() const { return int(m_pending.size()); }
    // Still unknown (oldest first), then those settled since start (newest first).
    QList<ReconciliationEntry> entries() const;
    bool isChecking() const { return m_checking; }
    bool isLoaded() const { return m_loaded; }
    // Whether the next check is scheduled (the list is not empty).
    bool retryScheduled() const;
    // A supervisor (or above) who may sell may also settle by hand.
    bool maySettleManually() const;

public slots:
    // Asks the provider about every unknown payment now.
    void checkNow();
    // Reads the list from the database again.
    void reload();

public:
    // A supervisor's decision after checking the provider's own portal.
    // False (and nothing done) when the payment is not on the list.
    bool markPaid(qint64 paymentId, const QString &providerReference);
    bool markNotPaid(qint64 paymentId, const QString &providerReference);

signals:
    void countChanged(int count);
    // An entry was added, removed or changed.
    void entriesChanged();
    // A check finished: how many definite answers came, how many stay unknown.
    void checkFinished(int answered, int stillUnknown);
    // A settlement was recorded (ok) or refused; `message` says what happened.
    void settled(qint64 paymentId, bool ok, const QString &message);
    // The list could not be read.
    void loadFailed(const QString &message);

private:
    using LoadResult = Result<QList<UnreconciledPayment>>;

    void onLoaded(const LoadResult &loaded);
    void onResolved(const PaymentRequest &request, const PaymentResult &result);
    void onReconcileFinished(int resolvedCount);
    void settleKnownOutcomes();
    void settle(qint64 paymentId, const PaymentResult &result, bool manual);
    void onSettled(qint64 paymentId, const PaymentResult &result, const CommandOutcome &outcome);
    bool markByHand(qint64 paymentId, const PaymentResult &result);
    void forgetInQueue(const QString &key, const PaymentResult &result);
    qsizetype indexOf(qint64 paymentId) const;
    bool canAskProvider(const UnreconciledPayment &payment) const;
    void updateTimer();
    void setCount(int before);

    ConsoleContext &m_context;
    QTimer *m_retry = nullptr;
    QTimer *m_reloadSoon = nullptr;
    QList<ReconciliationEntry> m_pending; // from the database, oldest first
    QList<ReconciliationEntry> m_done;    // settled since start, newest first
    // Definite answers not recorded yet, by request key: an answer may come
    // before the Sell screen has recorded the payment as unknown.
    QHash<QString, PaymentResult> m_outcomes;
    QSet<qint64> m_settling;
    QSet<qint64> m_settledIds; // by this service; never unknown again
    bool m_started = false;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_checking = false;
    bool m_resolvingOwn = false;
    QElapsedTimer m_checkStarted;
};

} // namespace tessera
