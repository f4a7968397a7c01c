// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs for staff, signed tickets and the audit log.

#include "audit/auditchainhead.h"
#include "audit/auditverifier.h"
#include "cli.h"
#include "clisession.h"
#include "common/clock.h"
#include "tickets/ticketbook.h"
#include "tickets/ticketkeys.h"
#include "verbarguments.h"
#include "verbs/verb.h"

namespace tessera {

namespace {

QString statusName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Valid:
        return QStringLiteral("valid");
    case TicketStatus::AlreadyUsed:
        return QStringLiteral("already_used");
    case TicketStatus::Revoked:
        return QStringLiteral("revoked");
    case TicketStatus::Forged:
        return QStringLiteral("forged");
    case TicketStatus::OtherEvent:
        return QStringLiteral("other_event");
    case TicketStatus::Expired:
        return QStringLiteral("expired");
    case TicketStatus::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case TicketStatus::Malformed:
        return QStringLiteral("malformed");
    }
    return QStringLiteral("malformed");
}

Result<QJsonObject> userCreate(CliSession &session, const VerbArguments &args)
{
    QJsonObject json{{QStringLiteral("name"), args.positional(0)},
                     {QStringLiteral("role"), args.value(QStringLiteral("role"))},
                     {QStringLiteral("pin"), args.value(QStringLiteral("new-pin"))}};
    if (args.isSet(QStringLiteral("display-name")))
        json.insert(QStringLiteral("display_name"), args.value(QStringLiteral("display-name")));
    return session.execute(QStringLiteral("create_user"), json);
}

Result<QJsonObject> userUpdate(CliSession &session, const VerbArguments &args)
{
    QJsonObject json{{QStringLiteral("name"), args.positional(0)}};
    if (args.isSet(QStringLiteral("role")))
        json.insert(QStringLiteral("role"), args.value(QStringLiteral("role")));
    if (args.isSet(QStringLiteral("new-pin")))
        json.insert(QStringLiteral("pin"), args.value(QStringLiteral("new-pin")));
    if (args.isSet(QStringLiteral("deactivate")))
        json.insert(QStringLiteral("active"), false);
    if (args.isSet(QStringLiteral("activate")))
        json.insert(QStringLiteral("active"), true);
    if (args.isSet(QStringLiteral("unlock")))
        json.insert(QStringLiteral("unlock"), true);
    return session.execute(QStringLiteral("update_user"), json);
}

Result<QJsonObject> ticketCodes(CliSession &session, const VerbArguments &args)
{
    auto order = args.positionalId(0);
    if (!order)
        return order.error();
    auto db = session.reader();
    if (!db)
        return db.error();
    auto dataKey = session.dataKey();
    if (!dataKey)
        return dataKey.error();
    auto ticketKey = loadTicketKey(**db, **dataKey);
    if (!ticketKey)
        return ticketKey.error();
    TicketBook book(**db);
    auto codes = book.signedCodes(*order, *ticketKey);
    if (!codes)
        return codes.error();
    return QJsonObject{{QStringLiteral("order"), *order}, {QStringLiteral("tickets"), *codes}};
}

// The one key a verification trusts: a pinned PEM (a gate without the data
// key), or the key unsealed from the database, refused when the clear copy in
// its settings was replaced.
Result<std::pair<Ed25519PublicKey, QString>> trustedTicketKey(CliSession &session,
                                                              const VerbArguments &args)
{
    if (args.isSet(QStringLiteral("public-key"))) {
        const QString path = args.value(QStringLiteral("public-key"));
        auto pem = session.readInput(path, QStringLiteral("--public-key"));
        if (!pem)
            return pem.error();
        auto key = Ed25519PublicKey::fromPem(*pem);
        if (!key)
            return fail(key.error().code, key.error().message, QStringLiteral("--public-key"));
        return std::pair{*key, CliText::tr("the pinned public key %1 only").arg(path)};
    }
    auto dataKey = session.dataKey();
    if (!dataKey)
        return dataKey.error();
    auto db = session.reader();
    if (!db)
        return db.error();
    auto key = authenticTicketPublicKey(**db, **dataKey);
    if (!key)
        return key.error();
    return std::pair{*key, CliText::tr("the organizer key sealed in the database")};
}

Result<QJsonObject> ticketVerify(CliSession &session, const VerbArguments &args)
{
    std::optional<qint64> event;
    if (args.isSet(QStringLiteral("event"))) {
        auto id = args.positive(QStringLiteral("event"));
        if (!id)
            return id.error();
        event = *id;
    }
    auto trusted = trustedTicketKey(session, args);
    if (!trusted)
        return trusted.error();
    auto db = session.reader();
    if (!db)
        return db.error();
    TicketBook book(**db);
    auto setup = book.gateSetup(event, trusted->first);
    if (!setup)
        return setup.error();
    TicketVerifier verifier(std::move(*setup), *session.settings().clock);
    const TicketVerdict verdict = verifier.verify(args.positional(0));
    QJsonObject out{{QStringLiteral("status"), statusName(verdict.status)},
                    {QStringLiteral("admits"), verdict.admits()},
                    {QStringLiteral("message"), verdict.message},
                    {QStringLiteral("verified_with"), trusted->second}};
    if (verdict.claims) {
        QJsonObject claims{{QStringLiteral("ticket"), verdict.claims->ticketId},
                           {QStringLiteral("event"), verdict.claims->eventId},
                           {QStringLiteral("ticket_type"), verdict.claims->ticketType}};
        if (verdict.claims->kind == TicketKind::Seat)
            claims.insert(QStringLiteral("seat"), verdict.claims->seatGuid);
        else
            claims.insert(QStringLiteral("ga"), verdict.claims->quotaId);
        out.insert(QStringLiteral("claims"), claims);
    }
    return out;
}

