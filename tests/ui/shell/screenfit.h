// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QWidget;

// What the screen-fit and keyboard tests share: the counter's screen, and
// whether a window or a widget fits it.
namespace tessera::test {

// A 1280×720 screen less a window manager's title bar (32 px). Another size
// for screenshots: TESSERA_SCREENFIT_SIZE=1366x768.
QSize counterScreen();
QSize counterWindowSize();

// Lets pending layouts and posted events run.
void settleLayouts();
// The window's size and its minimum both within the counter's window size.
bool fitsCounter(const QWidget &window);
// A dialog's frame within the counter's screen, no smaller than its minimum.
bool dialogFitsCounter(const QWidget &dialog);
// Shown, not hidden by a parent or cut by the window's edge.
bool fullyInSight(const QWidget *widget);
// Word-wrapped labels given less height than their text needs (a second
// line cut off); their names.
QStringList cutLabels(const QWidget &window);
// Sizes and minimum size hints, for failure messages.
QString describeFit(const QWidget &window);
// A grab into $TESSERA_SCREENFIT_DIR (nothing when unset), for a person to look at.
void saveShot(QWidget &widget, const QString &name);

} // namespace tessera::test
