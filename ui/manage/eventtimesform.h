// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QCheckBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace tessera {

// What EventTimesForm read: instants in the venue's zone. A sale limit that
// is not ticked is an invalid QDateTime.
struct EventTimes
{
    QString name;
    QDateTime starts;
    QDateTime ends;
    QDateTime saleStarts;
    QDateTime saleEnds;
};

// The first refusal of EventTimesForm::read: the field to put the cursor in
// and a message that names it. Empty when everything was accepted.
struct EventTimesRefusal
{
    QWidget *field = nullptr;
    QString message;
};

// The rows an event's name, times and sale window take in New event and Edit
// event: the same widgets (object names "<prefix>Name", "<prefix>Starts", …),
// read as wall-clock times in the venue's zone and checked the same way
// before create_event or edit_event is sent.
class EventTimesForm
{
    Q_DECLARE_TR_FUNCTIONS(tessera::EventTimesForm)

public:
    // Adds the rows to `form`, the zone's label (the dialog's own) under the name.
    EventTimesForm(const QString &prefix, QFormLayout *form, QLabel *zoneLabel, QWidget *parent);

    // The label of a create_event/edit_event field these rows hold
    // ("starts_at": "Starts at"); empty for any other field.
    static QString describe(const QString &where);

    // The name and times in `zoneName`, or the first refusal: no name, a
    // time the clocks skip, an end before the start, sales closing before
    // they open.
    EventTimesRefusal read(const QString &zoneName, EventTimes &times) const;

    QLineEdit *name = nullptr;
    QDateTimeEdit *starts = nullptr;
    QDateTimeEdit *ends = nullptr;
    QCheckBox *hasSaleStart = nullptr;
    QDateTimeEdit *saleStarts = nullptr;
    QCheckBox *hasSaleEnd = nullptr;
    QDateTimeEdit *saleEnds = nullptr;
};

} // namespace tessera
