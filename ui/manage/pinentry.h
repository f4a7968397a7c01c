// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QLineEdit;
class QWidget;

namespace tessera {

// A new PIN, typed twice: digits only (the counter has a keypad), at least
// kMinLength of them.
class PinEntry
{
    Q_DECLARE_TR_FUNCTIONS(tessera::PinEntry)

public:
    static constexpr int kMinLength = 4;

    static QLineEdit *makeField(const QString &objectName, QWidget *parent);
    // What is wrong with the pair, or an empty string when it is fine.
    static QString problem(const QString &pin, const QString &again);
};

} // namespace tessera
