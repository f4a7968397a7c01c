// SPDX-License-Identifier: GPL-3.0-or-later
// Settings ▸ Central server… against the real tessera-server: a manager types
// the address and the code, the console enrols, and says so; mistakes are
// shown on the dialog, by field.
#include "console/messagelabel.h"
#include "consoleenrolment.h"
#include "consolefixture.h"
#include "enginefixture.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmapview.h"
#include "sell/sellpage.h"
#include "serverprocess.h"
#include "shell/mainwindow.h"
#include "shell/serversettingsdialog.h"
#include "syncagent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);

} // namespace

class TestServerSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void aManagerEnrolsTheConsoleWithAddressAndCode()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServer(kExe, data));
        const QString code = enrolmentCode(kExe, data, QStringLiteral("BOX-3"));
        RunningServer server(kExe, data);
        QVERIFY(server.port() > 0);

        EngineFixture console;
        const QString database = console.path();
        ServerSettingsDialog dialog(console.engine());
        dialog.show();
        auto *current = dialog.findChild<QLabel *>(QStringLiteral("serverCurrent"));
        QVERIFY(current->text().contains(QStringLiteral("not enrolled")));

        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("serverAddress"));
        auto *codeEdit = dialog.findChild<QLineEdit *>(QStringLiteral("serverCode"));
        auto *enrol = dialog.findChild<QPushButton *>(QStringLiteral("serverEnrol"));
        auto *message = dialog.findChild<MessageLabel *>(QStringLiteral("serverMessage"));

        // Nothing typed: said, nothing sent.
        enrol->click();
        QVERIFY(message->text().contains(QStringLiteral("address")));

        // A code that was mistyped: refused on the code.
        address->setText(QStringLiteral("127.0.0.1:%1").arg(server.port()));
        codeEdit->setText(QStringLiteral("TE1-1234"));
        enrol->click();
        QTRY_VERIFY_WITH_TIMEOUT(enrol->isEnabled(), 10000);
        QVERIFY(message->text().contains(QStringLiteral("TE1")));
        QVERIFY(!QFile::exists(ServerLink::pathFor(database)));

        QSignalSpy enrolled(&dialog, &ServerSettingsDialog::enrolled);
        codeEdit->setText(code.toLower()); // as a person might type it
        enrol->click();
        QTRY_COMPARE_WITH_TIMEOUT(enrolled.size(), 1, 15000);
        QCOMPARE(enrolled.first().first().toString(), QStringLiteral("BOX-3"));
        QVERIFY(current->text().contains(QStringLiteral("BOX-3")));
        QVERIFY(codeEdit->text().isEmpty());
        auto link = ServerLink::load(console.engine());
        QVERIFY(link.ok() && link->has_value());
        QCOMPARE((*link)->terminal, QStringLiteral("BOX-3"));
        QVERIFY(ConsoleFixture::saveScreenshot(dialog, QStringLiteral("server-settings-en.png")));
        {
            ScopedLanguage chinese(QStringLiteral("zh_CN"));
            ServerSettingsDialog zh(console.engine());
            zh.show();
            QVERIFY(zh.findChild<QLabel *>(QStringLiteral("serverCurrent"))
                        ->text()
                        .contains(QStringLiteral("BOX-3")));
            QVERIFY(ConsoleFixture::saveScreenshot(zh, QStringLiteral("server-settings-zh.png")));
        }
    }

    void aMovedServerIsFoundAtItsNewAddressWithoutANewCode()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        const QString stranger = tmp.filePath(QStringLiteral("stranger"));
        QVERIFY(initServer(kExe, data));
        QVERIFY(initServer(kExe, stranger));
        const QString code = enrolmentCode(kExe, data, QStringLiteral("BOX-5"));
        EngineFixture console;
        {
            RunningServer before(kExe, data);
            auto link =
                ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(before.port()), code);
            QVERIFY(link.ok());
            QVERIFY(link->save(console.engine()).ok());
        }
        RunningServer moved(kExe, data);
        RunningServer other(kExe, stranger);
        QVERIFY(moved.port() > 0 && other.port() > 0);

        ServerSettingsDialog dialog(console.engine());
        dialog.show();
        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("serverAddress"));
        auto *enrol = dialog.findChild<QPushButton *>(QStringLiteral("serverEnrol"));
        auto *message = dialog.findChild<MessageLabel *>(QStringLiteral("serverMessage"));
        // Another server at the typed address: refused, the link unchanged.
        address->setText(QStringLiteral("127.0.0.1:%1").arg(other.port()));
        enrol->click();
        QTRY_VERIFY_WITH_TIMEOUT(enrol->isEnabled(), 10000);
        QVERIFY2(message->text().contains(QStringLiteral("nothing was sent")),
                 qPrintable(message->text()));
        auto kept = ServerLink::load(console.engine());
        QVERIFY(kept.ok() && kept->has_value());
        QVERIFY((*kept)->address.port() != other.port());
        // The same server at its new address: the link follows, no new code.
        address->setText(QStringLiteral("127.0.0.1:%1").arg(moved.port()));
        enrol->click();
        QTRY_VERIFY_WITH_TIMEOUT(enrol->isEnabled(), 10000);
        QVERIFY2(message->text().contains(QStringLiteral("now talks")),
                 qPrintable(message->text()));
        auto link = ServerLink::load(console.engine());
        QVERIFY(link.ok() && link->has_value());
        QCOMPARE((*link)->address.port(), moved.port());
        QCOMPARE((*link)->terminal, QStringLiteral("BOX-5"));
    }

    // The status bar in English and in Chinese: online with nothing waiting,
    // then the server gone and a sale made offline, which waits to be sent.
    // The console is built in English (its demo venue then has the name the
    // server's demo has) and switched to Chinese through its own language
    // switch, as a cashier would.
    void theStatusBarSaysOnlineThenOfflineWithWhatWaits()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServer(kExe, data));
        const QString code = enrolmentCode(kExe, data, QStringLiteral("BOX-4"));
        const QStringList seats = allocateSeats(kExe, data, QStringLiteral("BOX-4"), 2);
        QCOMPARE(seats.size(), 2);
        auto server = std::make_unique<RunningServer>(kExe, data);
        QVERIFY(server->port() > 0);
        ConsoleFixture f;
        auto link =
            ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server->port()), code);
        QVERIFY(link.ok());
        QVERIFY(link->save(f.engine()).ok());
        QVERIFY(f.signIn(QStringLiteral("manager")));
        const auto statusSays = [&f](const QString &a, const QString &b) {
            auto *agent = f.window().findChild<SyncAgent *>();
            auto *label = f.window().findChild<QLabel *>(QStringLiteral("syncStatus"));
            if (!agent || !label)
                return false;
            agent->syncNow();
            // The sell screen filled in too, for the screenshot.
            SellPage *page = f.window().sellPage();
            return ConsoleFixture::waitFor(
                [&] {
                    return label->isVisible() && label->text().contains(a) &&
                           label->text().contains(b) && page->currentEvent() > 0 &&
                           page->seatMap()->seatMapScene() &&
                           page->seatMap()->seatMapScene()->model().seatCount() > 0;
                },
                15000);
        };
        const auto text = [&f] {
            return f.window().findChild<QLabel *>(QStringLiteral("syncStatus"))->text();
        };

        QVERIFY2(statusSays(QStringLiteral("online"), QStringLiteral("0 to send")),
                 qPrintable(text()));
        QVERIFY(f.saveScreenshot(QStringLiteral("server-status-online-en.png")));
        f.windows().switchLanguage(QLocale(QStringLiteral("zh_CN")));
        QVERIFY2(statusSays(QStringLiteral("在线"), QStringLiteral("待发送 0 条")),
                 qPrintable(text()));
        const qint64 acked = f.window().findChild<SyncAgent *>()->status().acked;
        QVERIFY(acked > 0);
        QVERIFY(f.saveScreenshot(QStringLiteral("server-status-online-zh.png")));

        // Offline: the counter sells its own seat, and the sale waits.
        QCOMPARE(server->stop(), 0);
        const CommandOutcome sold =
            sellAllocatedSeat(f.db(), seats.first(), 38000, QStringLiteral("cashier"));
        QVERIFY2(sold.result.ok(), sold.result.ok() ? "" : qPrintable(sold.result.error().message));
        QVERIFY2(statusSays(QStringLiteral("离线"), QStringLiteral("可继续售票")),
                 qPrintable(text()));
        QVERIFY2(!text().contains(QStringLiteral("待发送 0 条")), qPrintable(text()));
        QVERIFY(ConsoleFixture::waitFor([&f] {
            const SeatMapModel &map = f.window().sellPage()->seatMap()->seatMapScene()->model();
            for (qsizetype i = 0; i < map.seatCount(); ++i) {
                if (map.seat(i).state == SeatState::Sold)
                    return true;
            }
            return false;
        }));
        QVERIFY(f.saveScreenshot(QStringLiteral("server-status-offline-zh.png")));
        f.windows().switchLanguage(QLocale(QStringLiteral("en")));
        QVERIFY2(statusSays(QStringLiteral("offline"), QStringLiteral("selling goes on")),
                 qPrintable(text()));
        // The rebuilt window's agent has not reached the server, and still
        // knows what it had and when.
        const qint64 waiting =
            f.db().scalar(QStringLiteral("SELECT MAX(seq) FROM journal")) - acked;
        QVERIFY2(text().contains(QStringLiteral(" %1 to send").arg(waiting)), qPrintable(text()));
        QVERIFY2(!text().contains(QStringLiteral("never")), qPrintable(text()));
        // The counter goes by the name the server knows it by.
        QCOMPARE(f.window().findChild<QLabel *>(QStringLiteral("terminalLabel"))->text(),
                 QStringLiteral("Terminal BOX-4"));
        QVERIFY(f.saveScreenshot(QStringLiteral("server-status-offline-en.png")));
    }
};

QTEST_MAIN(TestServerSettingsDialog)
#include "testserversettingsdialog.moc"
