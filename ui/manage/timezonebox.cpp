// SPDX-License-Identifier: GPL-3.0-or-later
#include "timezonebox.h"

#include <QCompleter>
#include <QTimeZone>

namespace tessera {

TimeZoneBox::TimeZoneBox(const QString &zone, QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zones)
        addItem(QString::fromUtf8(id));
    setCurrentText(zone);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
}

QString TimeZoneBox::zone() const
{
    return currentText().trimmed();
}

} // namespace tessera
