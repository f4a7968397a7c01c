// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutlist.h"

#include <QAction>
#include <QRegularExpression>
#include <QStringList>

namespace tessera {

namespace {

// "&Refund…" as a sentence: "Refund".
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

QString actionText(const QAction &action)
{
    const QString help = action.property("shortcutHelpText").toString();
    return help.isEmpty() ? plainText(action.text()) : help;
}

QString keysText(const QList<QKeySequence> &shortcuts)
{
    QStringList keys;
    for (const QKeySequence &keySequence : shortcuts)
        keys.push_back(keySequence.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(" / "));
}

} // namespace

ShortcutSection ShortcutSection::fromActions(const QString &title, const QList<QAction *> &actions)
{
    ShortcutSection section{title, {}};
    for (QAction *action : actions) {
        if (!action || action->shortcuts().isEmpty() || !action->isVisible())
            continue;
        if (action->property("shortcutHelpHidden").toBool())
            continue;
        const QString shownKeys = action->property("shortcutHelpKeys").toString();
        QList<QKeySequence> shortcuts = action->shortcuts();
        // Enter and the keypad's Enter are one key to a cashier.
        if (shortcuts.size() == 2 &&
            shortcuts[1].toString().replace(QStringLiteral("Enter"), QStringLiteral("Return")) ==
                shortcuts[0].toString())
            shortcuts.removeLast();
        section.entries.push_back(
            {shownKeys.isEmpty() ? keysText(shortcuts) : shownKeys, actionText(*action), action});
    }
    return section;
}

void ShortcutSection::add(const QKeySequence &keys, const QString &text)
{
    entries.push_back({keys.toString(QKeySequence::NativeText), plainText(text), nullptr});
}

} // namespace tessera
