// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

#include "audit/auditschema.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>

namespace tessera {

namespace {

// Version 1: catalog, inventory, sales and the journal.
const char *const kVersion1 = R"sql(
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- A venue keeps the seating plan it was imported from (pretix JSON, the
-- source for export); seats are the plan's seats, indexed for inventory.
CREATE TABLE venues(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, timezone TEXT NOT NULL DEFAULT 'UTC',
  width INTEGER NOT NULL DEFAULT 0, height INTEGER NOT NULL DEFAULT 0,
  plan TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE categories(
  id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL REFERENCES venues(id),
  name TEXT NOT NULL, color TEXT, UNIQUE(venue_id, name));
-- x, y: absolute plan position of the seat's centre.
CREATE TABLE seats(
  id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL REFERENCES venues(id),
  guid TEXT NOT NULL, zone TEXT, row_number TEXT NOT NULL, row_label TEXT,
  seat_number TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL, radius INTEGER NOT NULL,
  category_id INTEGER NOT NULL REFERENCES categories(id), UNIQUE(venue_id, guid));

CREATE TABLE events(
  id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL REFERENCES venues(id), name TEXT NOT NULL,
  starts_at INTEGER NOT NULL, ends_at INTEGER, sale_starts_at INTEGER, sale_ends_at INTEGER,
  currency TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE ticket_types(
  id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),
  code TEXT NOT NULL, name TEXT NOT NULL, UNIQUE(event_id, code));
CREATE TABLE seat_prices(
  event_id INTEGER NOT NULL REFERENCES events(id), category_id INTEGER NOT NULL,
  ticket_type_id INTEGER NOT NULL, amount INTEGER NOT NULL,
  PRIMARY KEY(event_id, category_id, ticket_type_id)) WITHOUT ROWID;
CREATE TABLE ga_quotas(
  id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id), name TEXT NOT NULL,
  capacity INTEGER NOT NULL, sold INTEGER NOT NULL DEFAULT 0, held INTEGER NOT NULL DEFAULT 0,
  UNIQUE(event_id, name));
CREATE TABLE ga_prices(
  quota_id INTEGER NOT NULL REFERENCES ga_quotas(id), ticket_type_id INTEGER NOT NULL,
  amount INTEGER NOT NULL, PRIMARY KEY(quota_id, ticket_type_id)) WITHOUT ROWID;
-- One row per seat per event: 0 available, 1 held, 2 sold, 3 blocked.
CREATE TABLE event_seats(
  event_id INTEGER NOT NULL, seat_id INTEGER NOT NULL, state INTEGER NOT NULL DEFAULT 0,
  hold_id INTEGER, order_id INTEGER, PRIMARY KEY(event_id, seat_id)) WITHOUT ROWID;

CREATE TABLE card_products(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, price INTEGER NOT NULL,
  currency TEXT NOT NULL, created_at INTEGER NOT NULL);
-- state: 0 available, 1 held, 2 sold.
CREATE TABLE card_codes(
  id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES card_products(id),
  code TEXT NOT NULL, serial TEXT, valid_until INTEGER, state INTEGER NOT NULL DEFAULT 0,
  hold_id INTEGER, order_id INTEGER, UNIQUE(product_id, code));

-- state: 0 active, 1 converted to an order, 2 released, 3 expired.
CREATE TABLE holds(
  id INTEGER PRIMARY KEY, state INTEGER NOT NULL, created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL, actor TEXT);
CREATE INDEX holds_active ON holds(expires_at) WHERE state = 0;
-- kind: 0 seat (ref = seat id), 1 GA (ref = quota id), 2 card (ref = code id).
-- scope: the event for seats and GA, the card product for card keys.
CREATE TABLE hold_items(
  hold_id INTEGER NOT NULL REFERENCES holds(id), kind INTEGER NOT NULL,
  scope_id INTEGER NOT NULL, ref_id INTEGER NOT NULL, quantity INTEGER NOT NULL DEFAULT 1);
CREATE INDEX hold_items_hold ON hold_items(hold_id);

-- state: 0 pending payment, 1 paid, 2 cancelled, 3 refunded, 4 partly refunded.
CREATE TABLE orders(
  id INTEGER PRIMARY KEY, state INTEGER NOT NULL, currency TEXT NOT NULL,
  total INTEGER NOT NULL, paid INTEGER NOT NULL DEFAULT 0, refunded INTEGER NOT NULL DEFAULT 0,
  customer_name TEXT, customer_phone TEXT, customer_email TEXT,
  created_at INTEGER NOT NULL, actor TEXT);
-- One line per ticket or card key. kind as in hold_items. state: 0 active, 1 refunded.
CREATE TABLE order_lines(
  id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
  kind INTEGER NOT NULL, event_id INTEGER, ref_id INTEGER NOT NULL,
  ticket_type_id INTEGER, price INTEGER NOT NULL, state INTEGER NOT NULL DEFAULT 0,
  secret TEXT, redeemed_at INTEGER, redeemed_gate TEXT);
CREATE INDEX order_lines_order ON order_lines(order_id);
-- state: 0 approved, 1 declined, 2 unknown (to reconcile), 3 refunded.
CREATE TABLE payments(
  id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
  method TEXT NOT NULL, amount INTEGER NOT NULL, state INTEGER NOT NULL,
  provider_ref TEXT, error_code TEXT, created_at INTEGER NOT NULL);
CREATE INDEX payments_order ON payments(order_id);
CREATE TABLE refunds(
  id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
  amount INTEGER NOT NULL, reason TEXT NOT NULL, created_at INTEGER NOT NULL, actor TEXT);

-- Every state change, in order, with the request that caused it. seq is
-- gap-free: the writer assigns it, and a rolled-back batch gives its numbers back.
CREATE TABLE journal(
  seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, idem_key TEXT NOT NULL UNIQUE,
  request_hash BLOB NOT NULL, payload TEXT NOT NULL, result TEXT NOT NULL,
  actor TEXT, created_at INTEGER NOT NULL);
)sql";

// Version 2: orders remember their sales channel; search by customer.
const char *const kVersion2 = R"sql(
ALTER TABLE orders ADD COLUMN channel TEXT NOT NULL DEFAULT 'counter';
CREATE INDEX orders_customer_phone ON orders(customer_phone) WHERE customer_phone IS NOT NULL;
)sql";

