// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "managescreen.h"
#include "testpaths.h"

#include "console/moneyformat.h"
#include "manage/cardcodeimportdialog.h"
#include "manage/cardstab.h"
#include "manage/changeuserdialog.h"
#include "manage/eventformdialog.h"
#include "manage/eventpricingeditor.h"
#include "manage/eventstab.h"
#include "manage/managepage.h"
#include "manage/newuserdialog.h"
#include "manage/seatplanimportdialog.h"
#include "manage/stafftab.h"
#include "manage/venuestab.h"
#include "query/catalogqueries.h"
#include "staff/staffauthenticator.h"
#include "venue/seatplanparser.h"
#include "venue/seatplanwriter.h"
#include "venue/stadiumplangenerator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace tessera;
using namespace tessera::test;

// Manage ▸ Card keys: products and CSV imports of their codes.

class TestCardsTab : public QObject
{
    Q_OBJECT

private slots:
    void cardCsvWithBadLinesListsEveryLineAndImportsNothing()
    {
        QTemporaryDir dir;
        const QString bad = writeFile(dir, QStringLiteral("bad.csv"),
                                      "code,serial,valid_until\n"
                                      "NEW-0001,S1,2030-12-31\n"
                                      "NEW-0001,S2,2030-12-31\n"
                                      ",S3,2030-12-31\n"
                                      "NEW-0004,S4,2030-12-31\n");
        const QString good = writeFile(dir, QStringLiteral("good.csv"),
                                       "code,serial,valid_until\n"
                                       "NEW-0001,S1,2030-12-31\n"
                                       "NEW-0002,S2,2030-12-31\n"
                                       "NEW-0003,S3,\n");

        ConsoleFixture f;
        const QString codes = QStringLiteral("SELECT COUNT(*) FROM card_codes");
        const qint64 before = f.db().scalar(codes);
        ManagePage *page = openManage(f, QStringLiteral("manager"));
        QVERIFY(page);
        page->showTab(ManagePage::Tab::Cards);
        QTableWidget *products = page->cardsTab()->table();
        QVERIFY(ConsoleFixture::waitFor([products] { return products->rowCount() == 1; }));
        QCOMPARE(cellText(products, 0, 2), QString::number(before));

        QTest::mouseClick(child<QPushButton>(page, "importCodesButton"), Qt::LeftButton);
        auto *dialog = child<CardCodeImportDialog>(page, "cardCodeImportDialog");
        QVERIFY(dialog);
        auto *file = child<QLineEdit>(dialog, "codesFile");
        auto *preview = child<QLabel>(dialog, "codesPreview");
        auto *importButton = child<QPushButton>(dialog, "codesImportButton");
        auto *summary = child<QLabel>(dialog, "codesSummary");
        auto *errors = child<QTableWidget>(dialog, "codesErrorsTable");
        typeInto(file, bad);
        QTest::keyClick(file, Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([importButton] { return importButton->isEnabled(); }));
        QVERIFY2(preview->text().contains(QStringLiteral("4 code line")),
                 qPrintable(preview->text()));

        QTest::mouseClick(importButton, Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor(
            [dialog, errors] { return !dialog->isBusy() && errors->isVisible(); }));
        QCOMPARE(errors->rowCount(), 2);
        QCOMPARE(cellText(errors, 0, 0), QStringLiteral("3"));
        QVERIFY2(cellText(errors, 0, 1).contains(QStringLiteral("duplicate")),
                 qPrintable(cellText(errors, 0, 1)));
        QCOMPARE(cellText(errors, 1, 0), QStringLiteral("4"));
        QVERIFY2(cellText(errors, 1, 1).contains(QStringLiteral("empty")),
                 qPrintable(cellText(errors, 1, 1)));
        QVERIFY2(summary->text().contains(QStringLiteral("nothing was imported")),
                 qPrintable(summary->text()));
        QCOMPARE(f.db().scalar(codes), before);
        QVERIFY(saveScreenshotWithDialog(f, dialog, QStringLiteral("manage-cards-errors-en.png")));

        dialog->setCsvFile(good);
        QVERIFY(ConsoleFixture::waitFor([importButton] { return importButton->isEnabled(); }));
        QVERIFY(!errors->isVisible());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([summary] {
            return summary->isVisible() && summary->text().startsWith(QStringLiteral("Imported"));
        }));
        QVERIFY2(summary->text().contains(QStringLiteral("Imported 3 codes")),
                 qPrintable(summary->text()));
        QCOMPARE(f.db().scalar(codes), before + 3);
        QVERIFY(ConsoleFixture::waitFor([products, before] {
            return cellText(products, 0, 2) == QString::number(before + 3);
        }));
    }

    void newCardProductIsListed()
    {
        ConsoleFixture f;
        ManagePage *page = openManage(f, QStringLiteral("manager"));
        QVERIFY(page);
        page->showTab(ManagePage::Tab::Cards);
        QTableWidget *products = page->cardsTab()->table();
        QVERIFY(ConsoleFixture::waitFor([products] { return products->rowCount() == 1; }));
        QTest::mouseClick(child<QPushButton>(page, "newProductButton"), Qt::LeftButton);
        auto *dialog = child<QDialog>(page, "cardProductDialog");
        QVERIFY(dialog);
        typeInto(child<QLineEdit>(dialog, "productName"), QStringLiteral("Top-up 50"));
        typeInto(child<QLineEdit>(dialog, "productPrice"), QStringLiteral("50"));
        QTest::mouseClick(child<QPushButton>(dialog, "createProductButton"), Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([products] { return products->rowCount() == 2; }));
        const int row = rowWith(products, 0, QStringLiteral("Top-up 50"));
        QVERIFY(row >= 0);
        // The console's one money format (English here: the code, not a symbol).
        QCOMPARE(cellText(products, row, 1), MoneyFormat::money(5000, QStringLiteral("CNY")));
        QCOMPARE(cellText(products, row, 2), QStringLiteral("0"));
    }
};

QTEST_MAIN(TestCardsTab)
#include "testcardstab.moc"
