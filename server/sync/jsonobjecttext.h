// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace tessera {

// Whether a journal entry's payload or result is the text of one JSON object
// (RFC 8259, UTF-8, at most kMaxDepth levels deep), checked in one pass
// without building it: journal up checks two per entry, and QJsonDocument
// built both only to throw them away.
class JsonObjectText
{
public:
    static constexpr int kMaxDepth = 512;

    static bool isValid(QByteArrayView text);
};

} // namespace tessera
