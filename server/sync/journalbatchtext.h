// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/journalbatch.h"

#include <QByteArrayView>

#include <optional>
#include <vector>

namespace tessera {

// Journal up's fast path: a POST /v1/journal body read straight into its
// entries, in one pass over the bytes, without building a QJsonDocument (the
// server's largest cost per entry: Qt's parser builds every escaped payload
// character by character as UTF-16, and JsonFields looks each key up again).
//
// It takes only what JournalBatch::parse() takes, and reads it the same way:
// anything it is not sure of — a syntax error, an unknown, duplicate or
// missing field, a number that is not a plain positive integer, a text that
// is blank or not valid UTF-8, a lone surrogate, too many entries, a hole in
// the sequence, a payload that is not a JSON object's text — answers
// nullopt, and the caller parses the body the slow way, which refuses it
// with its reason or accepts it (e.g. a number written 1e3).
class JournalBatchText
{
public:
    static std::optional<std::vector<ShippedEntry>> parse(QByteArrayView body);
};

} // namespace tessera