// Version 3: staff with roles and PIN hashes; card payments keep at most a
// masked last four; refunds and voids remember who approved them.
const char *const kVersion3 = R"sql(
CREATE TABLE users(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, display_name TEXT,
  role INTEGER NOT NULL, pin_hash TEXT NOT NULL, failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL);
ALTER TABLE payments ADD COLUMN card_last4 TEXT;
ALTER TABLE refunds ADD COLUMN approved_by TEXT;
ALTER TABLE orders ADD COLUMN approved_by TEXT;
)sql";

// Version 4: card keys and customers' personal data encrypted at rest
// (AES-256-GCM under the data key, see core/crypto/keyring.h). card_codes is
// rebuilt because SQLite cannot drop the NOT NULL / UNIQUE of the plaintext
// `code`: the column stays (nullable, NULL once the engine has opened the file
// with its key) and uniqueness moves to the blind index. Rows of older files
// are encrypted by the engine right after this step, with the key.
const char *const kVersion4 = R"sql(
CREATE TABLE card_codes_v4(
  id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES card_products(id),
  code TEXT, serial TEXT, valid_until INTEGER, state INTEGER NOT NULL DEFAULT 0,
  hold_id INTEGER, order_id INTEGER, code_enc BLOB, code_index BLOB);
INSERT INTO card_codes_v4(id, product_id, code, serial, valid_until, state, hold_id, order_id)
  SELECT id, product_id, code, serial, valid_until, state, hold_id, order_id FROM card_codes;
