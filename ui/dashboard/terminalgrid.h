// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QWidget>

class QGridLayout;
class QLabel;
class QToolButton;

namespace tessera {

class VenueTime;

// The terminals of a server as tiles: green / amber / red by their last
// heartbeat and unsynced backlog (the server decides, docs/api.md), with
// the backlog and the sync lag; clicking a tile asks for that terminal's
// figures, clicking it again for everyone's.
class TerminalGrid : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kColumns = 6;

    explicit TerminalGrid(QWidget *parent = nullptr);

    // `terminals`: the "terminals" of the server's dashboard figures.
    void show(const QJsonArray &terminals, const QString &selected, const VenueTime &time);
    // A note instead of tiles (no server, or not connected).
    void showNote(const QString &text);
    QToolButton *tile(const QString &terminal) const;

signals:
    void terminalClicked(const QString &terminal);

private:
    QGridLayout *m_grid = nullptr;
    QLabel *m_note = nullptr;
    QList<QToolButton *> m_tiles;
};

} // namespace tessera
