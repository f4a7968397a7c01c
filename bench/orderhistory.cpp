// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderhistory.h"

#include "historyrandom.h"
#include "pasteventcloner.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/itemkind.h"
#include "common/jsontext.h"
#include "crypto/datakey.h"
#include "crypto/keyring.h"
#include "engine/command.h"
#include "sales/orderstate.h"
#include "sales/refundcommand.h"
#include "sales/ticketcode.h"
#include "storage/sqlitedb.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace tessera::bench {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qint64 kOrdersPerCommit = 50000;

struct Line
{
    ItemKind kind = ItemKind::Seat;
    qint64 id = 0;
    qint64 ref = 0; // seat, quota or card code
    int type = 0;   // index into kTicketTypeCodes
    qint64 price = 0;
    QString seatGuid;
    qint64 seatIndex = -1;
    QString secret;
    bool refunded = false;
};

struct Payment
{
    QString method;
    qint64 amount = 0;
    PaymentState state = PaymentState::Approved;
    QString reference, errorCode, last4;
};

struct Order
{
    qint64 id = 0;
    qint64 at = 0;
    const HistoryCatalog::Event *event = nullptr;
    std::vector<Line> lines;
    std::vector<Payment> payments;
    qint64 total = 0;
    OrderState state = OrderState::Paid;
    QString actor, channel;
    QString name, phone, email;
};

class HistoryRun
{
public:
    HistoryRun(SqliteDb &db, const HistoryCatalog &catalog, const DataKey &key, quint64 seed)
        : m_db(db)
        , m_catalog(catalog)
        , m_key(key)
        , m_rng(seed)
        , m_seatOrder(catalog.seats.size(), 0)
    {}

    Result<void> write(qint64 orders, qint64 performances,
                       const std::function<void(qint64)> &progress);

private:
    Result<void> prepare();
    Result<qint64> maxId(const char *sql);
    void planEventOrder(Order &order, const HistoryCatalog::Event &event);
    bool planCardOrder(Order &order);
    void planPayments(Order &order);
    Result<void> insert(Order &order);
    Result<void> journal(const QString &kind, const QByteArray &payload, const QByteArray &result,
                         const QString &actor, qint64 at, QString *key = nullptr);
    Result<void> refund(Order &order, bool whole);
    Result<void> closeEvent(const HistoryCatalog::Event &event);
    Result<void> openEvent(qint64 number, qint64 at);

    SqliteDb &m_db;
    const HistoryCatalog &m_catalog;
    const DataKey &m_key;
    HistoryRandom m_rng;
    std::optional<AuditLog> m_audit;
    std::optional<PastEventCloner> m_cloner;
    HistoryCatalog::Event m_event; // on sale now
    SqliteStatement m_order, m_line, m_payment, m_refund, m_journal, m_seat, m_quota, m_code;
    SqliteStatement m_lineRefunded, m_orderRefunded;
    qint64 m_nextOrder = 0, m_nextLine = 0, m_nextPayment = 0, m_nextRefund = 0, m_seq = 0;
    // The current event's sales: which order holds each seat (0: none), standing sold.
    std::vector<qint64> m_seatOrder;
    size_t m_seatCursor = 0;
    qint64 m_gaSold = 0;
    size_t m_codeCursor = 0;
};

Result<qint64> HistoryRun::maxId(const char *sql)
{
    auto s = m_db.prepare(QString::fromLatin1(sql));
    if (!s)
        return s.error();
    auto row = s->step();
    if (!row)
        return row.error();
    const qint64 id = s->columnInt(0);
    s->reset();
    return id;
}

