// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts judged on the server (ServerAlertWatch) over what the terminals
// shipped, on an injected clock: a payment provider failing at a counter
// fires "payment success below" and its recovery clears it; a silent
// terminal, a backlog and the server's own latency fire theirs; every start
// and end is one log line and is kept with its times; the alert API lists,
// acknowledges and refuses bad input (AlertApi).
#include "../core/sales/salerequests.h"
#include "alerts/alertapi.h"
#include "alerts/serveralertwatch.h"
#include "crypto/sha256.h"
#include "enginefixture.h"
#include "metrics/requestmetrics.h"
#include "sync/journalbatch.h"
#include "sync/journalservice.h"
#include "terminals/terminalservice.h"
#include "terminals/terminaltokens.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kStanding = 12000;

QJsonObject rule(const char *kind, double threshold, int windowMinutes = 5)
{
    return {{QStringLiteral("kind"), QLatin1String(kind)},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("window_minutes"), windowMinutes}};
}

} // namespace

class TestServerAlertWatch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> m_box; // the terminal
    std::unique_ptr<EngineFixture> m_server;
    std::unique_ptr<SqliteDb> m_reader;
    std::unique_ptr<JournalService> m_journal;
    std::unique_ptr<RequestMetrics> m_metrics;
    TerminalIdentity m_box1;
    qint64 m_shipped = 0;
    QStringList m_log;

    ServerAlertWatch::Parts parts(bool withMetrics = true)
    {
        return {&m_server->engine(), m_reader.get(), m_journal.get(),
                withMetrics ? m_metrics.get() : nullptr, &m_server->clock()};
    }
    ServerAlertWatch watch(bool withMetrics = true)
    {
        return ServerAlertWatch(parts(withMetrics), [this](const QString &line) { m_log << line; });
    }

    // Everything the box journalled since the last call, shipped to the server.
    void ship()
    {
        std::vector<ShippedEntry> entries;
        SqliteDb db = m_box->reader();
        auto stmt = db.prepare(QStringLiteral("SELECT seq, kind, idem_key, request_hash, payload, "
                                              "result, actor, created_at FROM journal "
                                              "WHERE seq > ? ORDER BY seq"));
        stmt->bind(1, m_shipped);
        (void)stmt->forEachRow([&](SqliteStatement &s) {
            entries.push_back({s.columnInt(0), s.columnText(1), s.columnText(2), s.columnBlob(3),
                               s.columnBlob(4), s.columnBlob(5), s.columnText(6), s.columnInt(7)});
        });
        if (entries.empty())
            return;
        auto acked = m_journal->ingest(m_box1, JournalBatch::toJson(entries));
        QVERIFY2(acked.ok(), qPrintable(acked ? QString() : acked.error().toString()));
        m_shipped = entries.back().seq;
    }

    void advance(qint64 ms)
    {
        m_box->clock().advance(ms);
        m_server->clock().advance(ms);
    }

    // A standing ticket: a QR payment that timed out, then cash.
    void sellAfterATimeout()
    {
        sold(*m_box,
             saleRequest(m_box->ids().event, QJsonArray{gaLine(m_box->ids().standingQuota, 1)},
                         QJsonArray{payment(QStringLiteral("qr"), kStanding,
                                            QStringLiteral("declined"), QStringLiteral("timeout")),
                                    cash(kStanding)}));
    }
    void sellByCard()
    {
        sold(*m_box,
             saleRequest(m_box->ids().event, QJsonArray{gaLine(m_box->ids().standingQuota, 1)},
                         QJsonArray{payment(QStringLiteral("card"), kStanding)}));
    }

    qint64 setRule(const QJsonObject &json)
    {
        auto stored = m_server->run(QStringLiteral("set_alert_rule"), json);
        if (!stored.result)
            qFatal("rule refused: %s", qPrintable(stored.result.error().toString()));
        return stored.result.value().value(QStringLiteral("id")).toInteger();
    }

    QList<AlertRecord> open() { return AlertStore::open(*m_reader).value(); }

