// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/cardcodecsv.h"

#include "testpaths.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace tessera;

Q_DECLARE_METATYPE(tessera::ErrorCode)

namespace {

qint64 utcMs(int year, int month, int day, int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC)
        .toMSecsSinceEpoch();
}

QStringList wheres(const QList<Error> &errors)
{
    QStringList result;
    for (const Error &e : errors)
        result.append(e.where);
    return result;
}

} // namespace

class TestCardCodeCsv : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryColumnOfAValidFile()
    {
        const auto batch = CardCodeCsv::parse("code,serial,valid_until\n"
                                              "A-1,S1,2025-12-31T18:00:00Z\n"
                                              "B-2,,\n");
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().toString()));
        QCOMPARE(batch->rows.size(), 2);
        QCOMPARE(batch->rows[0], (CardCodeRow{QStringLiteral("A-1"), QStringLiteral("S1"),
                                              utcMs(2025, 12, 31, 18, 0, 0), 2}));
        QCOMPARE(batch->rows[1], (CardCodeRow{QStringLiteral("B-2"), {}, 0, 3}));
    }

    void acceptsHeaderInAnyCaseAndOrderWithOnlyTheCodeRequired()
    {
        const auto reordered = CardCodeCsv::parse("Serial,CODE\nS1,A-1\n");
        QVERIFY(reordered.ok());
        QCOMPARE(reordered->rows[0].code, QStringLiteral("A-1"));
        QCOMPARE(reordered->rows[0].serial, QStringLiteral("S1"));

        const auto codesOnly = CardCodeCsv::parse("code\nA-1\nB-2");
        QVERIFY(codesOnly.ok());
        QCOMPARE(codesOnly->rows.size(), 2);
        QCOMPARE(codesOnly->rows[1].code, QStringLiteral("B-2"));
    }

    void readsSupplierFileWithBomCrlfQuotesAndChinese()
    {
        QFile file(test::fixturePath(QStringLiteral("cardcodes/supplier-export.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("\r\n"));

        const auto batch = CardCodeCsv::parse(csv);
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().toString()));
        QCOMPARE(batch->rows.size(), 3);
        QCOMPARE(batch->rows[0].code, QStringLiteral("GIFT-0001"));
        QCOMPARE(batch->rows[0].validUntilMs, utcMs(2025, 12, 31, 23, 59, 59, 999));
        QCOMPARE(batch->rows[1].code, QStringLiteral("GIFT,0002"));
        QCOMPARE(batch->rows[1].serial, QStringLiteral("SN \"two\""));
        QCOMPARE(batch->rows[1].validUntilMs, utcMs(2025, 6, 30, 10, 0, 0));
        QCOMPARE(batch->rows[2].code, QStringLiteral(u"充值-卡-0003"));
        QCOMPARE(batch->rows[2].line, 4);
    }

    void readsQuotedCodesWithCommasQuotesAndLineBreaksInSerials()
    {
        const auto batch = CardCodeCsv::parse("code,serial\n"
                                              "\"A,1\",\"say \"\"hi\"\"\"\n"
                                              "\"\"\"B\"\"\",\"two\r\nlines\"\n"
                                              "C,\n");
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().toString()));
        QCOMPARE(batch->rows.size(), 3);
        QCOMPARE(batch->rows[0].code, QStringLiteral("A,1"));
        QCOMPARE(batch->rows[0].serial, QStringLiteral("say \"hi\""));
        QCOMPARE(batch->rows[1].code, QStringLiteral("\"B\""));
        QCOMPARE(batch->rows[1].serial, QStringLiteral("two\r\nlines"));
        // The record above spans lines 3 and 4, so C is on line 5, as an editor shows it.
        QCOMPARE(batch->rows[2].line, 5);
    }

    void ignoresBlankLinesAtTheEnd()
    {
        const auto batch = CardCodeCsv::parse("code,serial\r\nA,1\r\n\r\n  \r\n,\r\n\n");
        QVERIFY(batch.ok());
        QCOMPARE(batch->rows.size(), 1);
    }

    void readsValidUntilAsIso8601InUtcUnlessAnOffsetIsGiven_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("date alone: through the end of that day")
            << QByteArray("2025-12-31") << utcMs(2025, 12, 31, 23, 59, 59, 999);
        QTest::newRow("no offset is UTC")
            << QByteArray("2025-12-31T18:30") << utcMs(2025, 12, 31, 18, 30, 0);
        QTest::newRow("space separator")
            << QByteArray("2025-12-31 18:30:15") << utcMs(2025, 12, 31, 18, 30, 15);
        QTest::newRow("Z and milliseconds")
            << QByteArray("2025-12-31T18:30:15.250Z") << utcMs(2025, 12, 31, 18, 30, 15, 250);
        QTest::newRow("positive offset")
            << QByteArray("2025-12-31T08:00:00+08:00") << utcMs(2025, 12, 31, 0, 0, 0);
        QTest::newRow("negative compact offset")
            << QByteArray("2025-12-31T00:00:00-0530") << utcMs(2025, 12, 31, 5, 30, 0);
        QTest::newRow("offset in hours only")
            << QByteArray("2025-12-31T08:00+08") << utcMs(2025, 12, 31, 0, 0, 0);
        QTest::newRow("surrounding spaces")
            << QByteArray(" 2025-12-31T00:00Z ") << utcMs(2025, 12, 31, 0, 0, 0);
    }
    void readsValidUntilAsIso8601InUtcUnlessAnOffsetIsGiven()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, expected);
        const auto batch = CardCodeCsv::parse("code,valid_until\nA," + text + '\n');
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().toString()));
        QCOMPARE(batch->rows[0].validUntilMs, expected);
    }

    void acceptsCodesOfExactlyTheMaximumLengthInCharactersNotBytes()
    {
        const QString longest(CardCodeCsv::MaxCodeLength, QChar(0x5361)); // 卡, three UTF-8 bytes
        const auto batch = CardCodeCsv::parse("code\n" + longest.toUtf8() + '\n');
        QVERIFY(batch.ok());
        QCOMPARE(batch->rows[0].code, longest);
    }

    void refusesTheBadLineNamingIt_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");

        const auto row = [](const char *name, const QByteArray &csv, ErrorCode code, int line,
                            const char *message = "") {
            QTest::newRow(name) << csv << code << QStringLiteral("line %1").arg(line)
                                << QString::fromUtf8(message);
        };
        row("too many fields", "code,serial\nA,1\nB,2,3\n", ErrorCode::InvalidInput, 3,
            "expected 2 fields, found 3");
        row("too few fields", "code,serial\nA\n", ErrorCode::InvalidInput, 2,
            "expected 2 fields, found 1");
        row("unterminated quote", "code\nA\n\"B\nC\n", ErrorCode::InvalidInput, 3,
            "unterminated quote: the quoted field that starts on this line is never closed");
        row("quote inside an unquoted field", "code\nA\"B\nC\n", ErrorCode::InvalidInput, 2);
        row("text after a closing quote", "code\n\"A\"B\nC\n", ErrorCode::InvalidInput, 2);
        row("empty code", "code,serial\nA,1\n,2\n", ErrorCode::MissingField, 3,
            "the code is empty");
        row("quoted empty code", "code\nA\n\"\"\n", ErrorCode::MissingField, 3,
            "the code is empty");
        row("leading space", "code\n A\n", ErrorCode::InvalidInput, 2,
            "the code has leading or trailing whitespace");
        row("trailing space", "code,serial\nA ,1\n", ErrorCode::InvalidInput, 2,
            "the code has leading or trailing whitespace");
        row("trailing ideographic space", "code\nA\u3000\n", ErrorCode::InvalidInput, 2);
        row("trailing tab", "code\nA\t\n", ErrorCode::InvalidInput, 2);
        row("control character",
            "code\nA\x01"
            "B\n",
            ErrorCode::InvalidInput, 2,
            "the code contains an invisible or control character (U+0001)");
        row("line break in a quoted code", "code\n\"A\nB\"\n", ErrorCode::InvalidInput, 2);
        row("zero-width space", "code\nA\u200BB\n", ErrorCode::InvalidInput, 2,
            "the code contains an invisible or control character (U+200B)");
        row("code over 256 characters", "code\nA\n" + QByteArray(257, 'x') + '\n',
            ErrorCode::InvalidInput, 3, "the code is 257 characters long; at most 256 are allowed");
        row("duplicate", "code\nA\nB\nA\n", ErrorCode::DuplicateId, 4,
            "duplicate code, first seen on line 2");
        row("month 13", "code,valid_until\nA,2025-13-01\n", ErrorCode::InvalidInput, 2);
        row("30 February", "code,valid_until\nA,2025-02-30\n", ErrorCode::InvalidInput, 2);
        row("day first", "code,valid_until\nA,31/12/2025\n", ErrorCode::InvalidInput, 2);
        row("hour 25", "code,valid_until\nA,2025-12-31T25:00\n", ErrorCode::InvalidInput, 2);
        row("offset out of range", "code,valid_until\nA,2025-12-31T10:00+15:00\n",
            ErrorCode::InvalidInput, 2);
        row("offset colon without minutes", "code,valid_until\nA,2025-12-31T10:00+08:\n",
            ErrorCode::InvalidInput, 2);
        row("trailing text", "code,valid_until\nA,2025-12-31T10:00Zulu\n", ErrorCode::InvalidInput,
            2);
        row("before 1970", "code,valid_until\nA,1969-12-31\n", ErrorCode::InvalidInput, 2);
        row("invalid UTF-8 byte", "code\nA\n\xFF\n", ErrorCode::InvalidInput, 3);
        row("GBK bytes in a serial", "code,serial\nA,\xB3\xE4\xD6\xB5\n", ErrorCode::InvalidInput,
            2);
        row("overlong UTF-8", "code\n\xC0\xAF\n", ErrorCode::InvalidInput, 2);
        row("UTF-8 surrogate", "code\n\xED\xA0\x80\n", ErrorCode::InvalidInput, 2);
        row("truncated UTF-8", "code\nA\xE5\x8D\n", ErrorCode::InvalidInput, 2);
        row("blank line in the middle", "code\nA\n\nB\n", ErrorCode::InvalidInput, 3,
            "blank line; remove it or put a code on it");
        row("empty file", "", ErrorCode::MissingField, 1);
        row("BOM only", "\xEF\xBB\xBF", ErrorCode::MissingField, 1);
        row("blank lines only", "\n \r\n\n", ErrorCode::MissingField, 1);
        row("header only", "code\n", ErrorCode::MissingField, 2,
            "there are no codes, only the header");
        row("header and blank lines only", "code,serial\r\n\r\n,\r\n", ErrorCode::MissingField, 2);
        row("no header, only codes", "GIFT-0001\nGIFT-0002\n", ErrorCode::MissingField, 1,
            "the header is missing: the first line must name the columns (code, serial, "
            "valid_until), but it reads \"GIFT-0001\". A plain list of codes needs \"code\" as "
            "its first line");
        row("blank first line", "\ncode\nA\n", ErrorCode::MissingField, 1);
        row("header without a code column", "serial\nS1\n", ErrorCode::MissingField, 1,
            "the header has no \"code\" column");
        row("unknown column", "code,price\nA,10\n", ErrorCode::InvalidInput, 1,
            "unknown column(s) in the header: \"price\"; the known columns are code, serial "
            "and valid_until");
        row("column named twice", "code,Code\nA,B\n", ErrorCode::InvalidInput, 1);
        row("unnamed column", "code,\nA,\n", ErrorCode::InvalidInput, 1,
            "column 2 of the header has no name");
        row("UTF-16",
            "\xFF\xFE"
            "c\0o\0d\0e\0",
            ErrorCode::InvalidInput, 1, "the file is UTF-16; save it as UTF-8");
    }
    void refusesTheBadLineNamingIt()
    {
        QFETCH(QByteArray, csv);
        QFETCH(ErrorCode, code);
        QFETCH(QString, where);
        QFETCH(QString, message);

        const CardCodeCsvReport report = CardCodeCsv::check(csv);
        QVERIFY(!report.ok());
        QVERIFY(report.rows.isEmpty());
        QCOMPARE(report.invalidLineCount, 1);
        QCOMPARE(report.lineErrors.size(), 1);
        const Error &error = report.lineErrors.constFirst();
        QCOMPARE(error.code, code);
        QCOMPARE(error.where, where);
        if (!message.isEmpty())
            QCOMPARE(error.message, message);

        const auto parsed = CardCodeCsv::parse(csv);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QCOMPARE(parsed.error().where, where);
        QCOMPARE(parsed.error().message,
                 QStringLiteral("1 line is invalid; nothing was imported: ") + error.message);
    }

    void reportsEveryBadLineTogetherAndImportsNothing()
    {
        const QByteArray csv = "code,valid_until\n"
                               "A,\n"
                               ",2025-01-01\n" // 3: empty code
                               "B,tomorrow\n"  // 4: bad date
                               "C,\n"
                               "D,1,2\n"          // 6: field count
                               " E ,2025-99-99\n" // 7: two problems, one line
                               "A,\n";            // 8: duplicate of line 2
        const CardCodeCsvReport report = CardCodeCsv::check(csv);
        QVERIFY(report.rows.isEmpty());
        QCOMPARE(report.invalidLineCount, 5);
        QCOMPARE(wheres(report.lineErrors),
                 (QStringList{QStringLiteral("line 3"), QStringLiteral("line 4"),
                              QStringLiteral("line 6"), QStringLiteral("line 7"),
                              QStringLiteral("line 7"), QStringLiteral("line 8")}));
        QCOMPARE(report.lineErrors[0].code, ErrorCode::MissingField);
        QCOMPARE(report.lineErrors[5].code, ErrorCode::DuplicateId);

        const auto parsed = CardCodeCsv::parse(csv);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::MissingField);
        QCOMPARE(parsed.error().where, QStringLiteral("line 3"));
        QCOMPARE(parsed.error().message,
                 QStringLiteral("5 lines are invalid; nothing was imported. The first: the code "
                                "is empty"));
        QCOMPARE(parsed.error().details.size(), 6);
        QCOMPARE(parsed.error().details.constLast(),
                 QStringLiteral("line 8: duplicate code, first seen on line 2"));
    }

    void reportsEveryRepeatOfADuplicateAgainstItsFirstLine()
    {
        const CardCodeCsvReport report = CardCodeCsv::check("code\nX\nY\nX\nY\nX\n");
        QCOMPARE(wheres(report.lineErrors),
                 (QStringList{QStringLiteral("line 4"), QStringLiteral("line 5"),
                              QStringLiteral("line 6")}));
        QCOMPARE(report.lineErrors[0].message,
                 QStringLiteral("duplicate code, first seen on line 2"));
        QCOMPARE(report.lineErrors[1].message,
                 QStringLiteral("duplicate code, first seen on line 3"));
        QCOMPARE(report.lineErrors[2].message,
                 QStringLiteral("duplicate code, first seen on line 2"));
    }

    void keepsCheckingRowsAfterAnUnknownHeaderColumn()
    {
        const CardCodeCsvReport report = CardCodeCsv::check("code,price\nA,1\n,2\n");
        QCOMPARE(wheres(report.lineErrors),
                 (QStringList{QStringLiteral("line 1"), QStringLiteral("line 3")}));
    }

    void namesLinesCorrectlyAfterARecordSpanningSeveralLines()
    {
        const CardCodeCsvReport report =
            CardCodeCsv::check("code,serial\nA,\"one\ntwo\nthree\"\n,x\n");
        QCOMPARE(wheres(report.lineErrors), QStringList{QStringLiteral("line 5")});
    }

    void resumesAtTheNextLineAfterAMalformedQuote()
    {
        const CardCodeCsvReport report = CardCodeCsv::check("code\nA\"x\nB\n\"C\"y\n\"\"\n");
        QCOMPARE(wheres(report.lineErrors),
                 (QStringList{QStringLiteral("line 2"), QStringLiteral("line 4"),
                              QStringLiteral("line 5")}));
    }

    void listsAtMostAThousandErrorsButCountsEveryBadLine()
    {
        QByteArray csv = "code\n";
        for (int i = 0; i < 1500; ++i)
            csv += "\"\"\n";
        const CardCodeCsvReport report = CardCodeCsv::check(csv);
        QCOMPARE(report.invalidLineCount, 1500);
        QCOMPARE(report.lineErrors.size(), CardCodeCsv::MaxListedErrors);
        QCOMPARE(report.lineErrors.constLast().where, QStringLiteral("line 1001"));
        QVERIFY(CardCodeCsv::parse(csv).error().message.startsWith(QStringLiteral("1500 lines")));
    }

    void writesQuotesOnlyWhereNeeded()
    {
        const QList<CardCodeRow> rows{
            {QStringLiteral("A-1"), QStringLiteral("S 1"), 0, 0},
            {QStringLiteral("B,2"), QStringLiteral("say \"hi\""),
             utcMs(2025, 12, 31, 23, 59, 59, 999), 0},
            {QStringLiteral("C-3"), {}, utcMs(2025, 6, 30, 10, 0, 0, 5), 0},
        };
        QCOMPARE(CardCodeCsv::write(rows), QByteArray("\xEF\xBB\xBF"
                                                      "code,serial,valid_until\r\n"
                                                      "A-1,S 1,\r\n"
                                                      "\"B,2\",\"say \"\"hi\"\"\",2025-12-31\r\n"
                                                      "C-3,,2025-06-30T10:00:00.005Z\r\n"));
    }

    void writtenFileReadsBackToTheSameRows()
    {
        const QList<CardCodeRow> rows{
            {QStringLiteral("PLAIN-0001"), QStringLiteral("SN1"), 0, 0},
            {QStringLiteral("comma,and\"quote\""), QStringLiteral(" padded serial "),
             utcMs(2030, 1, 1, 0, 0, 0), 0},
            {QStringLiteral(u"充值卡-😀-0003"), QStringLiteral("line\nbreak\r\nserial"),
             utcMs(2025, 12, 31, 23, 59, 59, 999), 0},
            {QStringLiteral("\"\""), QStringLiteral(","), utcMs(2025, 12, 31, 12, 34, 56, 789), 0},
            {QString(CardCodeCsv::MaxCodeLength, QLatin1Char('z')), {}, 1, 0},
        };
        const CardCodeCsvReport report = CardCodeCsv::check(CardCodeCsv::write(rows));
        QVERIFY2(report.ok(),
                 qPrintable(report.ok() ? QString() : report.lineErrors[0].toString()));
        QCOMPARE(report.rows.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(report.rows[i].code, rows[i].code);
            QCOMPARE(report.rows[i].serial, rows[i].serial);
            QCOMPARE(report.rows[i].validUntilMs, rows[i].validUntilMs);
        }
    }
};

QTEST_GUILESS_MAIN(TestCardCodeCsv)
#include "testcardcodecsv.moc"