Result<void> HistoryRun::prepare()
{
    const std::array<std::pair<SqliteStatement *, const char *>, 10> statements{{
        {&m_order, "INSERT INTO orders(id, state, currency, total, paid, refunded, customer_enc, "
                   "phone_index, name_index, created_at, actor, channel) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_line, "INSERT INTO order_lines(id, order_id, kind, event_id, ref_id, ticket_type_id, "
                  "price, state, secret) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_payment, "INSERT INTO payments(id, order_id, method, amount, state, provider_ref, "
                     "error_code, created_at, card_last4) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_refund, "INSERT INTO refunds(id, order_id, amount, reason, created_at, actor, "
                    "approved_by) VALUES(?, ?, ?, ?, ?, ?, ?)"},
        {&m_journal, "INSERT INTO journal(seq, kind, idem_key, request_hash, payload, result, "
                     "actor, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_seat, "UPDATE event_seats SET state = 2, order_id = ? WHERE event_id = ? AND "
                  "seat_id = ?"},
        {&m_quota, "UPDATE ga_quotas SET sold = ? WHERE id = ?"},
        {&m_code, "UPDATE card_codes SET state = ?, order_id = ? WHERE id = ?"},
        {&m_lineRefunded, "UPDATE order_lines SET state = 1 WHERE id = ?"},
        {&m_orderRefunded, "UPDATE orders SET state = ?, refunded = ? WHERE id = ?"},
    }};
    for (const auto &[statement, sql] : statements) {
        auto s = m_db.prepare(QString::fromLatin1(sql));
        if (!s)
            return s.error();
        *statement = std::move(*s);
    }
    auto cloner = PastEventCloner::prepare(m_db, m_catalog);
    if (!cloner)
        return cloner.error();
    m_cloner.emplace(std::move(*cloner));
    // The writer's key outlives it: a non-owning pointer serves the log.
    static const SystemClock sealClock;
    auto audit = AuditLog::open(
        m_db,
        [key = std::shared_ptr<const DataKey>(&m_key, [](const DataKey *) {})] { return key; },
        sealClock);
    if (!audit)
        return audit.error();
    m_audit.emplace(std::move(*audit));
    const std::array<std::pair<qint64 *, const char *>, 5> ids{{
        {&m_nextOrder, "SELECT COALESCE(MAX(id), 0) FROM orders"},
        {&m_nextLine, "SELECT COALESCE(MAX(id), 0) FROM order_lines"},
        {&m_nextPayment, "SELECT COALESCE(MAX(id), 0) FROM payments"},
        {&m_nextRefund, "SELECT COALESCE(MAX(id), 0) FROM refunds"},
        {&m_seq, "SELECT COALESCE(MAX(seq), 0) FROM journal"},
    }};
    for (const auto &[id, sql] : ids) {
        auto max = maxId(sql);
        if (!max)
            return max.error();
        *id = *max;
    }
    return {};
}

// 1–4 tickets (mostly one or two), seats side by side or standing; the rare
// order of a sold-out event falls back to what is left.
void HistoryRun::planEventOrder(Order &order, const HistoryCatalog::Event &event)
{
    const qint64 roll = m_rng.below(100);
    qint64 count = roll < 40 ? 1 : roll < 75 ? 2 : roll < 90 ? 3 : 4;
    const qint64 seatsLeft = qint64(m_catalog.seats.size() - m_seatCursor);
    const qint64 standingLeft = m_catalog.quotaCapacity - m_gaSold;
    bool seated = m_rng.chance(0.6);
    if (seated && seatsLeft == 0)
        seated = false;
    if (!seated && standingLeft == 0)
        seated = true;
    count = qMin(count, seated ? seatsLeft : standingLeft);
    if (count <= 0)
        return;
    order.event = &event;
    for (qint64 i = 0; i < count; ++i) {
        Line line;
        line.secret = m_rng.hex(8, true);
        if (seated) {
            const qint64 typeRoll = i == 0 ? 0 : m_rng.below(100);
            line.type = typeRoll < 60 ? 0 : typeRoll < 85 ? 1 : 2;
            line.seatIndex = qint64(m_seatCursor++);
            const HistoryCatalog::Seat &seat = m_catalog.seats[size_t(line.seatIndex)];
            line.ref = seat.id;
            line.seatGuid = seat.guid;
            line.price = seat.prices[line.type];
        } else {
            line.kind = ItemKind::GeneralAdmission;
            line.ref = event.quota;
            line.price = m_catalog.gaPrice;
            ++m_gaSold;
        }
        order.total += line.price;
        order.lines.push_back(std::move(line));
    }
}

bool HistoryRun::planCardOrder(Order &order)
{
    const qint64 count = m_rng.chance(0.8) ? 1 : 2;
    if (m_codeCursor + size_t(count) > m_catalog.codes.size())
        return false;
    for (qint64 i = 0; i < count; ++i) {
        Line line;
        line.kind = ItemKind::CardKey;
        line.ref = m_catalog.codes[m_codeCursor++];
        line.price = m_catalog.cardPrice;
        order.total += line.price;
        order.lines.push_back(std::move(line));
    }
    return true;
}

// Cash half the time, then card and QR; now and then a declined attempt
// first, and rarely a QR payment whose outcome never came (pending order).
void HistoryRun::planPayments(Order &order)
{
    static const char *const qrErrors[] = {"insufficient_funds", "cancelled_by_customer", "timeout",
                                           "network_error"};
    const qint64 roll = m_rng.below(100);
    Payment p;
    p.amount = order.total;
    if (roll < 50) {
        p.method = QStringLiteral("cash");
    } else if (roll < 85) {
        p.method = QStringLiteral("card");
        p.last4 = m_rng.digits(4);
        p.reference = m_rng.hex(3, true);
        if (m_rng.chance(0.03)) {
            Payment declined = p;
            declined.state = PaymentState::Declined;
            declined.errorCode = QStringLiteral("card_declined");
            declined.reference.clear();
            order.payments.push_back(declined);
        }
    } else {
        p.method = QStringLiteral("qr");
        if (m_rng.chance(0.06)) {
            Payment declined = p;
            declined.state = PaymentState::Declined;
            declined.errorCode = QLatin1String(qrErrors[m_rng.below(4)]);
            order.payments.push_back(declined);
        }
        p.reference = QStringLiteral("sbx-") + m_rng.hex(8, false);
        if (m_rng.chance(0.015)) {
            p.state = PaymentState::Unknown;
            p.errorCode = QStringLiteral("timeout");
            p.reference.clear();
            order.state = OrderState::Pending;
        }
    }
    order.payments.push_back(p);
}

Result<void> HistoryRun::journal(const QString &kind, const QByteArray &payload,
                                 const QByteArray &result, const QString &actor, qint64 at,
                                 QString *keyOut)
{
    const QString key = m_rng.uuid();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(kind.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(payload);
    m_journal.bind(1, ++m_seq).bind(2, kind).bind(3, key).bind(4, hash.result());
    m_journal.bindText(5, payload).bindText(6, result).bind(7, actor).bind(8, at);
    if (keyOut)
        *keyOut = key;
    return m_journal.run();
}

Result<void> HistoryRun::insert(Order &order)
{
    const qint64 paid = order.state == OrderState::Paid ? order.total : 0;
    m_order.bind(1, order.id).bind(2, int(order.state)).bind(3, m_catalog.currency);
    m_order.bind(4, order.total).bind(5, paid).bind(6, qint64(0));
    if (order.name.isEmpty()) {
        m_order.bindNull(7).bindNull(8).bindNull(9);
    } else {
        m_order.bind(7, SealedFields::sealCustomer(m_key, order.name, order.phone, order.email));
        m_order.bind(8, SealedFields::phoneIndex(m_key, order.phone));
        m_order.bind(9, SealedFields::nameIndex(m_key, order.name));
    }
    m_order.bind(10, order.at).bind(11, order.actor).bind(12, order.channel);
    if (auto r = m_order.run(); !r)
        return r;

    for (Line &line : order.lines) {
        line.id = ++m_nextLine;
        const bool card = line.kind == ItemKind::CardKey;
        m_line.bind(1, line.id).bind(2, order.id).bind(3, int(line.kind));
        card ? m_line.bindNull(4) : m_line.bind(4, order.event->id);
        m_line.bind(5, line.ref);
        card ? m_line.bindNull(6) : m_line.bind(6, order.event->typeIds[line.type]);
        m_line.bind(7, line.price).bind(8, 0);
        card ? m_line.bindNull(9) : m_line.bind(9, line.secret);
        if (auto r = m_line.run(); !r)
            return r;
        if (card) {
            m_code.bind(1, int(CardCodeState::Sold)).bind(2, order.id).bind(3, line.ref);
            if (auto r = m_code.run(); !r)
                return r;
        } else if (line.kind == ItemKind::Seat) {
            m_seatOrder[size_t(line.seatIndex)] = order.id;
        }
    }
    for (const Payment &p : order.payments) {
        m_payment.bind(1, ++m_nextPayment).bind(2, order.id).bind(3, p.method);
        m_payment.bind(4, p.amount).bind(5, int(p.state));
        p.reference.isEmpty() ? m_payment.bindNull(6) : m_payment.bind(6, p.reference);
        p.errorCode.isEmpty() ? m_payment.bindNull(7) : m_payment.bind(7, p.errorCode);
        m_payment.bind(8, order.at);
        p.last4.isEmpty() ? m_payment.bindNull(9) : m_payment.bind(9, p.last4);
        if (auto r = m_payment.run(); !r)
            return r;
    }

    // The request and the answer as SellCommand journals them (members in
    // sorted order; no customer in the request).
    JsonText request;
    request.beginObject().field("channel", order.channel);
    if (order.event)
        request.field("event", order.event->id);
    request.key("lines").beginArray();
    const Line &first = order.lines.front();
    if (first.kind == ItemKind::CardKey) {
        request.beginObject()
            .field("card", m_catalog.cardProduct)
            .field("quantity", qint64(order.lines.size()))
            .endObject();
    } else if (first.kind == ItemKind::GeneralAdmission) {
        request.beginObject()
            .field("ga", first.ref)
            .field("quantity", qint64(order.lines.size()))
            .field("ticket_type", QLatin1String(kTicketTypeCodes[0]))
            .endObject();
    } else {
        for (const Line &line : order.lines)
            request.beginObject()
                .field("seat", line.seatGuid)
                .field("ticket_type", QLatin1String(kTicketTypeCodes[line.type]))
                .endObject();
    }
    request.endArray().key("payments").beginArray();
    for (const Payment &p : order.payments) {
        request.beginObject().field("amount", p.amount);
        if (!p.last4.isEmpty())
            request.field("card_last4", p.last4);
        if (!p.errorCode.isEmpty())
            request.field("error_code", p.errorCode);
        request.field("method", p.method);
        if (!p.reference.isEmpty())
            request.field("reference", p.reference);
        request.field("state", paymentStateName(p.state)).endObject();
    }
    request.endArray().endObject();

    JsonText answer;
    answer.beginObject()
        .field("order", order.id)
        .field("number", orderNumber(m_catalog.terminalId, order.id))
        .field("state", orderStateName(order.state))
        .field("currency", m_catalog.currency)
        .field("total", order.total)
        .field("paid", paid);
    answer.key("tickets").beginArray();
    for (const Line &line : order.lines) {
        if (line.kind == ItemKind::CardKey)
            continue;
        answer.beginObject().field("line", line.id);
        if (line.kind == ItemKind::Seat)
            answer.field("seat", line.seatGuid);
        else
            answer.field("ga", line.ref);
        answer.field("ticket_type", QLatin1String(kTicketTypeCodes[line.type]))
            .field("price", line.price);
        if (order.state == OrderState::Paid)
            answer.field("code", TicketCode{line.id, line.secret}.toString());
        answer.endObject();
    }
    answer.endArray().key("cards").beginArray();
    for (const Line &line : order.lines) {
        if (line.kind == ItemKind::CardKey)
            answer.beginObject()
                .field("line", line.id)
                .field("card", m_catalog.cardProduct)
                .field("price", line.price)
                .endObject();
    }
    answer.endArray().endObject();
    return journal(QStringLiteral("sell"), request.take(), answer.take(), order.actor, order.at);
}

// A refund at the counter: the cashier asks, a supervisor approves (override),
// the lines go back on sale (card keys are voided), and both audit entries are
// chained as the engine writes them.
Result<void> HistoryRun::refund(Order &order, bool whole)
{
    static const char *const reasons[] = {"Customer cannot attend", "Bought the wrong date",
                                          "Duplicate purchase", "Event rescheduled"};
    const QString reason = QLatin1String(reasons[m_rng.below(4)]);
    QJsonArray lineIds;
    qint64 amount = 0;
    for (size_t i = whole ? 0 : order.lines.size() - 1; i < order.lines.size(); ++i) {
        Line &line = order.lines[i];
        line.refunded = true;
        amount += line.price;
        lineIds.push_back(line.id);
    }
    QJsonObject requestJson{{QStringLiteral("order"), order.id},
                            {QStringLiteral("reason"), reason}};
    if (!whole)
        requestJson.insert(QStringLiteral("lines"), lineIds);
    auto command = RefundCommand::fromJson(requestJson);
    if (!command)
        return command.error();
    const qint64 at = order.at + 60'000;
    const QString cashier = QStringLiteral("cashier");
    const QString supervisor = QStringLiteral("supervisor");

    m_refund.bind(1, ++m_nextRefund).bind(2, order.id).bind(3, amount).bind(4, reason);
    m_refund.bind(5, at).bind(6, cashier).bind(7, supervisor);
    if (auto r = m_refund.run(); !r)
        return r;
    for (const Line &line : order.lines) {
        if (!line.refunded)
            continue;
        m_lineRefunded.bind(1, line.id);
        if (auto r = m_lineRefunded.run(); !r)
            return r;
        if (line.kind == ItemKind::Seat) {
            m_seatOrder[size_t(line.seatIndex)] = 0;
        } else if (line.kind == ItemKind::GeneralAdmission) {
            --m_gaSold;
        } else {
            m_code.bind(1, int(CardCodeState::Void)).bind(2, order.id).bind(3, line.ref);
            if (auto r = m_code.run(); !r)
                return r;
        }
    }
    const OrderState state = whole ? OrderState::Refunded : OrderState::PartlyRefunded;
    m_orderRefunded.bind(1, int(state)).bind(2, amount).bind(3, order.id);
    if (auto r = m_orderRefunded.run(); !r)
        return r;

    const QByteArray answer =
        CommandResult(QJsonObject{{QStringLiteral("order"), order.id},
                                  {QStringLiteral("refund"), m_nextRefund},
                                  {QStringLiteral("amount"), amount},
                                  {QStringLiteral("currency"), m_catalog.currency},
                                  {QStringLiteral("reason"), reason},
                                  {QStringLiteral("approved_by"), supervisor},
                                  {QStringLiteral("lines"), lineIds},
                                  {QStringLiteral("state"), orderStateName(state)}})
            .json;
    QString key;
    if (auto r =
            journal(QStringLiteral("refund"), (*command)->toJsonBytes(), answer, cashier, at, &key);
        !r)
        return r;
    QJsonObject details = (*command)->auditDetails();
    details.insert(QStringLiteral("approved_by"), supervisor);
    const QString subject = QStringLiteral("refund ") + key;
    for (const QString &action : {QStringLiteral("override"), (*command)->auditAction()}) {
        if (auto entry = m_audit->append(at, cashier, action, subject, details); !entry)
            return entry.error();
    }
    return {};
}

// The event is over: its seats and standing count as the sales left them.
Result<void> HistoryRun::closeEvent(const HistoryCatalog::Event &event)
{
    for (size_t i = 0; i < m_seatOrder.size(); ++i) {
        if (!m_seatOrder[i])
            continue;
        m_seat.bind(1, m_seatOrder[i]).bind(2, event.id).bind(3, m_catalog.seats[i].id);
        if (auto r = m_seat.run(); !r)
            return r;
        m_seatOrder[i] = 0;
    }
    m_quota.bind(1, m_gaSold).bind(2, event.quota);
    if (auto r = m_quota.run(); !r)
        return r;
    m_seatCursor = 0;
    m_gaSold = 0;
    return {};
}

// The next day's performance goes on sale: set up by the manager, journalled.
Result<void> HistoryRun::openEvent(qint64 number, qint64 at)
{
    auto added = m_cloner->add(number, m_catalog.first.startsAt + (number - 1) * kDayMs, at);
    if (!added)
        return added.error();
    m_event = added->event;
    return journal(QStringLiteral("create_event"), added->request, added->answer,
                   QStringLiteral("manager"), at);
}

Result<void> HistoryRun::write(qint64 orders, qint64 performances,
                               const std::function<void(qint64)> &progress)
{
    static const char *const surnames[] = {"Wang",  "Li",   "Zhang", "Liu",  "Chen",  "Yang",
                                           "Huang", "Zhao", "Wu",    "Zhou", "Smith", "Müller"};
    static const char *const given[] = {"Wei", "Fang", "Min",  "Jing", "Lei", "Yan",
                                        "Jun", "Hui",  "Anna", "Tom",  "Mei", "Hao"};
    if (auto r = prepare(); !r)
        return r;
    if (performances <= 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("no performances to sell"));
    // Orders are spread over the day before each performance, oldest first.
    const qint64 from = m_catalog.first.startsAt - kDayMs;
    const qint64 span = performances * kDayMs - 3600'000;
    m_event = m_catalog.first;
    qint64 current = 0;
    if (auto r = m_db.exec(QStringLiteral("BEGIN")); !r)
        return r;
    for (qint64 i = 0; i < orders; ++i) {
        Order order;
        order.id = ++m_nextOrder;
        order.at = from + qint64(double(span) * double(i) / double(orders));
        const qint64 eventIndex = performances * i / orders;
        while (current < eventIndex) {
            if (auto r = closeEvent(m_event); !r)
                return r;
            if (auto r = openEvent(++current + 1, order.at - 1000); !r)
                return r;
        }
        if (!m_rng.chance(0.1) || !planCardOrder(order))
            planEventOrder(order, m_event);
        if (order.lines.empty() && !planCardOrder(order))
            return fail(ErrorCode::InvalidInput, QStringLiteral("bench catalog sold out"));
        const bool staffed = m_rng.chance(0.85);
        order.actor = staffed ? QStringLiteral("cashier") : QStringLiteral("supervisor");
        order.channel = QStringLiteral("counter");
        if (m_rng.chance(0.12)) {
            order.name = QString::fromUtf8(surnames[m_rng.below(12)]) + QLatin1Char(' ') +
                         QLatin1String(given[m_rng.below(12)]);
            order.phone =
                QStringLiteral("1") + QString::number(3 + m_rng.below(7)) + m_rng.digits(9);
            if (m_rng.chance(0.4))
                order.email = QStringLiteral("guest") + QString::number(order.id) +
                              QStringLiteral("@example.com");
            if (m_rng.chance(0.5))
                order.channel = QStringLiteral("phone");
        }
        planPayments(order);
        if (auto r = insert(order); !r)
            return r;
        if (order.state == OrderState::Paid) {
            const qint64 roll = m_rng.below(1000);
            if (roll < 25 || (roll < 35 && order.lines.size() > 1)) {
                if (auto r = refund(order, roll < 25); !r)
                    return r;
            }
        }
        if ((i + 1) % kOrdersPerCommit == 0 || i + 1 == orders) {
            if (auto r = m_db.exec(QStringLiteral("COMMIT; BEGIN")); !r)
                return r;
            progress(i + 1);
        }
    }
    if (auto r = closeEvent(m_event); !r)
        return r;
    return m_db.exec(QStringLiteral("COMMIT"));
}

} // namespace

OrderHistoryWriter::OrderHistoryWriter(SqliteDb &db, const HistoryCatalog &catalog,
                                       const DataKey &key, quint64 seed)
    : m_db(db)
    , m_catalog(catalog)
    , m_key(key)
    , m_seed(seed)
{}

Result<void> OrderHistoryWriter::write(qint64 orders, qint64 performances,
                                       const std::function<void(qint64 written)> &progress)
{
    HistoryRun run(m_db, m_catalog, m_key, m_seed);
    return run.write(orders, performances, progress);
}

} // namespace tessera::bench
