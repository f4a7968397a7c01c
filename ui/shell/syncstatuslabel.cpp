// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/syncstatuslabel.h"

#include "console/messagelabel.h"
#include "console/venuetime.h"

#include <QDateTime>

namespace tessera {

SyncStatusLabel::SyncStatusLabel(ConsoleContext &context, QWidget *parent)
    : QLabel(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("syncStatus"));
    setVisible(false);
}

QString SyncStatusLabel::text(const SyncStatus &s, const VenueTime &time)
{
    const QString last =
        s.lastSyncMs ? time.time(QDateTime::fromMSecsSinceEpoch(s.lastSyncMs)) : tr("never");
    switch (s.state) {
    case SyncStatus::State::NotEnrolled:
        return {};
    case SyncStatus::State::Online:
        return tr("Server: online · %n to send · synced %1", nullptr, int(s.backlog())).arg(last);
    case SyncStatus::State::Offline:
        return tr("Server: offline · %n to send · last sync %1 (selling goes on)", nullptr,
                  int(s.backlog()))
            .arg(last);
    case SyncStatus::State::Revoked:
        return tr("Server: this terminal was revoked · %n not sent", nullptr, int(s.backlog()));
    case SyncStatus::State::Failing:
        return tr("Server: sync failing · %n to send", nullptr, int(s.backlog()));
    }
    return {};
}

void SyncStatusLabel::showStatus(const SyncStatus &s)
{
    setText(text(s, VenueTime::boxOffice(m_context)));
    setToolTip(s.message);
    const bool trouble = s.state == SyncStatus::State::Revoked ||
                         s.state == SyncStatus::State::Failing ||
                         s.state == SyncStatus::State::Offline;
    setStyleSheet(trouble ? MessageLabel::styleSheetFor(s.state == SyncStatus::State::Offline
                                                            ? MessageLabel::Tone::Info
                                                            : MessageLabel::Tone::Error)
                          : QString());
    setVisible(s.state != SyncStatus::State::NotEnrolled);
}

} // namespace tessera
