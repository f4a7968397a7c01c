// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatesnapshot.h"
#include "scanoutcome.h"

#include <QObject>
#include <QQueue>

#include <optional>

namespace tessera {

class ConsoleContext;
struct CommandOutcome;

// Checks scanned codes at this console's gate, one after the other in scan
// order: a signed code offline against a snapshot of keys, refunds and
// entries (read off the UI thread and kept fresh by refresh()); an admitted
// code, and every short TK1 code, is then recorded with the engine's
// `redeem`, which has the last word on double entry.
class GateCheck : public QObject
{
    Q_OBJECT

public:
    explicit GateCheck(ConsoleContext &context, QObject *parent = nullptr);

    // Reloads the snapshot off the UI thread; calls that come while one is
    // loading are folded into one more load after it.
    void refresh();
    // Queues a code scanned at `gate`, admitting `eventId` only (any when
    // empty); checked() follows.
    void check(const QString &code, const QString &gate, std::optional<qint64> eventId);

    // The events of the latest snapshot.
    QList<GateEvent> events() const;
    // Why the latest snapshot could not be read (signed codes are then
    // checked by the engine alone); empty when it was.
    QString snapshotProblem() const { return m_snapshotProblem; }
    bool isIdle() const { return !m_current && m_queue.isEmpty(); }

signals:
    void snapshotLoaded();
    void checked(const tessera::ScanOutcome &outcome);

private:
    struct Scan
    {
        QString code;
        QString gate;
        std::optional<qint64> eventId;
        qint64 atMs = 0;
    };

    void startNext();
    void checkSigned();
    void redeem(std::optional<TicketClaims> claims);
    void onRedeemed(const CommandOutcome &outcome, std::optional<TicketClaims> claims);
    // Reads the ticket's facts off the UI thread, then finishes `outcome`.
    void finishWithFacts(ScanOutcome outcome, qint64 ticketId,
                         std::optional<TicketClaims> claims = std::nullopt);
    void finish(ScanOutcome outcome);
    ScanOutcome outcomeFor(ScanOutcome::Kind kind) const;

    ConsoleContext &m_context;
    std::optional<GateSnapshot> m_snapshot;
    QString m_snapshotProblem;
    bool m_loading = false;
    bool m_loadAgain = false;
    bool m_everLoaded = false;
    QQueue<Scan> m_queue;
    std::optional<Scan> m_current;
};

} // namespace tessera
