// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/csvrecordreader.h"

#include <QTest>

using namespace tessera;

namespace {

QList<QByteArray> fieldTexts(const QByteArray &data, const CsvRecord &record)
{
    QList<QByteArray> texts;
    for (const CsvField &f : record.fields)
        texts.append(data.mid(f.begin, f.end - f.begin));
    return texts;
}

} // namespace

class TestCsvRecordReader : public QObject
{
    Q_OBJECT
private slots:
    void splitsFieldsAndDropsTheCrOfCrlf()
    {
        const QByteArray data = "a,b\r\nc,\r\n";
        CsvRecordReader reader(data);
        CsvRecord record;
        reader.read(record);
        QCOMPARE(record.line, 1);
        QCOMPARE(fieldTexts(data, record), (QList<QByteArray>{"a", "b"}));
        reader.read(record);
        QCOMPARE(record.line, 2);
        QCOMPARE(fieldTexts(data, record), (QList<QByteArray>{"c", ""}));
        QVERIFY(reader.atEnd());
        QCOMPARE(reader.line(), 3);
    }

    void keepsLineBreaksAndEscapedQuotesInsideQuotes()
    {
        const QByteArray data = "\"x\ny\",\"say \"\"hi\"\"\"\nz";
        CsvRecordReader reader(data);
        CsvRecord record;
        reader.read(record);
        QCOMPARE(record.problem, CsvRecord::Problem::None);
        QCOMPARE(fieldTexts(data, record), (QList<QByteArray>{"x\ny", "say \"\"hi\"\""}));
        QVERIFY(!record.fields[0].hasEscapedQuotes);
        QVERIFY(record.fields[1].hasEscapedQuotes);
        reader.read(record);
        QCOMPARE(record.line, 3);
        QCOMPARE(fieldTexts(data, record), QList<QByteArray>{"z"});
    }

    void marksOnlySpacesTabsAndCommasAsBlank()
    {
        const QByteArray data = " ,\t\n\"\"\n";
        CsvRecordReader reader(data);
        CsvRecord record;
        reader.read(record);
        QVERIFY(record.blank);
        reader.read(record);
        QVERIFY(!record.blank);
    }

    void startsPastTheGivenOffset()
    {
        const QByteArray data = "\xEF\xBB\xBF"
                                "code";
        CsvRecordReader reader(data, 3);
        CsvRecord record;
        reader.read(record);
        QCOMPARE(fieldTexts(data, record), QList<QByteArray>{"code"});
    }
};

QTEST_GUILESS_MAIN(TestCsvRecordReader)
#include "testcsvrecordreader.moc"
