// SPDX-License-Identifier: GPL-3.0-or-later
// JsonText writes the writer's answers as bytes: they must parse, and read
// back as what QJsonDocument would have written, whatever the text holds.
#include "common/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace tessera;

class TestJsonText : public QObject
{
    Q_OBJECT
private slots:
    void writesWhatQJsonDocumentWrites()
    {
        JsonText json;
        json.beginObject()
            .field("order", qint64(42))
            .field("number", std::string_view("T1-000042"))
            .key("paid")
            .value(true)
            .key("none")
            .value(false)
            .field("min", std::numeric_limits<qint64>::min());
        json.key("tickets").beginArray();
        for (int i = 0; i < 3; ++i)
            json.beginObject()
                .field("line", qint64(i))
                .field("seat", QStringLiteral("A-%1").arg(i))
                .endObject();
        json.endArray().key("empty").beginArray().endArray().endObject();
        const QByteArray text = json.take();
        const QJsonObject expected{
            {QStringLiteral("order"), 42},
            {QStringLiteral("number"), QStringLiteral("T1-000042")},
            {QStringLiteral("paid"), true},
            {QStringLiteral("none"), false},
            {QStringLiteral("min"), std::numeric_limits<qint64>::min()},
            {QStringLiteral("tickets"),
             QJsonArray{QJsonObject{{QStringLiteral("line"), 0},
                                    {QStringLiteral("seat"), QStringLiteral("A-0")}},
                        QJsonObject{{QStringLiteral("line"), 1},
                                    {QStringLiteral("seat"), QStringLiteral("A-1")}},
                        QJsonObject{{QStringLiteral("line"), 2},
                                    {QStringLiteral("seat"), QStringLiteral("A-2")}}}},
            {QStringLiteral("empty"), QJsonArray{}}};
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, text.constData());
        QCOMPARE(parsed.object(), expected);
        QVERIFY(text.startsWith("{\"order\":42,\"number\":\"T1-000042\",\"paid\":true,"));
    }

    void escapesWhatJsonMust_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote and backslash") << QStringLiteral("say \"hi\" \\ bye");
        QTest::newRow("control characters") << QStringLiteral("a\nb\rc\td\x01"
                                                              "e\x1f");
        QTest::newRow("chinese") << QStringLiteral("王小明，北京市朝阳区");
        QTest::newRow("mixed, quote after CJK") << QStringLiteral("座位 \"A-1\"\n");
        QTest::newRow("emoji") << QStringLiteral("🎫 ticket");
        QTest::newRow("empty") << QString();
    }

    void escapesWhatJsonMust()
    {
        QFETCH(QString, text);
        JsonText fromQString;
        fromQString.beginArray().value(text).endArray();
        JsonText fromUtf8;
        const QByteArray utf8 = text.toUtf8();
        fromUtf8.beginArray()
            .value(std::string_view(utf8.constData(), size_t(utf8.size())))
            .endArray();
        const QByteArray a = fromQString.take();
        QCOMPARE(fromUtf8.take(), a);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(a, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, a.constData());
        QCOMPARE(parsed.array().at(0).toString(), text);
    }

    void growsPastItsFirstBlockAndStartsAgainAfterTake()
    {
        JsonText json;
        json.beginArray();
        QJsonArray expected;
        for (int i = 0; i < 2000; ++i) {
            const QString text = QStringLiteral("line %1 ").arg(i).repeated(1 + i % 7);
            json.value(text).value(qint64(i) * 1000003);
            expected.append(text);
            expected.append(qint64(i) * 1000003);
        }
        json.endArray();
        const qsizetype written = json.size();
        const QByteArray text = json.take();
        QCOMPARE(text.size(), written);
        QVERIFY(text.size() > 64 * 1024);
        QCOMPARE(QJsonDocument::fromJson(text).array(), expected);
        // Taken: the writer is empty, and writes anew.
        QCOMPARE(json.size(), 0);
        QCOMPARE(json.beginObject().field("a", qint64(1)).endObject().take(),
                 QByteArray("{\"a\":1}"));
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "testjsontext.moc"
