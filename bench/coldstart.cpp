// SPDX-License-Identifier: GPL-3.0-or-later
#include "coldstart.h"

#include "common/clock.h"
#include "common/translations.h"
#include "console/consolecontext.h"
#include "engine/engine.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <chrono>

namespace tessera::bench {

namespace {

// Notices the first paint event of any widget of one window.
class FirstFrameWatcher : public QObject
{
public:
    explicit FirstFrameWatcher(const QWidget &window)
        : m_window(window)
    {}
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == &m_window)
            m_painted = true;
        return false;
    }

private:
    const QWidget &m_window;
    bool m_painted = false;
};

double msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}

} // namespace

qint64 ColdStart::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

int ColdStart::runChild(QApplication &app, const QString &databasePath, qint64 mainEnteredNs,
                        qint64 spawnedAtNs)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    // As app/tessera/main.cpp starts the console (a settings file of its own
    // aside): language, engine, context, window.
    const QLocale locale = QLocale::system();
    QLocale::setDefault(locale);
    installTranslations(app, locale);

    const qint64 openingNs = nowNs();
    EngineOptions options;
    options.shiftRule = ShiftRule::None; // sells cash without opening a shift
    options.path = databasePath;
    auto engine = Engine::open(options);
    if (!engine) {
        err << "cold start: " << engine.error().toString() << '\n';
        return 1;
    }
    const qint64 openedNs = nowNs();
    if ((*engine)->stats().journalSeq == 0) {
        err << "cold start: " << databasePath << " is an empty database\n";
        return 1;
    }
    SystemClock clock;
    ConsolePayments payments(clock, ConsolePayments::demoSandbox(1));
    auto readers = ConsoleReaders::open(databasePath);
    if (!readers) {
        err << "cold start: " << readers.error().toString() << '\n';
        return 1;
    }
    ConsoleContext context(**engine, clock, **readers, payments);
    MainWindow window(context);
    FirstFrameWatcher watcher(window);
    app.installEventFilter(&watcher);
    window.show();
    QElapsedTimer patience;
    patience.start();
    while (!watcher.painted() && patience.elapsed() < 60'000)
        QCoreApplication::processEvents();
    // The rest of that frame was painted in the same pass as its first widget.
    const qint64 paintedNs = nowNs();
    app.removeEventFilter(&watcher);
    if (!watcher.painted()) {
        err << "cold start: the main window was not painted within a minute\n";
        return 1;
    }
    // For a look at what was timed: TESSERA_BENCH_FRAMES=<folder>.
    const QString framesDir = qEnvironmentVariable("TESSERA_BENCH_FRAMES");
    if (!framesDir.isEmpty())
        window.grab().save(QDir(framesDir).filePath(QStringLiteral("cold-start-window.png")));
    const QJsonObject figures{
        {QStringLiteral("total_ms"), msBetween(mainEnteredNs, paintedNs)},
        {QStringLiteral("launch_ms"), spawnedAtNs ? msBetween(spawnedAtNs, mainEnteredNs) : 0.0},
        {QStringLiteral("engine_open_ms"), msBetween(openingNs, openedNs)},
        {QStringLiteral("window_ms"), msBetween(openedNs, paintedNs)}};
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
    return 0;
}

Result<std::vector<ColdStartSample>>
ColdStart::measure(const QString &databasePath, int runs,
                   const std::function<void(const QString &)> &progress)
{
    std::vector<ColdStartSample> samples;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        const qint64 spawnedAt = nowNs();
        child.setArguments({QStringLiteral("ui"), QStringLiteral("--cold-start-child"),
                            databasePath, QStringLiteral("--spawned-at"),
                            QString::number(spawnedAt)});
        child.start();
        if (!child.waitForFinished(180'000) || child.exitStatus() != QProcess::NormalExit ||
            child.exitCode() != 0) {
            child.kill();
            child.waitForFinished();
            return fail(ErrorCode::StorageError,
                        QStringLiteral("cold-start run %1 failed: %2")
                            .arg(run + 1)
                            .arg(QString::fromLocal8Bit(child.readAllStandardError()).trimmed()));
        }
        const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
        const QJsonObject o = QJsonDocument::fromJson(lines.last()).object();
        if (o.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("cold-start run %1 printed no figures").arg(run + 1));
        ColdStartSample s;
        s.totalMs = o.value(QStringLiteral("total_ms")).toDouble();
        s.launchMs = o.value(QStringLiteral("launch_ms")).toDouble();
        s.engineOpenMs = o.value(QStringLiteral("engine_open_ms")).toDouble();
        s.windowMs = o.value(QStringLiteral("window_ms")).toDouble();
        samples.push_back(s);
        progress(QStringLiteral("cold start %1 of %2: %3 ms (engine open %4 ms, window %5 ms)")
                     .arg(run + 1)
                     .arg(runs)
                     .arg(s.totalMs, 0, 'f', 1)
                     .arg(s.engineOpenMs, 0, 'f', 1)
                     .arg(s.windowMs, 0, 'f', 1));
    }
    return samples;
}

} // namespace tessera::bench