Result<QJsonObject> ticketPublicKey(CliSession &session, const VerbArguments &)
{
    auto db = session.reader();
    if (!db)
        return db.error();
    // The key a gate will pin: the one derived from the sealed organizer key,
    // never the plain settings row alone.
    auto dataKey = session.dataKey();
    if (!dataKey)
        return dataKey.error();
    auto key = authenticTicketPublicKey(**db, **dataKey);
    if (!key)
        return key.error();
    return QJsonObject{{QStringLiteral("public_key_pem"), QString::fromLatin1(key->pem())}};
}

Result<QJsonObject> auditVerify(CliSession &session, const VerbArguments &args)
{
    std::optional<AuditAnchor> anchor;
    if (args.isSet(QStringLiteral("anchor"))) {
        auto parsed = AuditAnchor::fromString(args.value(QStringLiteral("anchor")));
        if (!parsed)
            return fail(parsed.error().code, parsed.error().message, QStringLiteral("--anchor"));
        anchor = *parsed;
    }
    auto db = session.reader();
    if (!db)
        return db.error();
    // A legacy chain is reported as it is found: opening the engine first
    // would seal it, and a log stripped of its seal must not be sealed by
    // the very command that checks it. A sealed chain needs the data key.
    auto sealed = AuditChainHead::isSealed(**db);
    if (!sealed)
        return sealed.error();
    const DataKey *key = nullptr;
    if (*sealed) {
        auto dataKey = session.dataKey();
        if (!dataKey)
            return dataKey.error();
        key = *dataKey;
    }
    auto report = AuditVerifier::verify(**db, key, anchor);
    if (!report)
        return report.error();
    QJsonObject out{{QStringLiteral("ok"), report->ok},
                    {QStringLiteral("entries"), report->entries},
                    {QStringLiteral("anchor"), report->head.toString()}};
    if (!report->ok) {
        out.insert(QStringLiteral("problem"), AuditReport::kindName(report->kind));
        out.insert(QStringLiteral("first_bad_entry"), report->firstBadSeq);
        out.insert(QStringLiteral("message"), report->problem);
        // The report is still printed; the exit status says it failed.
        session.failAfterResult(
            Error(ErrorCode::AuditChainBroken,
                  CliText::tr("The audit log failed verification: %1").arg(report->problem),
                  QStringLiteral("entry %1").arg(report->firstBadSeq)));
    }
    return out;
}

} // namespace

QList<Verb> securityVerbs()
{
    const QString user = QStringLiteral("user");
    const QString ticket = QStringLiteral("ticket");
    const QCommandLineOption role =
        valueOption("role", CliText::tr("cashier, supervisor, ops, manager or admin."), "ROLE");
    const QCommandLineOption newPin = valueOption(
        "new-pin", CliText::tr("The member of staff's PIN (at least 4 characters)."), "PIN");
    return {
        {user,
         QStringLiteral("create"),
         {QStringLiteral("NAME")},
         CliText::tr("Add a member of staff (the first one is created without logging in)."),
         {role, newPin,
          valueOption("display-name", CliText::tr("The name shown on screen."), "TEXT")},
         &userCreate},
        {user,
         QStringLiteral("update"),
         {QStringLiteral("NAME")},
         CliText::tr("Change a member of staff's role or PIN, switch the account off or on, or "
                     "unlock it."),
         {role, newPin,
          QCommandLineOption(QStringLiteral("deactivate"), CliText::tr("Switch off.")),
          QCommandLineOption(QStringLiteral("activate"), CliText::tr("Switch on again.")),
          QCommandLineOption(QStringLiteral("unlock"),
                             CliText::tr("Clear a lock-out after wrong PINs."))},
         &userUpdate},
        {ticket,
         QStringLiteral("codes"),
         {QStringLiteral("ORDER")},
         CliText::tr("The signed ticket codes of a paid order, as printed on its tickets."),
         {},
         &ticketCodes,
         Permission::ViewOrders},
        {ticket,
         QStringLiteral("verify"),
         {QStringLiteral("CODE")},
         CliText::tr("Check a ticket code offline: valid, used, revoked, forged or for another "
                     "event."),
         {valueOption("event", CliText::tr("The event the gate admits to."), "ID"),
          valueOption("public-key",
                      CliText::tr("Trust only this public key (PEM, from \"ticket public-key\"): "
                                  "for a gate without the data key."),
                      "FILE")},
         &ticketVerify,
         Permission::Redeem},
        {ticket,
         QStringLiteral("public-key"),
         {},
         CliText::tr("Print the organizer's public key (PEM) that gates verify tickets with."),
         {},
         &ticketPublicKey,
         Permission::ViewCatalog},
        {QStringLiteral("audit"),
         QStringLiteral("verify"),
         {},
         CliText::tr("Check the whole audit log's keyed chain and sealed head, and locate the "
                     "first broken entry (exits 3 when it is broken)."),
         {valueOption("anchor",
                      CliText::tr("An anchor printed earlier (SEQ:HASH): also proves nothing "
                                  "before it was rewritten or cut off."),
                      "ANCHOR")},
         &auditVerify,
         Permission::ViewAudit},
    };
}

} // namespace tessera
