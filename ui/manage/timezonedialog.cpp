// SPDX-License-Identifier: GPL-3.0-or-later
#include "timezonedialog.h"

#include "console/consolecontext.h"
#include "console/messagelabel.h"
#include "setup/boxofficetimezone.h"
#include "timezonebox.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

TimeZoneDialog::TimeZoneDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("timeZoneDialog"));
    setWindowTitle(tr("Box office time zone"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("Every time the console shows or prints (the clock, orders, "
                                "shifts, check-in, receipts and Z-reports) is in this zone, "
                                "whatever the computer's own zone. Shows are always in their "
                                "venue's zone."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);

    auto *form = new QFormLayout;
    m_zone = new TimeZoneBox(BoxOfficeTimeZone::read(m_context.reader()), this);
    m_zone->setObjectName(QStringLiteral("boxOfficeTimeZone"));
    form->addRow(tr("&Time zone"), m_zone);
    layout->addLayout(form);

    m_error = new MessageLabel(QStringLiteral("timeZoneError"), this);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveTimeZone"));
    m_save->setDefault(true);
    buttons->addWidget(m_save);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &TimeZoneDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_zone->setFocus();
}

QString TimeZoneDialog::zone() const
{
    return m_zone->zone();
}

void TimeZoneDialog::setZone(const QString &zone)
{
    m_zone->setCurrentText(zone);
}

void TimeZoneDialog::submit()
{
    if (!m_save->isEnabled())
        return;
    m_error->say({});
    const QString zone = m_zone->zone();
    auto command =
        SetBoxOfficeTimeZoneCommand::fromJson(QJsonObject{{QStringLiteral("timezone"), zone}});
    if (!command) {
        m_error->say(command.error().message);
        m_zone->setFocus();
        return;
    }
    m_save->setEnabled(false);
    m_context.run(std::move(*command), this, [this, zone](const CommandOutcome &outcome) {
        m_save->setEnabled(true);
        if (!outcome.result) {
            m_error->say(tr("Not saved: %1").arg(outcome.result.error().message));
            return;
        }
        emit saved(zone);
        accept();
    });
}

} // namespace tessera