private slots:
    void init()
    {
        m_box = std::make_unique<EngineFixture>();
        m_server = std::make_unique<EngineFixture>();
        m_server->clock().set(m_box->clock().nowMs());
        QVERIFY(TerminalService(m_server->engine(), {}).prepare().ok());
        m_reader = std::make_unique<SqliteDb>(m_server->reader());
        m_journal =
            std::make_unique<JournalService>(m_server->engine(), *m_reader, m_server->clock());
        m_metrics = std::make_unique<RequestMetrics>();
        TerminalService terminals(m_server->engine(), Sha256::digest({"ca"}));
        SecureRandom random;
        auto code = terminals.issueCode(random, QStringLiteral("BOX-1"), m_server->ids().venue, 24,
                                        m_server->clock().nowMs());
        QVERIFY(code.ok());
        auto enrolled =
            terminals.enrol({{QStringLiteral("code"), code->value(QStringLiteral("code"))}});
        QVERIFY(enrolled.ok());
        m_box1 = TerminalTokens::identify(
                     *m_reader,
                     "Bearer " + enrolled->value(QStringLiteral("token")).toString().toLatin1())
                     .value();
        m_shipped = 0;
        m_log.clear();
    }

    void cleanup()
    {
        m_journal.reset();
        m_reader.reset();
        m_metrics.reset();
        m_server.reset();
        m_box.reset();
    }

    void withoutRulesNothingIsJudged()
    {
        sellAfterATimeout();
        ship();
        auto changes = watch().evaluateNow();
        QVERIFY(changes.ok());
        QVERIFY(changes->isEmpty());
        QVERIFY(m_log.isEmpty());
    }

    void aFailingProviderFiresAndItsRecoveryClears()
    {
        const qint64 ruleId = setRule(rule("payment_success_below", 80));
        ServerAlertWatch w = watch();
        sellByCard();
        ship();
        QVERIFY(w.evaluateNow()->isEmpty()); // 1 of 1 approved

        // The QR provider times out: 3 of 7 attempts approved now.
        for (int i = 0; i < 3; ++i) {
            advance(20'000);
            sellAfterATimeout();
        }
        ship();
        auto fired = w.evaluateNow();
        QVERIFY2(fired.ok(), qPrintable(fired ? QString() : fired.error().toString()));
        QCOMPARE(fired->starts.size(), 1);
        QCOMPARE(fired->starts.first().ruleId, ruleId);
        QCOMPARE(open().size(), 1);
        const AlertRecord alert = open().first();
        QCOMPARE(alert.startedAtMs, m_server->clock().nowMs());
        QVERIFY(qAbs(alert.lastValue - 100.0 * 4 / 7) < 0.01);
        QCOMPARE(m_log.size(), 1);
        QVERIFY2(m_log.first().startsWith(QStringLiteral("alert started: ")),
                 qPrintable(m_log.first()));
        // Judged again with nothing new: still one open alert, no new line.
        QVERIFY(w.evaluateNow()->isEmpty());
        QCOMPARE(open().size(), 1);

        // The provider recovered: the failures leave the 5-minute window.
        advance(6 * kMinute);
        sellByCard();
        sellByCard();
        ship();
        auto cleared = w.evaluateNow();
        QVERIFY(cleared.ok());
        QCOMPARE(cleared->ends.size(), 1);
        QVERIFY(open().isEmpty());
        QCOMPARE(m_log.size(), 2);
        QVERIFY2(m_log.last().startsWith(QStringLiteral("alert ended: ")),
                 qPrintable(m_log.last()));
        // Kept with its times for the report and GET /v1/alerts.
        const QList<AlertRecord> kept = AlertStore::log(*m_reader).value();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().endedAtMs, m_server->clock().nowMs());
        QVERIFY(qAbs(kept.first().peakValue - 100.0 * 4 / 7) < 0.01);
    }

    void aSilentTerminalAndABacklogFire()
    {
        setRule(rule("terminal_silent", 10));
        setRule(rule("backlog_above", 5));
        ServerAlertWatch w = watch();
        sellByCard();
        ship();
        m_journal->noteSeen(m_box1.id, m_shipped);
        QVERIFY(w.evaluateNow()->isEmpty());

        // Eleven minutes without a word from BOX-1.
        m_server->clock().advance(11 * kMinute);
        auto silent = w.evaluateNow();
        QVERIFY(silent.ok());
        QCOMPARE(silent->starts.size(), 1);
        QCOMPARE(silent->starts.first().detail, QStringLiteral("BOX-1"));

        // It calls again, ten sales behind: the silence ends, the backlog fires.
        m_box->clock().set(m_server->clock().nowMs());
        for (int i = 0; i < 10; ++i)
            sellByCard();
        const qint64 localEnd = m_box->scalar(QStringLiteral("SELECT MAX(seq) FROM journal"));
        m_journal->noteSeen(m_box1.id, localEnd);
        auto behind = w.evaluateNow();
        QVERIFY(behind.ok());
        QCOMPARE(behind->ends.size(), 1);
        QCOMPARE(behind->starts.size(), 1);
        QCOMPARE(open().size(), 1);
        QCOMPARE(open().first().rule.kind, AlertKind::BacklogAbove);
        QCOMPARE(open().first().lastValue, double(localEnd - m_shipped));

        // Shipped: no backlog left.
        ship();
        m_journal->noteSeen(m_box1.id, localEnd);
        QCOMPARE(w.evaluateNow()->ends.size(), 1);
        QVERIFY(open().isEmpty());
    }

    void theServersOwnLatencyFires()
    {
        setRule(rule("server_p99_above", 500));
        // No answers timed yet, or no metrics at all: nothing to judge.
        QVERIFY(watch().evaluateNow()->isEmpty());
        for (int i = 0; i < 50; ++i)
            m_metrics->observe(QStringLiteral("/v1/journal"), 200, 0.9);
        QVERIFY(watch(false).evaluateNow()->isEmpty());
        auto slow = watch().evaluateNow();
        QVERIFY(slow.ok());
        QCOMPARE(slow->starts.size(), 1);
        QVERIFY(open().first().lastValue > 500);
    }

    void theAlertApiListsAcknowledgesAndRefuses()
    {
        setRule(rule("payment_success_below", 80));
        sellAfterATimeout();
        ship();
        QCOMPARE(watch().evaluateNow()->starts.size(), 1);
        const qint64 id = open().first().id;
        const qint64 now = m_server->clock().nowMs();

        auto listed = AlertApi::list(*m_reader, QUrlQuery(), now);
        QVERIFY(listed.ok());
        const QJsonArray alerts = listed->value(QStringLiteral("alerts")).toArray();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0][QStringLiteral("id")].toInteger(), id);
        QCOMPARE(alerts[0][QStringLiteral("kind")].toString(),
                 QStringLiteral("payment_success_below"));
        QVERIFY(!alerts[0].toObject().contains(QStringLiteral("ended_at")));
        QCOMPARE(listed->value(QStringLiteral("rules")).toArray().size(), 1);

        auto acked = AlertApi::acknowledge(
            m_server->engine(), {},
            {{QStringLiteral("alert"), id}, {QStringLiteral("name"), QStringLiteral("Mei")}}, {});
        QVERIFY2(acked.ok(), qPrintable(acked ? QString() : acked.error().toString()));
        QCOMPARE(open().first().acknowledgedBy, QStringLiteral("Mei"));
        QCOMPARE(AlertApi::list(*m_reader, QUrlQuery(), now)
                     ->value(QStringLiteral("alerts"))
                     .toArray()[0][QStringLiteral("acknowledged_by")]
                     .toString(),
                 QStringLiteral("Mei"));

        // Bad input: named, nothing changed.
        auto unknown = AlertApi::acknowledge(
            m_server->engine(), {},
            {{QStringLiteral("alert"), id + 100}, {QStringLiteral("name"), QStringLiteral("Mei")}},
            {});
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        auto nameless =
            AlertApi::acknowledge(m_server->engine(), {}, {{QStringLiteral("alert"), id}}, {});
        QCOMPARE(nameless.error().where, QStringLiteral("name"));
        auto badHours = AlertApi::list(*m_reader, QUrlQuery(QStringLiteral("hours=0")), now);
        QCOMPARE(badHours.error().code, ErrorCode::InvalidInput);
        QCOMPARE(badHours.error().where, QStringLiteral("hours"));
        auto badRule = AlertApi::setRule(m_server->engine(), {}, rule("payments_slow", 3), {});
        QCOMPARE(badRule.error().where, QStringLiteral("kind"));
        QCOMPARE(AlertApi::list(*m_reader, QUrlQuery(), now)
                     ->value(QStringLiteral("rules"))
                     .toArray()
                     .size(),
                 1);
        // A rule set through the API is judged like any other.
        auto added = AlertApi::setRule(m_server->engine(), {}, rule("server_p99_above", 100), {});
        QVERIFY(added.ok());
        QVERIFY(added->value(QStringLiteral("id")).toInteger() > 0);
    }
};

QTEST_GUILESS_MAIN(TestServerAlertWatch)
#include "testserveralertwatch.moc"