DROP TABLE card_codes;
ALTER TABLE card_codes_v4 RENAME TO card_codes;
CREATE UNIQUE INDEX card_codes_code_index ON card_codes(product_id, code_index);
ALTER TABLE orders ADD COLUMN customer_enc BLOB;
ALTER TABLE orders ADD COLUMN phone_index BLOB;
ALTER TABLE orders ADD COLUMN name_index BLOB;
DROP INDEX IF EXISTS orders_customer_phone;
CREATE INDEX orders_phone_index ON orders(phone_index) WHERE phone_index IS NOT NULL;
CREATE INDEX orders_name_index ON orders(name_index) WHERE name_index IS NOT NULL;
-- When an order's card keys were first shown to the buyer; later showings
-- need leave and are audited.
ALTER TABLE orders ADD COLUMN card_keys_shown_at INTEGER;
)sql";

// Version 5: cash-drawer shifts (core/shift). A shift is opened on a terminal
// with a float and closed with the drawer counted. What it took is found by
// id marks: the last payment, refund, order and journal row before it opened
// (after_*) and when it closed (until_*), so ties in time cannot misplace a
// sale. At most one open shift per terminal.
const char *const kVersion5 = R"sql(
CREATE TABLE shifts(
  id INTEGER PRIMARY KEY, terminal TEXT NOT NULL, currency TEXT NOT NULL,
  float_amount INTEGER NOT NULL, opened_at INTEGER NOT NULL, opened_by TEXT,
  closed_at INTEGER, closed_by TEXT,
  counted TEXT, counted_total INTEGER, expected INTEGER, difference INTEGER, note TEXT,
  after_payment INTEGER NOT NULL, after_refund INTEGER NOT NULL,
  after_order INTEGER NOT NULL, after_seq INTEGER NOT NULL,
  until_payment INTEGER, until_refund INTEGER, until_order INTEGER, until_seq INTEGER);
CREATE UNIQUE INDEX shifts_open ON shifts(terminal) WHERE closed_at IS NULL;
-- kind: 'in' (change added to the drawer) or 'out' (cash taken out: a bank drop).
CREATE TABLE cash_movements(
  id INTEGER PRIMARY KEY, shift_id INTEGER NOT NULL REFERENCES shifts(id),
  kind TEXT NOT NULL CHECK(kind IN ('in', 'out')), amount INTEGER NOT NULL CHECK(amount > 0),
  reason TEXT NOT NULL, actor TEXT, created_at INTEGER NOT NULL);
CREATE INDEX cash_movements_shift ON cash_movements(shift_id);
)sql";

// Version 6: unpaid pending orders expire (core/sales/pendingorderexpiry.h);
// the writer finds them through orders_pending, which holds pending orders
// only, so a paid sale does not pay for it. A cancelled order says when, by
// whom ("system" when it expired) and why ("expired", or the void's reason).
const char *const kVersion6 = R"sql(
CREATE INDEX orders_pending ON orders(created_at) WHERE state = 0;
ALTER TABLE orders ADD COLUMN cancelled_at INTEGER;
ALTER TABLE orders ADD COLUMN cancelled_by TEXT;
ALTER TABLE orders ADD COLUMN cancel_reason TEXT;
)sql";

// Version 7: failed sign-ins under names that are not staff count towards a
// lock-out as a real account's do (failed_logins, locked_until as in users),
// so neither the answers nor the lock-out tell which names exist
// (core/staff/staffauthenticator.h). A row whose count is 0 and whose lock has
// passed says nothing and is pruned.
const char *const kVersion7 = R"sql(
CREATE TABLE login_failures(
  name TEXT PRIMARY KEY, failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
)sql";

