// SPDX-License-Identifier: GPL-3.0-or-later
// installTranslations: Chinese for a Chinese console, and for English the
// plural forms its %n messages need ("1 seat free", not "1 seats free");
// every plural message has its English forms.
#include "common/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace tessera;

namespace {

QString seatsFree(int n)
{
    return QCoreApplication::translate("tessera::EventListModel", "%Ln seat(s) free", nullptr, n);
}

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

// The plural messages of a .ts file ("context|source"), and those of them
// with an empty or unfinished form.
struct PluralMessages
{
    QSet<QString> all;
    QStringList unfinished;
};

PluralMessages pluralsIn(const QString &path)
{
    PluralMessages found;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return found;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    bool open = false;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            if (numerus)
                found.all.insert(context + QLatin1Char('|') + source);
        } else if (xml.name() == QLatin1String("translation") && numerus) {
            open = !xml.attributes().value(QLatin1String("type")).isEmpty();
            if (open)
                found.unfinished.push_back(source);
        } else if (xml.name() == QLatin1String("numerusform") && numerus) {
            if (xml.readElementText().trimmed().isEmpty() && !open)
                found.unfinished.push_back(source);
        }
    }
    return found;
}

const QString kTranslations = QStringLiteral(TESSERA_SOURCE_DIR "/translations/");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        removeTranslators();
        QLocale::setDefault(QLocale::c());
    }

    void withoutTranslationsTheSourceIsShown()
    {
        QCOMPARE(seatsFree(1), QStringLiteral("1 seat(s) free"));
    }

    void englishSaysOneSeatAndTwoSeats()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(seatsFree(1), QStringLiteral("1 seat free"));
        QCOMPARE(seatsFree(0), QStringLiteral("0 seats free"));
        QCOMPARE(seatsFree(80071), QStringLiteral("80,071 seats free"));
        QCOMPARE(QCoreApplication::translate("tessera::FulfilDialog", "Total %1 · %n ticket(s)",
                                             nullptr, 1)
                     .arg(QStringLiteral("CNY 380.00")),
                 QStringLiteral("Total CNY 380.00 · 1 ticket"));
        // The C locale (LANG unset) is English too.
        removeTranslators();
        QVERIFY(installTranslations(*qApp, QLocale::c()));
        QCOMPARE(seatsFree(2), QStringLiteral("2 seats free"));
    }

    void chineseHasNoPluralButItsOwnWords()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::Chinese, QLocale::China)));
        QCOMPARE(seatsFree(1), QStringLiteral("余座 1"));
        QCOMPARE(seatsFree(2), QStringLiteral("余座 2"));
    }

    // A %n message added without its English forms would say "1 seat(s)".
    void everyPluralMessageHasItsEnglishForms()
    {
        const PluralMessages chinese =
            pluralsIn(kTranslations + QStringLiteral("tessera_zh_CN.ts"));
        const PluralMessages english = pluralsIn(kTranslations + QStringLiteral("tessera_en.ts"));
        QVERIFY(chinese.all.size() > 20);
        QVERIFY2(english.unfinished.isEmpty(), qPrintable(english.unfinished.join(u'\n')));
        const QSet<QString> missing = chinese.all - english.all;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringList(missing.begin(), missing.end()).join(u'\n')));
        const QSet<QString> stale = english.all - chinese.all;
        QVERIFY2(stale.isEmpty(), qPrintable(QStringList(stale.begin(), stale.end()).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "testtranslations.moc"
