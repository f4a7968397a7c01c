// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Run report…: who sees it, and what it writes (the PDF and the three
// CSV files), in English and Chinese.
#include "api/commandfactory.h"
#include "consoleenrolment.h"
#include "consolefixture.h"
#include "journalshipper.h"
#include "pdftools.h"
#include "report/runreportdialog.h"
#include "resultassert.h"
#include "serverprocess.h"
#include "testpaths.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kServerExe = QStringLiteral(TESSERA_SERVER_EXE);

QJsonObject payment(const QString &method, qint64 amount, const QString &state = {},
                    const QString &errorCode = {})
{
    QJsonObject p{{QStringLiteral("method"), method}, {QStringLiteral("amount"), amount}};
    if (!state.isEmpty())
        p.insert(QStringLiteral("state"), state);
    if (!errorCode.isEmpty())
        p.insert(QStringLiteral("error_code"), errorCode);
    return p;
}

// Runs `sale` as another till's manager would.
void run(ConsoleFixture &f, const QJsonObject &sale)
{
    static int key = 0;
    auto command = CommandFactory::fromJson(QStringLiteral("sell"), sale);
    QVERIFY(command.ok());
    TESSERA_VERIFY_OK(f.engine()
                          .execute(std::move(*command),
                                   QStringLiteral("run-report-sale-%1").arg(++key),
                                   QStringLiteral("manager"))
                          .result);
}

// A run of sales over a quarter of an hour: a seat sold to 王芳 after a QR
// attempt timed out, then standing tickets by counter, phone and online, one
// more QR timeout among them. 9 payment attempts, 7 approved.
void sellARun(ConsoleFixture &f)
{
    EngineFixture &db = f.db();
    run(f, QJsonObject{{QStringLiteral("event"), db.ids().event},
                       {QStringLiteral("lines"),
                        QJsonArray{QJsonObject{{QStringLiteral("seat"), QStringLiteral("S-A-1")}}}},
                       {QStringLiteral("payments"),
                        QJsonArray{payment(QStringLiteral("qr"), 38000, QStringLiteral("declined"),
                                           QStringLiteral("timeout")),
                                   payment(QStringLiteral("card"), 38000)}},
                       {QStringLiteral("customer"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("王芳")}}}});
    const QStringList channels{QStringLiteral("counter"), QStringLiteral("phone"),
                               QStringLiteral("online")};
    for (int i = 0; i < 6; ++i) {
        db.clock().advance(150'000);
        QJsonArray payments{payment(QStringLiteral("card"), 12000)};
        if (i == 3)
            payments.prepend(payment(QStringLiteral("qr"), 12000, QStringLiteral("declined"),
                                     QStringLiteral("timeout")));
        run(f, QJsonObject{{QStringLiteral("event"), db.ids().event},
                           {QStringLiteral("lines"),
                            QJsonArray{QJsonObject{{QStringLiteral("ga"), db.ids().standingQuota},
                                                   {QStringLiteral("quantity"), 1}}}},
                           {QStringLiteral("payments"), payments},
                           {QStringLiteral("channel"), channels[i % 3]}});
    }
    db.clock().advance(60'000);
}

QAction *runReportAction(ConsoleFixture &f)
{
    return f.window().findChild<QAction *>(QStringLiteral("runReportAction"));
}

RunReportDialog *waitForDialog()
{
    RunReportDialog *found = nullptr;
    ConsoleFixture::waitFor([&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<RunReportDialog *>(w); d && d->isVisible())
                found = d;
        }
        return found != nullptr;
    });
    return found;
}

// Opens File ▸ Run report…, writes the demo event's report into `folder`;
// the files written (empty when it failed).
QStringList writeEventReport(ConsoleFixture &f, const QString &folder, const QString &shot)
{
    runReportAction(f)->trigger();
    RunReportDialog *dialog = waitForDialog();
    if (!dialog)
        return {};
    auto *event = dialog->findChild<QComboBox *>(QStringLiteral("runReportEvent"));
    if (!ConsoleFixture::waitFor([event] { return event->count() > 0; }))
        return {};
    event->setCurrentIndex(event->findData(f.db().ids().event));
    dialog->findChild<QLineEdit *>(QStringLiteral("runReportFolder"))->setText(folder);
    QSignalSpy written(dialog, &RunReportDialog::written);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runReportWrite")),
                      Qt::LeftButton);
    if (!ConsoleFixture::waitFor([&] { return written.count() == 1; }, 30'000))
        return {};
    ConsoleFixture::saveScreenshot(*dialog, shot);
    const QStringList files = dialog->lastFiles();
    dialog->close();
    return files;
}

} // namespace

class TestRunReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!PdfTools().present())
            QFAIL("pdftoppm or pdftotext is missing (poppler-utils)");
    }

    void aCashierHasNoRunReport()
    {
        ScopedLanguage english(QStringLiteral("en_US"));
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QVERIFY(!runReportAction(f)->isVisible());
        QVERIFY(!runReportAction(f)->isEnabled());
    }

    void aManagerWritesTheEventsReportAndItsCsvFiles()
    {
        ScopedLanguage english(QStringLiteral("en_US"));
        ConsoleFixture f;
        sellARun(f);
        QVERIFY(f.signIn(QStringLiteral("manager")));
        QVERIFY(runReportAction(f)->isVisible());
        QTemporaryDir out;
        const QStringList files =
            writeEventReport(f, out.path(), QStringLiteral("run-report-dialog-en.png"));
        QCOMPARE(files.size(), 4);
        QVERIFY(files[0].endsWith(QStringLiteral(".pdf")));
        for (const QString &file : files)
            QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
        const QString text = PdfTools().text(files[0]).simplified();
        for (const QString &expected :
             {QStringLiteral("Run report"), QStringLiteral("380.00"), QStringLiteral("77.8%"),
              QStringLiteral("1,100.00"), QStringLiteral("timeout"),
              QStringLiteral("No alert recorded")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(": ") + text));
        QFile orders(files[1]);
        QVERIFY(orders.open(QIODevice::ReadOnly));
        const QByteArray csv = orders.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(csv).contains(QStringLiteral("王芳")));
        const QStringList pages =
            PdfTools().pages(files[0], screenshotPath(QStringLiteral("run-report-page-en")), 100);
        QVERIFY(!pages.isEmpty());
    }

    void everyTerminalComesFromTheServer()
    {
        ScopedLanguage english(QStringLiteral("en_US"));
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServerWithStaff(kServerExe, data));
        const QString otherCode = enrolmentCode(kServerExe, data, QStringLiteral("BOX-7"));
        const QString officeCode = enrolmentCode(kServerExe, data, QStringLiteral("OFFICE"));
        RunningServer server(kServerExe, data);
        QVERIFY(server.port() > 0);
        const QString address = QStringLiteral("127.0.0.1:%1").arg(server.port());

        // Another counter sells three standing tickets and ships them.
        EngineFixture box7(true, 20);
        auto link7 = ConsoleEnrolment::enrol(address, otherCode, 10000);
        QVERIFY(link7.ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(box7.sellStandingDeposit().result.ok());
        auto shipped = JournalShipper(box7.path(), *link7, 7).shipOnce();
        QVERIFY(shipped.ok() && shipped->backlog() == 0);

        ConsoleFixture f;
        auto link = ConsoleEnrolment::enrol(address, officeCode, 10000);
        QVERIFY(link.ok());
        QVERIFY(link->save(f.engine()).ok());
        QVERIFY(f.signIn(QStringLiteral("manager")));
        QTemporaryDir out;
        runReportAction(f)->trigger();
        RunReportDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        auto *every = dialog->findChild<QCheckBox *>(QStringLiteral("runReportEveryTerminal"));
        QVERIFY(every && every->isVisible());
        QVERIFY(every->text().contains(QStringLiteral("127.0.0.1")));
        auto *event = dialog->findChild<QComboBox *>(QStringLiteral("runReportEvent"));
        QVERIFY(ConsoleFixture::waitFor([event] { return event->count() > 0; }));
        event->setCurrentIndex(event->findData(f.db().ids().event));
        dialog->findChild<QLineEdit *>(QStringLiteral("runReportFolder"))->setText(out.path());
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("runReportStatus"));
        auto *pin = dialog->findChild<QLineEdit *>(QStringLiteral("runReportPin"));
        auto *write = dialog->findChild<QPushButton *>(QStringLiteral("runReportWrite"));
        every->setChecked(true);
        QVERIFY(pin->isEnabled());

        // Without a PIN, and with a wrong one, nothing is written.
        write->click();
        QVERIFY(status->text().startsWith(QStringLiteral("Type your PIN")));
        pin->setText(QStringLiteral("0000"));
        write->click();
        QVERIFY2(
            ConsoleFixture::waitFor(
                [&] { return status->text().startsWith(QStringLiteral("The server's")); }, 30'000),
            qPrintable(status->text()));
        QVERIFY(QDir(out.path()).isEmpty());

        QSignalSpy written(dialog, &RunReportDialog::written);
        pin->setText(QStringLiteral("3333"));
        write->click();
        QVERIFY2(ConsoleFixture::waitFor([&] { return written.count() == 1; }, 30'000),
                 qPrintable(status->text()));
        ConsoleFixture::saveScreenshot(*dialog, QStringLiteral("run-report-every-terminal-en.png"));
        const QStringList files = dialog->lastFiles();
        QCOMPARE(files.size(), 1); // the CSV rows would be this terminal's: none
        QVERIFY(files[0].endsWith(QStringLiteral("-all.pdf")));
        const QString text = PdfTools().text(files[0]).simplified();
        for (const QString &expected : {QStringLiteral("every terminal"), QStringLiteral("BOX-7")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(": ") + text));
        QVERIFY(pin->text().isEmpty());
        dialog->close();
    }

    void theReportReadsInChinese()
    {
        ScopedLanguage chinese(QStringLiteral("zh_CN"));
        ConsoleFixture f;
        sellARun(f);
        QVERIFY(f.signIn(QStringLiteral("manager")));
        QTemporaryDir out;
        const QStringList files =
            writeEventReport(f, out.path(), QStringLiteral("run-report-dialog-zh.png"));
        QCOMPARE(files.size(), 4);
        const QString text = PdfTools().text(files[0]);
        QVERIFY2(text.contains(QStringLiteral("timeout")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Run report")), qPrintable(text));
        const QStringList pages =
            PdfTools().pages(files[0], screenshotPath(QStringLiteral("run-report-page-zh")), 100);
        QVERIFY(!pages.isEmpty());
    }
};

QTEST_MAIN(TestRunReportDialog)
#include "testrunreportdialog.moc"
