// SPDX-License-Identifier: GPL-3.0-or-later
// The tessera-cli program speaks the system's language (LANG) in its
// messages for people, while the codes scripts branch on stay the same;
// tessera-server stays in English whatever the machine's language.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCli = QStringLiteral(TESSERA_CLI_EXE);
const QString kServer = QStringLiteral(TESSERA_SERVER_EXE);

struct Run
{
    int exitCode = -1;
    QJsonObject error;
    QByteArray err;
};

Run run(const QString &exe, const QString &lang, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), lang);
    p.setProcessEnvironment(env);
    p.start(exe, args);
    Run r;
    if (!p.waitForFinished(30'000))
        return r;
    r.exitCode = p.exitCode();
    r.err = p.readAllStandardError();
    const QByteArray out = p.readAllStandardOutput();
    r.error = QJsonDocument::fromJson(out.isEmpty() ? r.err : out)
                  .object()
                  .value(QLatin1String("error"))
                  .toObject();
    return r;
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void theCliSaysItInTheSystemsLanguageWithTheSameCode()
    {
        QTemporaryDir dir;
        const QStringList args{QStringLiteral("--db"), dir.filePath(QStringLiteral("t.db")),
                               QStringLiteral("sell"), QStringLiteral("--event"),
                               QStringLiteral("1"),    QStringLiteral("--ga"),
                               QStringLiteral("1")};
        const Run english = run(kCli, QStringLiteral("C.UTF-8"), args);
        const Run chinese = run(kCli, QStringLiteral("zh_CN.UTF-8"), args);
        QCOMPARE(english.exitCode, 2);
        QCOMPARE(chinese.exitCode, 2);
        QCOMPARE(english.error.value(QLatin1String("code")).toString(),
                 QStringLiteral("invalid_input"));
        QCOMPARE(chinese.error.value(QLatin1String("code")).toString(),
                 QStringLiteral("invalid_input"));
        QCOMPARE(chinese.error.value(QLatin1String("where")).toString(), QStringLiteral("--ga"));
        QCOMPARE(english.error.value(QLatin1String("message")).toString(),
                 QStringLiteral("--ga expects QUOTA:QTY[:TYPE], not \"1\"."));
        QVERIFY2(chinese.error.value(QLatin1String("message"))
                     .toString()
                     .contains(QStringLiteral("格式应为")),
                 qPrintable(chinese.error.value(QLatin1String("message")).toString()));
    }

    void theServerStaysInEnglish()
    {
        QTemporaryDir dir;
        const Run chinese =
            run(kServer, QStringLiteral("zh_CN.UTF-8"),
                {QStringLiteral("enrol-code"), QStringLiteral("--data"),
                 dir.filePath(QStringLiteral("none")), QStringLiteral("--terminal"),
                 QStringLiteral("BOX-1"), QStringLiteral("--venue"), QStringLiteral("1")});
        QVERIFY(chinese.exitCode != 0);
        const QString said = QString::fromUtf8(chinese.err) +
                             chinese.error.value(QLatin1String("message")).toString();
        QVERIFY2(!said.isEmpty(), "the server said nothing");
        for (const QChar c : said)
            QVERIFY2(c.unicode() < 0x2E80, qPrintable(said)); // no CJK
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "testclilanguage.moc"
