#include "enginefixture.h"
#include "mainwindow.h"

#include "common/translations.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace tessera;
using namespace tessera::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void showsDemoEventWithWhatIsLeftToSell()
    {
        EngineFixture f;
        MainWindow window(f.path(), f.engine().terminalId());
        window.show();
        auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("The Nutcracker"));
        QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("303"));
        QCOMPARE(table->model()->index(0, 6).data().toString(), QStringLiteral("200"));
        saveScreenshot(window, QStringLiteral("main-window-en.png"));
    }

    void refreshShowsSalesMadeSinceOpening()
    {
        EngineFixture f;
        MainWindow window(f.path(), f.engine().terminalId());
        const QJsonObject sale{
            {QStringLiteral("event"), f.ids().event},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("seat"), QStringLiteral("S-A-1")}},
                        QJsonObject{{QStringLiteral("ga"), f.ids().standingQuota},
                                    {QStringLiteral("quantity"), 2}}}},
            {QStringLiteral("payments"),
             QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                    {QStringLiteral("amount"), 38000 + 2 * 12000}}}}};
        QVERIFY(f.run(QStringLiteral("sell"), sale).result.ok());
        window.refresh();
        auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
        QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("302"));
        QCOMPARE(table->model()->index(0, 5).data().toString(), QStringLiteral("1"));
        QCOMPARE(table->model()->index(0, 6).data().toString(), QStringLiteral("198"));
        auto *summary = window.findChild<QLabel *>(QStringLiteral("salesSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("Orders on this terminal: 1")),
                 qPrintable(summary->text()));
    }

    void speaksChineseWhenTheLocaleIsChinese()
    {
        EngineFixture f;
        QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("zh_CN"))));
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        MainWindow window(f.path(), f.engine().terminalId());
        window.show();
        auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
        const QString header = table->model()->headerData(0, Qt::Horizontal).toString();
        QVERIFY2(header != QStringLiteral("Event"), qPrintable(header));
        saveScreenshot(window, QStringLiteral("main-window-zh.png"));
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale::c());
    }

private:
    // Screenshots of every main screen go to docs/screenshots for review.
    static void saveScreenshot(QWidget &window, const QString &name)
    {
        const QString dir = QStringLiteral(TESSERA_SOURCE_DIR "/docs/screenshots");
        QDir().mkpath(dir);
        QVERIFY(window.grab().save(QDir(dir).filePath(name)));
    }
};

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
