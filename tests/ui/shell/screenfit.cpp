// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenfit.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPixmap>
#include <QTest>
#include <QWidget>

namespace tessera::test {

QSize counterScreen()
{
    const QStringList parts =
        qEnvironmentVariable("TESSERA_SCREENFIT_SIZE").split(QLatin1Char('x'));
    if (parts.size() == 2 && parts[0].toInt() > 0 && parts[1].toInt() > 0)
        return {parts[0].toInt(), parts[1].toInt()};
    return {1280, 720};
}

QSize counterWindowSize()
{
    return counterScreen() - QSize(0, 32);
}

void settleLayouts()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::sendPostedEvents();
        QApplication::processEvents();
        QTest::qWait(10);
    }
}

bool fitsCounter(const QWidget &window)
{
    const QSize limit = counterWindowSize();
    const QSize min = window.minimumSizeHint().expandedTo(window.minimumSize());
    return window.width() <= limit.width() && window.height() <= limit.height() &&
           min.width() <= limit.width() && min.height() <= limit.height();
}

bool dialogFitsCounter(const QWidget &dialog)
{
    const QSize limit = counterWindowSize();
    const QSize min = dialog.minimumSizeHint().expandedTo(dialog.minimumSize());
    return dialog.width() <= limit.width() && dialog.height() <= limit.height() &&
           min.width() <= dialog.width() && min.height() <= dialog.height();
}

bool fullyInSight(const QWidget *widget)
{
    if (!widget || !widget->isVisible())
        return false;
    // Inside every parent up to the window: not cut by a splitter, a scroll
    // area's viewport or the window's edge.
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->rect().contains(QRect(widget->mapTo(parent, QPoint(0, 0)), widget->size())))
            return false;
        if (parent->isWindow())
            break;
    }
    return true;
}

QStringList cutLabels(const QWidget &window)
{
    QStringList cut;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
            continue;
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1)
            cut.push_back(QStringLiteral("%1 \"%2\" (%3 of %4 px)")
                              .arg(label->objectName(), label->text().left(40))
                              .arg(label->height())
                              .arg(needed));
    }
    return cut;
}

QString describeFit(const QWidget &window)
{
    QString text = QStringLiteral(": size %1x%2, minimum hint %3x%4")
                       .arg(window.width())
                       .arg(window.height())
                       .arg(window.minimumSizeHint().width())
                       .arg(window.minimumSizeHint().height());
    // The widest things, to say what forces the width.
    const QSize limit = counterWindowSize();
    for (const QWidget *child : window.findChildren<QWidget *>()) {
        if (!child->isVisible())
            continue;
        const QSize hint = child->minimumSizeHint();
        if (hint.width() > limit.width() / 3 || hint.height() > limit.height() / 2)
            text +=
                QStringLiteral("\n  %1 (%2) min %3x%4")
                    .arg(child->objectName(), QString::fromLatin1(child->metaObject()->className()))
                    .arg(hint.width())
                    .arg(hint.height());
    }
    return text;
}

void saveShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TESSERA_SCREENFIT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QSize screen = counterScreen();
    widget.grab().save(QDir(dir).filePath(
        QStringLiteral("%1-%2x%3.png").arg(name).arg(screen.width()).arg(screen.height())));
}

} // namespace tessera::test
