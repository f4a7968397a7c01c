// SPDX-License-Identifier: GPL-3.0-or-later
// JsonLite (the sales projection's reader of a sale) reads what QJsonDocument
// reads, field by field, and gives up on what it cannot read exactly alike.
#include "sync/jsonlite.h"
#include "sync/jsonobjecttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace tessera;

namespace {

const QByteArray kSale = QByteArrayLiteral(
    "{\"order\":12,\"currency\":\"CNY\",\"state\":\"paid\",\"total\":76000,\"paid\":76000,"
    "\"tickets\":[{\"line\":31,\"seat\":\"S-A-12\",\"price\":38000},"
    "{\"line\":32,\"ga\":4,\"price\":38000,\"note\":\"caf\xc3\xa9 \\\"x\\\" \\u00e9\"}],"
    "\"cards\":[],\"customer\":{\"name\":\"\xe6\x9d\x8e\xe5\xa8\x9c\",\"tags\":[1,25,-3,true,"
    "false,null]},\"n\":-0}");

// Every field JsonLite can name, read both ways.
void compare(const JsonLite::Value &lite, const QJsonValue &qt, const QString &where)
{
    QCOMPARE(lite.isObject(), qt.isObject());
    QCOMPARE(lite.isArray(), qt.isArray());
    QCOMPARE(lite.isString(), qt.isString());
    QVERIFY2(lite.toString() == qt.toString(), qPrintable(where));
    if (qt.isDouble() && qt.toDouble() == double(qt.toInteger()))
        QVERIFY2(lite.toInteger() == qt.toInteger(), qPrintable(where));
    if (qt.isObject()) {
        const QJsonObject o = qt.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QByteArray key = it.key().toUtf8();
            QVERIFY(lite.contains(key));
            compare(lite[key], it.value(), where + QLatin1Char('.') + it.key());
        }
        QVERIFY(!lite.contains("absent"));
        QVERIFY(lite["absent"].isUndefined());
        QCOMPARE(lite["absent"].toInteger(), 0);
    }
    if (qt.isArray()) {
        const QJsonArray a = qt.toArray();
        const auto items = lite.items();
        QCOMPARE(qsizetype(items.size()), a.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            compare(items[size_t(i)], a.at(i), where + QStringLiteral("[%1]").arg(i));
    }
}

} // namespace

class TestJsonLite : public QObject
{
    Q_OBJECT

private slots:
    void readsASaleAsQtDoes()
    {
        auto lite = JsonLite::parse(kSale);
        QVERIFY(lite);
        compare(lite->root(), QJsonDocument::fromJson(kSale).object(), QStringLiteral("sale"));
        QCOMPARE(lite->root()["tickets"].items().at(1)["note"].toString(),
                 QString::fromUtf8("caf\xc3\xa9 \"x\" \xc3\xa9"));
        // A member of another type reads as Qt's would: 0 or "".
        QCOMPARE(lite->root()["currency"].toInteger(), 0);
        QCOMPARE(lite->root()["order"].toString(), QString());
        QVERIFY(lite->root()["order"].items().empty());
    }

    void givesUpOnWhatItCannotReadAlike_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("a fraction") << QByteArray("{\"total\":1.5}");
        QTest::newRow("an exponent") << QByteArray("{\"total\":1e3}");
        QTest::newRow("beyond 2^53") << QByteArray("{\"total\":9007199254740993}");
        QTest::newRow("a key twice") << QByteArray("{\"a\":1,\"a\":2}");
        QTest::newRow("an escaped key") << QByteArray("{\"\\u0061\":1}");
        QTest::newRow("a bad escape") << QByteArray("{\"a\":\"\\x\"}");
        QTest::newRow("an array") << QByteArray("[1]");
        QTest::newRow("trailing text") << QByteArray("{} x");
        QTest::newRow("unclosed") << QByteArray("{\"a\":[1,2}");
        QTest::newRow("a leading zero") << QByteArray("{\"a\":01}");
    }

    void givesUpOnWhatItCannotReadAlike()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!JsonLite::parse(text));
    }

    // Damaged copies of a sale: whatever JsonLite reads, Qt reads the same.
    void neverReadsDifferentlyFromQt()
    {
        QRandomGenerator random(4122026);
        const QByteArray alphabet = QByteArrayLiteral("{}[]\":,\\u0123456789.eE-+ntrfalse ");
        int readByBoth = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray text = kSale;
            const int at = int(random.bounded(text.size()));
            if (random.bounded(2))
                text.remove(at, 1);
            else
                text.insert(at, alphabet[int(random.bounded(alphabet.size()))]);
            // What journal up stores only (JsonLite's precondition).
            if (!JsonObjectText::isValid(text))
                continue;
            auto lite = JsonLite::parse(text);
            if (!lite)
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), text.constData());
            compare(lite->root(), doc.object(), QString::fromUtf8(text));
            ++readByBoth;
        }
        QVERIFY(readByBoth > 0);
    }
};

QTEST_GUILESS_MAIN(TestJsonLite)
#include "testjsonlite.moc"
