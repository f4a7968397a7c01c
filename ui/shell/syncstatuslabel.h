// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncagent.h"

#include <QLabel>

namespace tessera {

class ConsoleContext;
class VenueTime;

// The status bar's word on the server: "Server: online · 0 to send · synced
// 14:05", "Server: offline · 12 to send · last sync 13:50 (selling goes on)",
// "Server: terminal BOX-1 revoked". Hidden while the console is not enrolled.
class SyncStatusLabel : public QLabel
{
    Q_OBJECT

public:
    // The last sync is shown in the box office's zone; `context` outlives the label.
    SyncStatusLabel(ConsoleContext &context, QWidget *parent = nullptr);

    void showStatus(const tessera::SyncStatus &status);
    static QString text(const SyncStatus &status, const VenueTime &time);

private:
    ConsoleContext &m_context;
};

} // namespace tessera
