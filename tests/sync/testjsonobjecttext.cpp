// SPDX-License-Identifier: GPL-3.0-or-later
// JsonObjectText (journal up's check of each entry's payload and result)
// agrees with QJsonDocument on what is the text of one JSON object.
#include "sync/jsonobjecttext.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace tessera;

namespace {

bool qtSaysObject(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError && doc.isObject();
}

const char *const kValid[] = {
    "{}",
    " {\"a\":1} ",
    "{\"channel\":\"counter\",\"event\":3,\"lines\":[{\"price\":4500,\"quantity\":2}],"
    "\"payments\":[{\"amount\":9000,\"method\":\"cash\"}]}",
    "{\"a\":[],\"b\":{},\"c\":[[],[{}]],\"d\":null,\"e\":true,\"f\":false}",
    "{\"n\":-0,\"m\":12.5e-3,\"k\":1E+9,\"z\":0.0}",
    "{\"s\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\"}",
    "{\"utf8\":\"caf\xc3\xa9 \xe7\xa5\xa8 \xf0\x9f\x8e\xab\"}",
    "{\n\t\"spaced\" :\r\n [ 1 , 2 ] }",
};

const char *const kInvalid[] = {
    "",
    "[]",
    "\"text\"",
    "42",
    "{",
    "{\"a\"}",
    "{\"a\":}",
    "{\"a\":1,}",
    "{,}",
    "{\"a\":1}x",
    "{\"a\":1}{}",
    "{a:1}",
    "{\"a\":'x'}",
    "{\"a\":01}",
    "{\"a\":1.}",
    "{\"a\":.5}",
    "{\"a\":-}",
    "{\"a\":1e}",
    "{\"a\":tru}",
    "{\"a\":nul}",
    "{\"a\":[1,]}",
    "{\"a\":[1 2]}",
    "{\"a\":\"\\x\"}",
    "{\"a\":\"\\u12G4\"}",
    "{\"a\":\"unterminated}",
    "{\"a\":\"tab\there\"}",
    "{\"a\":\"\xc3\"}",
    "{\"a\":\"\xc0\xaf\"}",
    "{\"a\":\"\xed\xa0\x80\"}",
    "{\"a\":\"\xff\"}",
    "{\"a\":[}",
    "{\"a\":{]}",
};

} // namespace

class TestJsonObjectText : public QObject
{
    Q_OBJECT

private slots:
    void objectsAreAccepted_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *text : kValid)
            QTest::newRow(text) << QByteArray(text);
    }
    void objectsAreAccepted()
    {
        QFETCH(QByteArray, text);
        QVERIFY(qtSaysObject(text));
        QVERIFY(JsonObjectText::isValid(text));
    }

    void anythingElseIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *text : kInvalid)
            QTest::newRow(text) << QByteArray(text);
    }
    void anythingElseIsRefused()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!JsonObjectText::isValid(text));
    }

    void tooDeepIsRefused()
    {
        const int depth = JsonObjectText::kMaxDepth;
        QByteArray ok = "{\"a\":" + QByteArray(depth - 1, '[') + QByteArray(depth - 1, ']') + "}";
        QVERIFY(JsonObjectText::isValid(ok));
        QByteArray deep = "{\"a\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
        QVERIFY(!JsonObjectText::isValid(deep));
    }

    void agreesWithQtOnDamagedObjectsWhereQtKeepsToTheRfc()
    {
        // Valid texts with one byte replaced, inserted or removed (ASCII).
        static const QRegularExpression kQtLeniency(
            QStringLiteral("(^|[^0-9])\\.[0-9]|[0-9]\\.($|[^0-9])|\\\\[^\"\\\\/bfnrtu]"));
        QRandomGenerator random(20261203);
        const QByteArray alphabet = "{}[]:,\"\\ 0123456789.-+eEtrufalsn/bu";
        int compared = 0;
        for (const char *source : kValid) {
            const QByteArray text(source);
            for (int i = 0; i < 400; ++i) {
                QByteArray damaged = text;
                const int at = int(random.bounded(damaged.size() + 1));
                const char c = alphabet.at(int(random.bounded(alphabet.size())));
                switch (random.bounded(3)) {
                case 0:
                    if (at < damaged.size())
                        damaged[at] = c;
                    break;
                case 1:
                    damaged.insert(at, c);
                    break;
                default:
                    damaged.remove(at, 1);
                }
                const bool ours = JsonObjectText::isValid(damaged);
                const bool qts = qtSaysObject(damaged);
                // Never more lenient than Qt; stricter only where Qt bends
                // RFC 8259 (".5", "5.", unknown escapes), which no writer makes.
                QVERIFY2(!ours || qts, damaged.constData());
                if (ours != qts)
                    QVERIFY2(kQtLeniency.match(QString::fromLatin1(damaged)).hasMatch(),
                             damaged.constData());
                ++compared;
            }
        }
        QVERIFY(compared > 3000);
    }
};

QTEST_GUILESS_MAIN(TestJsonObjectText)
#include "testjsonobjecttext.moc"
