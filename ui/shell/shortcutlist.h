// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;

namespace tessera {

// The keys a screen really has, read off its registered actions: what the
// F12 window lists, so it cannot drift from what works.
struct ShortcutSection
{
    struct Entry
    {
        QString keys;              // as shown: "F8", "Ctrl+Delete", "1 … 9"
        QString text;              // what the key does
        QAction *action = nullptr; // nullptr for a window's own keys
    };

    QString title;
    QList<Entry> entries;

    // One entry per action that has a shortcut; an action may show its keys
    // and text differently (properties "shortcutHelpKeys", "shortcutHelpText")
    // or stand for a group shown once (no "shortcutHelpKeys": none of 2…9).
    static ShortcutSection fromActions(const QString &title, const QList<QAction *> &actions);
    // A key that is not an action (a window's, a button's Alt+letter).
    void add(const QKeySequence &keys, const QString &text);
};

} // namespace tessera
