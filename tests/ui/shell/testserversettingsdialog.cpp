// SPDX-License-Identifier: GPL-3.0-or-later
// Settings ▸ Central server… against the real tessera-server: a manager types
// the address and the code, the console enrols, and says so; mistakes are
// shown on the dialog, by field.
#include "console/messagelabel.h"
#include "consoleenrolment.h"
#include "consolefixture.h"
#include "enginefixture.h"
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

    void theStatusBarSaysOnlineThenOfflineWithWhatWaits()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServer(kExe, data));
        const QString code = enrolmentCode(kExe, data, QStringLiteral("BOX-4"));
        auto server = std::make_unique<RunningServer>(kExe, data);
        QVERIFY(server->port() > 0);
        ConsoleFixture f;
        auto link =
            ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server->port()), code);
        QVERIFY(link.ok());
        QVERIFY(link->save(f.engine()).ok());
        QVERIFY(f.signIn(QStringLiteral("manager")));
        auto *agent = f.window().findChild<SyncAgent *>();
        auto *label = f.window().findChild<QLabel *>(QStringLiteral("syncStatus"));
        QVERIFY(agent && label);
        agent->syncNow();
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return label->isVisible() && label->text().contains(QStringLiteral("online")); },
            15000));
        QVERIFY2(label->text().contains(QStringLiteral("0 to send")), qPrintable(label->text()));
        QVERIFY(f.saveScreenshot(QStringLiteral("server-status-online-en.png")));

        QCOMPARE(server->stop(), 0);
        agent->syncNow();
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return label->text().contains(QStringLiteral("offline")); }, 15000));
        QVERIFY(f.saveScreenshot(QStringLiteral("server-status-offline-en.png")));
    }
};

QTEST_MAIN(TestServerSettingsDialog)
#include "testserversettingsdialog.moc"
