// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatecheck.h"

#include "common/clock.h"
#include "console/consolecontext.h"
#include "engine/engine.h"
#include "sales/redeemcommand.h"
#include "sales/ticketcode.h"
#include "tickets/signedticket.h"

#include <QJsonObject>

namespace tessera {

GateCheck::GateCheck(ConsoleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void GateCheck::refresh()
{
    if (m_loading) {
        m_loadAgain = true;
        return;
    }
    m_loading = true;
    // The engine's key was unsealed from the database, not read from the
    // clear settings row that anyone holding the file could replace.
    m_context.read<Result<GateSnapshot>>(
        this,
        [key = m_context.engine().ticketKey().publicKey()](SqliteDb &db) {
            return GateSnapshot::load(db, key);
        },
        [this](Result<GateSnapshot> loaded) {
            m_loading = false;
            m_everLoaded = true;
            if (loaded) {
                m_snapshot = std::move(*loaded);
                m_snapshotProblem.clear();
            } else {
                // An older snapshot still serves; the engine has the last word.
                m_snapshotProblem = loaded.error().toString();
            }
            emit snapshotLoaded();
            if (m_loadAgain) {
                m_loadAgain = false;
                refresh();
            }
            startNext();
        });
}

void GateCheck::check(const QString &code, const QString &gate, std::optional<qint64> eventId)
{
    // Codes are upper case; a cashier typing one may not be.
    m_queue.enqueue(Scan{code.trimmed().toUpper(), gate, eventId, m_context.clock().nowMs()});
    startNext();
}

QList<GateEvent> GateCheck::events() const
{
    return m_snapshot ? m_snapshot->events : QList<GateEvent>();
}

void GateCheck::startNext()
{
    if (m_current || m_queue.isEmpty())
        return;
    if (!m_everLoaded) {
        // The first scan waits for the first snapshot.
        if (!m_loading)
            refresh();
        return;
    }
    m_current = m_queue.dequeue();
    const QString &code = m_current->code;
    if (code.startsWith(SignedTicket::prefix())) {
        if (m_snapshot)
            checkSigned();
        else
            redeem(std::nullopt);
    } else if (const auto local = TicketCode::parse(code)) {
        // Short local codes carry no signature: only the engine knows them.
        // Typed from the print ("TK1-42-0123-4567-…") they are recorded as issued.
        m_current->code = local->toString();
        redeem(std::nullopt);
    } else {
        finish(outcomeFor(ScanOutcome::Kind::NotATicket));
    }
}

void GateCheck::checkSigned()
{
    using Kind = ScanOutcome::Kind;
    const TicketVerifier verifier(m_snapshot->verifierSetup(m_current->eventId), m_context.clock());
    const TicketVerdict verdict = verifier.verify(m_current->code);
    switch (verdict.status) {
    case TicketStatus::Valid:
        redeem(verdict.claims);
        return;
    case TicketStatus::Forged:
        finish(outcomeFor(Kind::Forged));
        return;
    case TicketStatus::Malformed:
        finish(outcomeFor(Kind::NotATicket));
        return;
    case TicketStatus::AlreadyUsed: {
        ScanOutcome outcome = outcomeFor(Kind::AlreadyUsed);
        outcome.entry = verdict.redemption;
        finishWithFacts(outcome, verdict.claims->ticketId, verdict.claims);
        return;
    }
    case TicketStatus::Revoked:
        finishWithFacts(outcomeFor(Kind::Revoked), verdict.claims->ticketId, verdict.claims);
        return;
    case TicketStatus::OtherEvent:
        finishWithFacts(outcomeFor(Kind::OtherEvent), verdict.claims->ticketId, verdict.claims);
        return;
    case TicketStatus::Expired: {
        ScanOutcome outcome = outcomeFor(Kind::Expired);
        outcome.validityEdgeMs = verdict.claims->validUntilMs;
        finishWithFacts(outcome, verdict.claims->ticketId, verdict.claims);
        return;
    }
    case TicketStatus::NotYetValid: {
        ScanOutcome outcome = outcomeFor(Kind::NotYetValid);
        outcome.validityEdgeMs = verdict.claims->validFromMs;
        finishWithFacts(outcome, verdict.claims->ticketId, verdict.claims);
        return;
    }
    }
}

void GateCheck::redeem(std::optional<TicketClaims> claims)
{
    auto command = std::make_unique<RedeemCommand>(m_current->code, m_current->gate,
                                                   m_current->eventId.value_or(0));
    m_context.run(std::move(command), this,
                  [this, claims](const CommandOutcome &outcome) { onRedeemed(outcome, claims); });
}

void GateCheck::onRedeemed(const CommandOutcome &outcome, std::optional<TicketClaims> claims)
{
    using Kind = ScanOutcome::Kind;
    if (outcome.result.ok()) {
        const QJsonObject &answer = outcome.result.value();
        const qint64 line = answer[QStringLiteral("line")].toInteger();
        const Redemption entry{answer[QStringLiteral("redeemed_at")].toInteger(),
                               answer[QStringLiteral("gate")].toString()};
        if (m_snapshot)
            m_snapshot->recordEntry(line, entry);
        ScanOutcome valid = outcomeFor(Kind::Valid);
        valid.entry = entry;
        finishWithFacts(valid, line, claims);
        return;
    }
    const Error &error = outcome.result.error();
    const bool isSigned = m_current->code.startsWith(SignedTicket::prefix());
    qint64 line = claims ? claims->ticketId : 0;
    if (!line && !isSigned) {
        if (const auto code = TicketCode::parse(m_current->code))
            line = code->lineId;
    }
    if (error.code == ErrorCode::AlreadyRedeemed || error.code == ErrorCode::InvalidState)
        refresh(); // the snapshot missed an entry or a refund: catch up
    switch (error.code) {
    case ErrorCode::AlreadyRedeemed:
        finishWithFacts(outcomeFor(Kind::AlreadyUsed), line, claims);
        return;
    case ErrorCode::InvalidState:
        finishWithFacts(outcomeFor(Kind::Revoked), line, claims);
        return;
    case ErrorCode::WrongEvent:
        finishWithFacts(outcomeFor(Kind::OtherEvent), line, claims);
        return;
    case ErrorCode::NotFound:
        finish(outcomeFor(isSigned ? Kind::Forged : Kind::NotATicket));
        return;
    default: {
        ScanOutcome failed = outcomeFor(Kind::Failed);
        failed.problem = error.message;
        finish(failed);
        return;
    }
    }
}

void GateCheck::finishWithFacts(ScanOutcome outcome, qint64 ticketId,
                                std::optional<TicketClaims> claims)
{
    if (ticketId <= 0) {
        finish(outcome);
        return;
    }
    m_context.read<Result<TicketFacts>>(
        this, [ticketId](SqliteDb &db) { return TicketFacts::load(db, ticketId); },
        [this, outcome, claims, ticketId](Result<TicketFacts> facts) mutable {
            if (facts)
                outcome.facts = std::move(*facts);
            else if (claims)
                outcome.facts = TicketFacts::fromClaims(*claims);
            if (outcome.kind == ScanOutcome::Kind::AlreadyUsed && !outcome.entry && outcome.facts &&
                outcome.facts->firstEntry) {
                outcome.entry = outcome.facts->firstEntry;
                if (m_snapshot)
                    m_snapshot->recordEntry(ticketId, *outcome.entry);
            }
            finish(outcome);
        });
}

void GateCheck::finish(ScanOutcome outcome)
{
    m_current.reset();
    emit checked(outcome);
    startNext();
}

ScanOutcome GateCheck::outcomeFor(ScanOutcome::Kind kind) const
{
    ScanOutcome outcome;
    outcome.kind = kind;
    outcome.code = m_current->code;
    outcome.scannedAtMs = m_current->atMs;
    if (m_current->eventId && m_snapshot)
        outcome.gateEventName = m_snapshot->eventName(*m_current->eventId);
    return outcome;
}

} // namespace tessera
