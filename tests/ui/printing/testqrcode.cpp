// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/qrcode.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

namespace {

// A code shaped like a signed ticket code: "TS1." and upper-case base32.
QByteArray ticketLikeCode()
{
    QByteArray code("TS1.");
    const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    for (int i = 0; i < 184; ++i)
        code.append(alphabet.at((i * 7 + 3) % alphabet.size()));
    return code;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT
private slots:
    void ticketCodesAreAlphanumeric()
    {
        QVERIFY(QrCode::isAlphanumeric(ticketLikeCode()));
        QVERIFY(!QrCode::isAlphanumeric(QByteArrayLiteral("ts1.abc")));
        QVERIFY(!QrCode::isAlphanumeric(QByteArrayLiteral("A_B")));
    }

    void alphanumericModeMakesASmallerSymbol()
    {
        const QByteArray code = ticketLikeCode();
        const auto upper = QrCode::render(code, 1);
        // Lower case forces 8-bit mode, which needs more modules for the same length.
        const auto lower = QrCode::render(code.toLower(), 1);
        QVERIFY(upper && lower);
        QVERIFY(upper->width() < lower->width());
    }

    void renderHasQuietZoneAndModuleSize()
    {
        const auto image = QrCode::render(QByteArrayLiteral("TS1.HELLO"), 5);
        QVERIFY(image);
        QCOMPARE(image->width(), image->height());
        QCOMPARE(image->width() % 5, 0);
        // Version 1 is 21 modules; the quiet zone adds 4 on each side.
        QCOMPARE(image->width(), (21 + 2 * QrCode::kQuietZoneModules) * 5);
        for (int i = 0; i < QrCode::kQuietZoneModules * 5; ++i)
            QCOMPARE(image->pixelColor(i, i), QColor(Qt::white));
        const int first = QrCode::kQuietZoneModules * 5;
        QCOMPARE(image->pixelColor(first, first), QColor(Qt::black)); // finder pattern corner
    }

    void emptyTextOrBadModuleSizeGivesNothing()
    {
        QVERIFY(!QrCode::render(QByteArray(), 4));
        QVERIFY(!QrCode::render(QByteArrayLiteral("A"), 0));
        QVERIFY(!QrCode::render(QByteArray(8000, 'x'), 2)); // beyond version 40
    }

    void renderedCodeDecodesToTheText()
    {
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty())
            QFAIL("zbarimg (zbar-tools) is not installed");
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("code.png"));
        const QByteArray code = ticketLikeCode();
        QVERIFY(QrCode::render(code, 4)->save(png));
        QProcess zbar;
        zbar.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), png});
        QVERIFY(zbar.waitForFinished(30000));
        QCOMPARE(zbar.readAllStandardOutput().trimmed(), code);
    }
};

QTEST_MAIN(TestQrCode)
#include "testqrcode.moc"
