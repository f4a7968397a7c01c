// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/commandfactory.h"
#include "engine/engine.h"
#include "inventoryaudit.h"
#include "resultassert.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

constexpr int kMinRounds = 20;
constexpr int kMaxRounds = 40;
// Rounds beyond the minimum only while the campaign is within this budget.
constexpr qint64 kBudgetMs = 60'000;
constexpr int kMinKillDelayMs = 50;
constexpr int kMaxKillDelayMs = 400;
// How long a child may take to open the engine and start selling.
constexpr int kStartupBudgetMs = 20'000;
// A new event is set up once the current one runs this low.
constexpr qint64 kLowSeats = 1500;
constexpr qint64 kLowGa = 300;

quint32 campaignSeed()
{
    bool ok = false;
    const quint32 fromEnv = qEnvironmentVariable("TESSERA_CRASH_SEED").toUInt(&ok);
    return ok ? fromEnv : QRandomGenerator::global()->generate();
}

// What one killed child printed.
struct ChildReport
{
    QList<InventoryAudit::AcknowledgedSale> acknowledged;
    QStringList refusals; // "code key"
    QStringList malformed;
};

// Reads the child's complete lines; the key says what each sale holds
// ("...-seat", "...-ga2", "...-holdsale").
ChildReport parseChildOutput(const QByteArray &output)
{
    static const QRegularExpression gaKey(QStringLiteral("-ga(\\d+)$"));
    ChildReport report;
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast(); // what followed the last newline: empty, or cut short by the kill
    for (const QByteArray &raw : std::as_const(lines)) {
        const QList<QByteArray> parts = raw.split(' ');
        if (raw == "SELLING")
            continue;
        if (parts.size() == 3 && parts[0] == "ACK") {
            InventoryAudit::AcknowledgedSale sale;
            sale.order = parts[1].toLongLong();
            sale.key = QString::fromUtf8(parts[2]);
            if (const auto ga = gaKey.match(sale.key); ga.hasMatch()) {
                sale.gaLines = ga.captured(1).toLongLong();
            } else if (sale.key.endsWith(QLatin1String("-holdsale"))) {
                sale.seatLines = 1;
                sale.gaLines = 1;
            } else if (sale.key.endsWith(QLatin1String("-seat"))) {
                sale.seatLines = 1;
            } else {
                report.malformed.push_back(QString::fromUtf8(raw));
                continue;
            }
            report.acknowledged.push_back(sale);
        } else if (parts.size() == 3 && parts[0] == "REFUSED") {
            report.refusals.push_back(QString::fromUtf8(parts[1] + ' ' + parts[2]));
        } else {
            report.malformed.push_back(QString::fromUtf8(raw));
        }
    }
    return report;
}

QString joined(const QStringList &problems)
{
    return problems.join(QLatin1Char('\n'));
}

} // namespace