// Version 8: an event can be cancelled (core/setup/canceleventcommand.h):
// when, by whom and why; its sales stop and what was sold is refunded.
const char *const kVersion8 = R"sql(
ALTER TABLE events ADD COLUMN cancelled_at INTEGER;
ALTER TABLE events ADD COLUMN cancelled_by TEXT;
ALTER TABLE events ADD COLUMN cancel_reason TEXT;
)sql";

// Version 9: closing a shift whose count differs from what was expected needs
// a supervisor's approval (core/shift/shiftcommands.h); the shift keeps who
// gave it.
const char *const kVersion9 = R"sql(
ALTER TABLE shifts ADD COLUMN approved_by TEXT;
)sql";

// Version 10: a cash payment keeps the amount handed over (NULL when the
// cashier did not type it), so a duplicate receipt shows it and the change as
// the first one did; the change is tendered - amount.
const char *const kVersion10 = R"sql(
ALTER TABLE payments ADD COLUMN tendered INTEGER;
)sql";

// Version 11: a terminal enrolled with a central server sells only what the
// server allocated to it (core/replica): a seat not allocated to it is
// event_seats.state 4 (SeatState::Elsewhere); of a GA quota it may sell
// `allocated` places (NULL: no allocation, the capacity is the limit).
const char *const kVersion11 = R"sql(
ALTER TABLE ga_quotas ADD COLUMN allocated INTEGER;
)sql";

// Version 12: alerts (core/alerts). The thresholds an ops manager sets
// (alert_rules, changed only by set_alert_rule) and every alert that fired
// (alerts_log, written by record_alerts and acknowledge_alert), kept for the
// run report. A log row copies its rule's kind and threshold, so a later edit
// of the rule does not rewrite what fired; at most one open row per rule.
const char *const kVersion12 = R"sql(
CREATE TABLE alert_rules(
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, threshold REAL NOT NULL,
  window_minutes INTEGER NOT NULL, code TEXT, event_id INTEGER, stock TEXT,
  enabled INTEGER NOT NULL DEFAULT 1, updated_at INTEGER NOT NULL, updated_by TEXT);
CREATE TABLE alerts_log(
  id INTEGER PRIMARY KEY, rule_id INTEGER NOT NULL REFERENCES alert_rules(id),
  kind TEXT NOT NULL, threshold REAL NOT NULL, detail TEXT,
  started_at INTEGER NOT NULL, ended_at INTEGER,
  peak_value REAL NOT NULL, last_value REAL NOT NULL,
  acknowledged_by TEXT, acknowledged_at INTEGER);
CREATE UNIQUE INDEX alerts_log_open ON alerts_log(rule_id) WHERE ended_at IS NULL;
CREATE INDEX alerts_log_started ON alerts_log(started_at);
)sql";

// Version 13: sync incidents (core/replica). Each stretch of time a terminal
// could not hand its journal to its server, for the run report; at most one
// open (ended_at NULL) at a time.
const char *const kVersion13 = R"sql(
CREATE TABLE sync_incidents(
  id INTEGER PRIMARY KEY, state TEXT NOT NULL, message TEXT NOT NULL,
  started_at INTEGER NOT NULL, ended_at INTEGER, peak_backlog INTEGER NOT NULL DEFAULT 0);
CREATE UNIQUE INDEX sync_incidents_open ON sync_incidents((ended_at IS NULL))
  WHERE ended_at IS NULL;
CREATE INDEX sync_incidents_started ON sync_incidents(started_at);
)sql";

// Version 14: card keys a central server allocated to this terminal carry
// the server's id of the code (ApplyCatalogCommand), so a code arriving
// again is recognised; a terminal's own codes have none. On a server, state
// 4 marks a code given to a terminal (not the server's to sell).
const char *const kVersion14 = R"sql(
ALTER TABLE card_codes ADD COLUMN server_id INTEGER;
CREATE UNIQUE INDEX card_codes_server ON card_codes(server_id) WHERE server_id IS NOT NULL;
)sql";

