// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace tessera {

// How long the console's event loop is ever held up during a counter sale
// on a big event: the Sell screen opens the event (seat map read on a
// worker, then shown), picks the best seats together, holds them, sells
// them for cash and opens the fulfilment window. A 2 ms timer runs
// throughout; a stall is how late it fires. The keys tessera-bench ui prints:
// counter_stall_max_ms, counter_stall_p99_ms, counter_sale_ms (the whole
// sequence), counter_stall_over_50ms (how many stalls were longer than 50 ms).
QJsonObject counterStallFigures(const QString &databasePath, qint64 eventId);

} // namespace tessera