// A kill -9 campaign: a child process sells from several threads and is
// killed at a random moment, again and again on the same file. Whatever it
// confirmed must be on disk, and the file must stay sound and consistent.
class TestEngineCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNoConfirmedSale()
    {
        const QString child = QString::fromUtf8(TESSERA_CRASH_CHILD);
        QVERIFY2(QFile::exists(child), qPrintable(child));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        const quint32 seed = campaignSeed();
        qInfo("seed %u (TESSERA_CRASH_SEED=%u reproduces the kill delays)", seed, seed);
        QRandomGenerator rng(seed);

        QElapsedTimer campaign;
        campaign.start();
        QList<InventoryAudit::AcknowledgedSale> allAcknowledged;
        QSet<qint64> acknowledgedOrders;
        qint64 refusals = 0;
        int generation = 1;
        int round = 0;
        while (round < kMaxRounds && (round < kMinRounds || campaign.elapsed() < kBudgetMs)) {
            ++round;
            const int delay =
                kMinKillDelayMs + int(rng.bounded(kMaxKillDelayMs - kMinKillDelayMs + 1));
            const QString where = QStringLiteral("round %1 (seed %2, kill after %3 ms): ")
                                      .arg(round)
                                      .arg(seed)
                                      .arg(delay);

            // Run the child and kill it; keep draining its pipe so it never blocks on a write.
            QProcess process;
            process.start(child, {path, QString::number(generation), QString::number(round)});
            const bool started = process.waitForStarted(5000);
            QVERIFY2(started, qPrintable(where + process.errorString()));
            QByteArray output;
            // The random delay counts from when the child starts selling.
            QElapsedTimer startup;
            startup.start();
            while (!output.contains("SELLING\n") && startup.elapsed() < kStartupBudgetMs &&
                   process.state() == QProcess::Running) {
                process.waitForReadyRead(50);
                output += process.readAllStandardOutput();
            }
            QElapsedTimer alive;
            alive.start();
            while (alive.elapsed() < delay && process.state() == QProcess::Running) {
                process.waitForReadyRead(int(qMax<qint64>(1, delay - alive.elapsed())));
                output += process.readAllStandardOutput();
            }
            const bool diedEarly = process.state() != QProcess::Running;
            process.kill();
            QVERIFY(process.waitForFinished(5000));
            output += process.readAllStandardOutput();
            const QString stderrText = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(
                !diedEarly && process.exitStatus() == QProcess::CrashExit,
                qPrintable(where + QStringLiteral("the child ended by itself: ") + stderrText));

            const ChildReport report = parseChildOutput(output);
            QVERIFY2(report.malformed.isEmpty(),
                     qPrintable(where + QStringLiteral("unreadable lines: ") +
                                joined(report.malformed)));
            for (const QString &refusal : report.refusals) {
                // Each child sells only seats that were free when it started.
                if (!refusal.startsWith(QLatin1String("quota_exhausted ")))
                    QFAIL(qPrintable(where + QStringLiteral("unexpected refusal: ") + refusal));
            }
            for (const auto &sale : report.acknowledged) {
                if (acknowledgedOrders.contains(sale.order))
                    QFAIL(qPrintable(where + QStringLiteral("order %1 acknowledged twice (key %2)")
                                                 .arg(sale.order)
                                                 .arg(sale.key)));
                acknowledgedOrders.insert(sale.order);
            }
            allAcknowledged += report.acknowledged;
            refusals += report.refusals.size();

            QJsonObject replayRequest;
            {
                auto audit = InventoryAudit::open(path);
                TESSERA_VERIFY_OK(audit);
                const QStringList problems = audit->checkStorage() + audit->checkInventory() +
                                             audit->checkAcknowledged(report.acknowledged);
                QVERIFY2(problems.isEmpty(), qPrintable(where + joined(problems)));
                if (!report.acknowledged.isEmpty()) {
                    auto payload = audit->rows(QStringLiteral("SELECT payload FROM journal WHERE "
                                                              "idem_key = ?"),
                                               1, {report.acknowledged.last().key});
                    TESSERA_VERIFY_OK(payload);
                    replayRequest =
                        QJsonDocument::fromJson(payload->first().first().toUtf8()).object();
                }
                generation = nextGeneration(*audit, generation);
            }

            // The engine opens again on what the kill left, and still knows
            // the last confirmed sale: resending it is answered, not redone.
            EngineOptions options;
            options.shiftRule = ShiftRule::None; // sells cash without opening a shift
            options.path = path;
            auto engine = Engine::open(options);
            if (!engine)
                QFAIL(qPrintable(where + engine.error().toString()));
            if (!report.acknowledged.isEmpty()) {
                const auto &last = report.acknowledged.last();
                auto command = CommandFactory::fromJson(QStringLiteral("sell"), replayRequest);
                TESSERA_VERIFY_OK(command);
                const CommandOutcome again = (*engine)->execute(std::move(*command), last.key);
                if (!again.result.ok())
                    QFAIL(qPrintable(where + QStringLiteral("resending %1: ").arg(last.key) +
                                     again.result.error().codeName() + QLatin1Char(' ') +
                                     again.result.error().toString()));
                QVERIFY(again.replayed);
                QCOMPARE(again.result.value()[QStringLiteral("order")].toInteger(), last.order);
            }
            (*engine)->stop();
            qInfo("round %d: killed after %d ms, %lld sales acknowledged, %lld refused, event "
                  "generation %d",
                  round, delay, qint64(report.acknowledged.size()), qint64(report.refusals.size()),
                  generation);
        }

        // Nothing confirmed in an early round went missing in a later one.
        auto audit = InventoryAudit::open(path);
        TESSERA_VERIFY_OK(audit);
        const QStringList problems = audit->checkAcknowledged(allAcknowledged);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
        qInfo("%d rounds in %lld ms: %lld sales acknowledged and all found, %lld refused, %d "
              "events",
              round, campaign.elapsed(), qint64(allAcknowledged.size()), refusals, generation);
        QVERIFY(round >= kMinRounds);
        QVERIFY2(!allAcknowledged.isEmpty(), "the child never confirmed a sale");
    }

private:
    // Moves on to a fresh event once the current one is nearly sold out, so
    // every round has something to sell.
    static int nextGeneration(InventoryAudit &audit, int generation)
    {
        auto result = audit.rows(QStringLiteral("SELECT result FROM journal WHERE idem_key = ?"), 1,
                                 {QStringLiteral("crash:event:%1").arg(generation)});
        if (!result || result->isEmpty())
            return generation; // not created yet: the child was killed before
        const qint64 event = QJsonDocument::fromJson(result->first().first().toUtf8())
                                 .object()[QStringLiteral("event")]
                                 .toInteger();
        auto seats = audit.scalar(
            QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE event_id = ? AND state = 0"),
            {event});
        auto ga = audit.scalar(
            QStringLiteral("SELECT capacity - sold - held FROM ga_quotas WHERE event_id = ?"),
            {event});
        if (seats && ga && (*seats < kLowSeats || *ga < kLowGa))
            return generation + 1;
        return generation;
    }
};

QTEST_GUILESS_MAIN(TestEngineCrash)
#include "testenginecrash.moc"