// Version 15: refunds through the central server of tickets sold at one
// terminal and paid back at another. At the seller, refunds_elsewhere: what
// its catalog pull brought (applied 0 when the ticket had changed meanwhile:
// refunded or used here too). At the terminal that paid, remote_refunds_paid:
// the money out of its drawer (a cash movement of its open shift).
const char *const kVersion15 = R"sql(
CREATE TABLE refunds_elsewhere(
  server_refund INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, line_id INTEGER NOT NULL,
  amount INTEGER NOT NULL, reason TEXT NOT NULL, refunded_by TEXT NOT NULL,
  refunded_at INTEGER NOT NULL, applied INTEGER NOT NULL);
CREATE INDEX refunds_elsewhere_order ON refunds_elsewhere(order_id);
CREATE TABLE remote_refunds_paid(
  server_refund INTEGER PRIMARY KEY, movement_id INTEGER REFERENCES cash_movements(id),
  sold_by TEXT NOT NULL, event_id INTEGER NOT NULL, ticket TEXT NOT NULL,
  amount INTEGER NOT NULL, currency TEXT NOT NULL, reason TEXT NOT NULL, actor TEXT,
  approved_by TEXT, created_at INTEGER NOT NULL);
)sql";

// Each step's SQL; version 3 also creates the hash-chained audit log.
QString stepSql(int version)
{
    switch (version) {
    case 1:
        return QString::fromUtf8(kVersion1);
    case 2:
        return QString::fromUtf8(kVersion2);
    case 3:
        return QString::fromUtf8(kVersion3) + QString::fromUtf8(kAuditLogSchemaSql);
    case 4:
        return QString::fromUtf8(kVersion4);
    case 5:
        return QString::fromUtf8(kVersion5);
    case 6:
        return QString::fromUtf8(kVersion6);
    case 7:
        return QString::fromUtf8(kVersion7);
    case 8:
        return QString::fromUtf8(kVersion8);
    case 9:
        return QString::fromUtf8(kVersion9);
    case 10:
        return QString::fromUtf8(kVersion10);
    case 11:
        return QString::fromUtf8(kVersion11);
    case 12:
        return QString::fromUtf8(kVersion12);
    case 13:
        return QString::fromUtf8(kVersion13);
    case 14:
        return QString::fromUtf8(kVersion14);
    case 15:
        return QString::fromUtf8(kVersion15);
    }
    return {};
}

} // namespace

int Schema::version(SqliteDb &db)
{
    auto stmt = db.prepare(QStringLiteral("PRAGMA user_version"));
    if (!stmt)
        return -1;
    auto row = stmt->step();
    return (row && *row) ? int(stmt->columnInt(0)) : -1;
}

Result<void> Schema::migrate(SqliteDb &db, int target)
{
    if (target < 1 || target > kCurrentVersion)
        return fail(ErrorCode::InvalidInput, QStringLiteral("bad schema target"));
    SqliteTransaction txn(db);
    if (!txn.begun())
        return txn.begun().error();
    const int from = version(db);
    if (from > kCurrentVersion)
        return fail(ErrorCode::SchemaTooNew,
                    QCoreApplication::translate("tessera::Schema",
                                                "The database was written by a newer Tessera "
                                                "(schema %1, this build knows %2).")
                        .arg(from)
                        .arg(kCurrentVersion),
                    db.path());
    for (int v = from + 1; v <= target; ++v) {
        if (auto r = db.exec(stepSql(v)); !r)
            return fail(
                ErrorCode::StorageError,
                QCoreApplication::translate("tessera::Schema", "Migration to schema %1 failed: %2")
                    .arg(v)
                    .arg(r.error().message));
        if (auto r = db.exec(QStringLiteral("PRAGMA user_version=%1").arg(v)); !r)
            return r.error();
    }
    return txn.commit();
}

} // namespace tessera
