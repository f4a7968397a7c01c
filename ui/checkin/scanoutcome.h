// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketfacts.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera {

class VenueTime;

// The gate's answer to one scanned code, with what the person at the gate
// is shown about it.
struct ScanOutcome
{
    enum class Kind {
        Valid,
        AlreadyUsed,
        Revoked, // refunded, exchanged or cancelled
        Forged,
        NotATicket,
        OtherEvent,
        Expired,
        NotYetValid,
        Failed, // the check itself failed (storage, permission): not let in
    };

    Kind kind = Kind::Failed;
    QString code;
    qint64 scannedAtMs = 0;
    // The ticket, once its code is proven genuine.
    std::optional<TicketFacts> facts;
    // AlreadyUsed: the first entry. Valid: this one.
    std::optional<Redemption> entry;
    // Expired / NotYetValid: the edge of the validity window.
    qint64 validityEdgeMs = 0;
    // OtherEvent: the event this gate admits.
    QString gateEventName;
    // Failed: why the check could not be made.
    QString problem;

    bool admits() const { return kind == Kind::Valid; }
    // A stable name for tests and logs ("already_used").
    static QString key(Kind kind);
};

// The words on the result panel and in the history, translated.
class ScanWording
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ScanWording)

public:
    // "VALID", "ALREADY USED", "REFUNDED"…
    static QString headline(const ScanOutcome &outcome);
    // "Let in" / "Do not let in".
    static QString instruction(const ScanOutcome &outcome);
    // Seat or area, ticket type, event (its start with the zone named):
    // one line each, biggest first.
    static QStringList ticketLines(const ScanOutcome &outcome, const VenueTime &time);
    // Why it was refused ("First entry today at 19:02, gate North-1"); empty
    // when valid. "Today" by `time`'s clock.
    static QString reason(const ScanOutcome &outcome, const VenueTime &time);
    // "today at 19:02", "yesterday at…", else the date and time, in `time`'s zone.
    static QString when(qint64 ms, const VenueTime &time);
    // The end of a code, enough to tell scans apart ("…7QK2MA").
    static QString codeTail(const QString &code);
};

} // namespace tessera
