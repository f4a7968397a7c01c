// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>

// Fails the test with the error's message when a Result is not ok.
#define TESSERA_VERIFY_OK(result)                                                                  \
    do {                                                                                           \
        const auto &tesseraResult_ = (result);                                                     \
        if (!tesseraResult_.ok())                                                                  \
            QFAIL(qPrintable(tesseraResult_.error().codeName() + QStringLiteral(": ") +            \
                             tesseraResult_.error().toString()));                                  \
    } while (false)
