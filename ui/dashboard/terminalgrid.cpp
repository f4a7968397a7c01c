// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/terminalgrid.h"

#include "console/venuetime.h"

#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera {

namespace {

QString colourOf(const QString &status)
{
    if (status == QLatin1String("green"))
        return QStringLiteral("#2e7d32");
    if (status == QLatin1String("amber"))
        return QStringLiteral("#f9a825");
    return QStringLiteral("#c62828");
}

} // namespace

TerminalGrid::TerminalGrid(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("terminalsNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_grid = new QGridLayout;
    m_grid->setSpacing(6);
    layout->addLayout(m_grid);
}

void TerminalGrid::showNote(const QString &text)
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QToolButton *TerminalGrid::tile(const QString &terminal) const
{
    for (QToolButton *t : m_tiles) {
        if (t->property("terminal").toString() == terminal)
            return t;
    }
    return nullptr;
}

void TerminalGrid::show(const QJsonArray &terminals, const QString &selected, const VenueTime &time)
{
    const QLocale locale;
    while (m_tiles.size() > terminals.size())
        delete m_tiles.takeLast();
    for (int i = 0; i < terminals.size(); ++i) {
        const QJsonObject t = terminals[i].toObject();
        const QString name = t[QLatin1String("terminal")].toString();
        if (i == m_tiles.size()) {
            auto *button = new QToolButton(this);
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            button->setMinimumHeight(48);
            connect(button, &QToolButton::clicked, this, [this, button] {
                emit terminalClicked(button->property("terminal").toString());
            });
            m_grid->addWidget(button, i / kColumns, i % kColumns);
            m_tiles.push_back(button);
        }
        QToolButton *button = m_tiles[i];
        const QString status = t[QLatin1String("status")].toString();
        button->setObjectName(QStringLiteral("terminal-") + name);
        button->setProperty("terminal", name);
        button->setProperty("status", status);
        button->setText(tr("%1\nbacklog %2 · lag %3 s")
                            .arg(name, locale.toString(t[QLatin1String("backlog")].toInteger()),
                                 locale.toString(t[QLatin1String("sync_lag_s")].toInteger())));
        const QDateTime seen = VenueTime::instant(t[QLatin1String("last_seen")].toString());
        button->setToolTip(seen.isValid() ? tr("Last heard from at %1; click for its figures")
                                                .arg(time.dateTime(seen.toMSecsSinceEpoch()))
                                          : tr("Not heard from since the server started"));
        button->setStyleSheet(
            QStringLiteral("QToolButton { background: %1; color: %2; border-radius: 4px; "
                           "font-weight: bold; border: %3; }")
                .arg(colourOf(status),
                     status == QLatin1String("amber") ? QStringLiteral("black")
                                                      : QStringLiteral("white"),
                     name == selected ? QStringLiteral("3px solid #0d47a1")
                                      : QStringLiteral("none")));
    }
    m_note->setVisible(terminals.isEmpty());
    if (terminals.isEmpty())
        m_note->setText(tr("No terminal is enrolled with the server yet."));
}

} // namespace tessera
