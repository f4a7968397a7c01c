// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelabel.h"

namespace tessera {

MessageLabel::MessageLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(styleSheetFor(Tone::Error));
    hide();
}

void MessageLabel::say(const QString &text, Tone tone)
{
    setStyleSheet(styleSheetFor(tone));
    setText(text);
    setVisible(!text.isEmpty());
}

QString MessageLabel::styleSheetFor(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return QStringLiteral("color: #b3261e; font-weight: bold;");
    case Tone::Success:
        return QStringLiteral("color: #1b5e20; font-weight: bold;");
    case Tone::Info:
        break;
    }
    return QStringLiteral("color: #455a64;");
}

} // namespace tessera
