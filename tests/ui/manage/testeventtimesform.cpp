// SPDX-License-Identifier: GPL-3.0-or-later
#include <QByteArray>

#include "pcelsewhere.h"

#include "manage/eventtimesform.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimeZone>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kShanghai = QStringLiteral("Asia/Shanghai");
const QString kLondon = QStringLiteral("Europe/London");

// The rows of New event in a bare widget, named and filled as a user would.
struct FormOnAWidget
{
    QWidget widget;
    QFormLayout *layout = new QFormLayout(&widget);
    EventTimesForm form{QStringLiteral("event"), layout, new QLabel(&widget), &widget};

    FormOnAWidget()
    {
        form.name->setText(QStringLiteral("Winter Gala"));
        form.starts->setDateTime(QDateTime(QDate(2026, 12, 31), QTime(19, 30)));
        form.ends->setDateTime(QDateTime(QDate(2026, 12, 31), QTime(22, 0)));
        form.saleStarts->setDateTime(QDateTime(QDate(2026, 12, 1), QTime(10, 0)));
        form.saleEnds->setDateTime(QDateTime(QDate(2026, 12, 31), QTime(19, 30)));
    }
};

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

class TestEventTimesForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { putThePcInNewYork(); }

    void theWidgetsAreNamedAfterThePrefix()
    {
        FormOnAWidget f;
        for (const char *name : {"eventName", "eventStarts", "eventEnds", "eventHasSaleStart",
                                 "eventSaleStarts", "eventHasSaleEnd", "eventSaleEnds"})
            QVERIFY2(f.widget.findChild<QWidget *>(QLatin1String(name)), name);
        QVERIFY(!f.form.saleStarts->isEnabled());
        f.form.hasSaleStart->setChecked(true);
        QVERIFY(f.form.saleStarts->isEnabled());
    }

    void timesAreReadInTheVenuesZoneNotThePcs()
    {
        FormOnAWidget f;
        f.form.hasSaleEnd->setChecked(true);
        EventTimes times;
        const EventTimesRefusal refusal = f.form.read(kShanghai, times);
        QVERIFY2(!refusal.field, qPrintable(refusal.message));
        QCOMPARE(times.name, QStringLiteral("Winter Gala"));
        QCOMPARE(times.starts.toUTC(), utc(2026, 12, 31, 11, 30));
        QCOMPARE(times.ends.toUTC(), utc(2026, 12, 31, 14, 0));
        QCOMPARE(times.saleEnds.toUTC(), utc(2026, 12, 31, 11, 30));
        // Not ticked: no opening time at all.
        QVERIFY(!times.saleStarts.isValid());
    }

    void aNamelessEventIsRefusedAtTheName()
    {
        FormOnAWidget f;
        f.form.name->setText(QStringLiteral("   "));
        EventTimes times;
        const EventTimesRefusal refusal = f.form.read(kShanghai, times);
        QCOMPARE(refusal.field, f.form.name);
        QVERIFY(refusal.message.startsWith(QStringLiteral("Name:")));
    }

    void anEndBeforeTheStartIsRefusedAtTheEnd()
    {
        FormOnAWidget f;
        f.form.ends->setDateTime(QDateTime(QDate(2026, 12, 31), QTime(18, 0)));
        EventTimes times;
        QCOMPARE(f.form.read(kShanghai, times).field, f.form.ends);
    }

    void aSaleTimeTheClocksSkipIsRefusedNotCleared()
    {
        FormOnAWidget f;
        // 01:30 on 28 March 2027 does not exist in London (clocks go 01:00 -> 02:00);
        // it does in the PC's New York, so the edit keeps it.
        f.form.hasSaleStart->setChecked(true);
        f.form.saleStarts->setDateTime(QDateTime(QDate(2027, 3, 28), QTime(1, 30)));
        f.form.starts->setDateTime(QDateTime(QDate(2027, 4, 1), QTime(19, 30)));
        f.form.ends->setDateTime(QDateTime(QDate(2027, 4, 1), QTime(22, 0)));
        EventTimes times;
        const EventTimesRefusal refusal = f.form.read(kLondon, times);
        QCOMPARE(refusal.field, f.form.saleStarts);
        QVERIFY2(refusal.message.contains(QStringLiteral("Sales open at")) &&
                     refusal.message.contains(kLondon),
                 qPrintable(refusal.message));
    }

    void salesClosingBeforeTheyOpenAreRefusedAtTheClose()
    {
        FormOnAWidget f;
        f.form.hasSaleStart->setChecked(true);
        f.form.hasSaleEnd->setChecked(true);
        f.form.saleEnds->setDateTime(QDateTime(QDate(2026, 11, 30), QTime(10, 0)));
        EventTimes times;
        QCOMPARE(f.form.read(kShanghai, times).field, f.form.saleEnds);
    }

    void theCommandsFieldsAreNamedAsTheFormNamesThem()
    {
        QCOMPARE(EventTimesForm::describe(QStringLiteral("sale_ends_at")),
                 QStringLiteral("Sales close at"));
        QCOMPARE(EventTimesForm::describe(QStringLiteral("starts_at")),
                 QStringLiteral("Starts at"));
        QVERIFY(EventTimesForm::describe(QStringLiteral("currency")).isEmpty());
    }
};

QTEST_MAIN(TestEventTimesForm)
#include "testeventtimesform.moc"
