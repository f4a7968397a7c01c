// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtimesform.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>

namespace tessera {

namespace {

QDateTimeEdit *makeTimeEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    return edit;
}

// The wall-clock time of `edit` in `zone`, invalid when the clocks skip it.
QDateTime zonedTime(const QDateTimeEdit *edit, const QTimeZone &zone)
{
    return QDateTime(edit->date(), edit->time(), zone);
}

} // namespace

EventTimesForm::EventTimesForm(const QString &prefix, QFormLayout *form, QLabel *zoneLabel,
                               QWidget *parent)
{
    name = new QLineEdit(parent);
    name->setObjectName(prefix + QStringLiteral("Name"));
    form->addRow(tr("&Name"), name);
    form->addRow(QString(), zoneLabel);
    starts = makeTimeEdit(prefix + QStringLiteral("Starts"), parent);
    form->addRow(tr("&Starts at"), starts);
    ends = makeTimeEdit(prefix + QStringLiteral("Ends"), parent);
    form->addRow(tr("&Ends at"), ends);
    hasSaleStart = new QCheckBox(tr("Sales open at"), parent);
    hasSaleStart->setObjectName(prefix + QStringLiteral("HasSaleStart"));
    saleStarts = makeTimeEdit(prefix + QStringLiteral("SaleStarts"), parent);
    saleStarts->setEnabled(false);
    form->addRow(hasSaleStart, saleStarts);
    hasSaleEnd = new QCheckBox(tr("Sales close at"), parent);
    hasSaleEnd->setObjectName(prefix + QStringLiteral("HasSaleEnd"));
    saleEnds = makeTimeEdit(prefix + QStringLiteral("SaleEnds"), parent);
    saleEnds->setEnabled(false);
    form->addRow(hasSaleEnd, saleEnds);
    QObject::connect(hasSaleStart, &QCheckBox::toggled, saleStarts, &QWidget::setEnabled);
    QObject::connect(hasSaleEnd, &QCheckBox::toggled, saleEnds, &QWidget::setEnabled);
}

QString EventTimesForm::describe(const QString &where)
{
    if (where == QLatin1String("name"))
        return tr("Name");
    if (where == QLatin1String("starts_at"))
        return tr("Starts at");
    if (where == QLatin1String("ends_at"))
        return tr("Ends at");
    if (where == QLatin1String("sale_starts_at"))
        return tr("Sales open at");
    if (where == QLatin1String("sale_ends_at"))
        return tr("Sales close at");
    return {};
}

EventTimesRefusal EventTimesForm::read(const QString &zoneName, EventTimes &times) const
{
    times.name = name->text().trimmed();
    if (times.name.isEmpty())
        return {name, tr("Name: give the event a name.")};
    const QTimeZone zone(zoneName.toUtf8());
    const QString skipped = tr("%1: this time does not exist in %2 (the clocks change).");
    times.starts = zonedTime(starts, zone);
    times.ends = zonedTime(ends, zone);
    if (!times.starts.isValid())
        return {starts, skipped.arg(tr("Starts at"), zoneName)};
    if (!times.ends.isValid())
        return {ends, skipped.arg(tr("Ends at"), zoneName)};
    if (times.ends <= times.starts)
        return {ends, tr("Ends at: the event ends before it starts.")};
    times.saleStarts = hasSaleStart->isChecked() ? zonedTime(saleStarts, zone) : QDateTime();
    times.saleEnds = hasSaleEnd->isChecked() ? zonedTime(saleEnds, zone) : QDateTime();
    if (hasSaleStart->isChecked() && !times.saleStarts.isValid())
        return {saleStarts, skipped.arg(tr("Sales open at"), zoneName)};
    if (hasSaleEnd->isChecked() && !times.saleEnds.isValid())
        return {saleEnds, skipped.arg(tr("Sales close at"), zoneName)};
    if (times.saleStarts.isValid() && times.saleEnds.isValid() &&
        times.saleEnds <= times.saleStarts)
        return {saleEnds, tr("Sales close at: sales close before they open.")};
    return {};
}

} // namespace tessera
