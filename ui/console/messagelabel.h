// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace tessera {

// The line under a form or a panel that says what went wrong (or right), in
// the same colours on every screen; hidden while there is nothing to say.
class MessageLabel : public QLabel
{
    Q_OBJECT
public:
    enum class Tone { Error, Success, Info };

    MessageLabel(const QString &objectName, QWidget *parent);

    // Shows `text` in `tone`; empty text hides the line.
    void say(const QString &text, Tone tone = Tone::Error);
    // The style sheet of a tone, for labels that are not MessageLabels.
    static QString styleSheetFor(Tone tone);
};

} // namespace tessera
