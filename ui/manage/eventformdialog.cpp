// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventformdialog.h"
#include "console/messagelabel.h"

#include "common/clock.h"
#include "common/money.h"
#include "console/consolecontext.h"
#include "eventpricingeditor.h"
#include "eventtimesform.h"
#include "setup/createeventcommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tessera {

EventFormDialog::EventFormDialog(ConsoleContext &context, const QList<VenueChoice> &venues,
                                 const QString &defaultCurrency, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_venues(venues)
{
    setObjectName(QStringLiteral("eventFormDialog"));
    setWindowTitle(tr("New event"));
    resize(1100, 680);
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_venue = new QComboBox(this);
    m_venue->setObjectName(QStringLiteral("eventVenue"));
    for (const VenueChoice &venue : std::as_const(m_venues))
        m_venue->addItem(venue.name, venue.id);
    form->addRow(tr("&Venue"), m_venue);
    m_zone = new QLabel(this);
    m_zone->setObjectName(QStringLiteral("eventZone"));
    m_zone->setWordWrap(true);
    m_times = std::make_unique<EventTimesForm>(QStringLiteral("event"), form, m_zone, this);
    m_times->name->setPlaceholderText(tr("e.g. Winter Gala"));
    m_times->hasSaleEnd->setChecked(true);
    m_currency = new QLineEdit(defaultCurrency, this);
    m_currency->setObjectName(QStringLiteral("eventCurrency"));
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setToolTip(tr("Three-letter ISO 4217 code, such as CNY"));
    form->addRow(tr("&Currency"), m_currency);
    auto *hint = new QLabel(tr("Without an opening time, sales open as soon as the event is "
                               "created."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #546e7a;"));
    form->addRow(QString(), hint);
    auto *formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setMinimumWidth(360);
    formBox->setMaximumWidth(460);
    columns->addWidget(formBox);

    m_pricing = new EventPricingEditor(this);
    m_pricing->setObjectName(QStringLiteral("eventPricing"));
    columns->addWidget(m_pricing, 1);
    m_pricing->addTicketType(QStringLiteral("adult"), tr("Adult"));
    m_pricing->addTicketType(QStringLiteral("child"), tr("Child"));
    m_pricing->addTicketType(QStringLiteral("student"), tr("Student"));

    m_error = new MessageLabel(QStringLiteral("eventError"), this);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_create = new QPushButton(tr("C&reate event"), this);
    m_create->setObjectName(QStringLiteral("createEventButton"));
    m_create->setAutoDefault(false);
    buttons->addWidget(m_create);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setAutoDefault(false);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);

    // A month ahead at 19:30, two and a half hours, sales closing at the start.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_context.clock().nowMs(), Qt::UTC);
    const QDateTime start(now.date().addDays(30), QTime(19, 30));
    m_times->starts->setDateTime(start);
    m_times->ends->setDateTime(start.addSecs(150 * 60));
    m_times->saleStarts->setDateTime(QDateTime(now.date(), QTime(10, 0)));
    m_times->saleEnds->setDateTime(start);

    connect(m_venue, &QComboBox::currentIndexChanged, this, &EventFormDialog::venueChosen);
    connect(m_times->starts, &QDateTimeEdit::dateTimeChanged, this,
            [this](const QDateTime &startsAt) {
                if (m_times->ends->dateTime() <= startsAt)
                    m_times->ends->setDateTime(startsAt.addSecs(150 * 60));
            });
    connect(m_currency, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_currency->setText(text.toUpper()); });
    connect(m_create, &QPushButton::clicked, this, &EventFormDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    venueChosen();
    m_times->name->setFocus();
}

void EventFormDialog::venueChosen()
{
    const int index = m_venue->currentIndex();
    if (index < 0 || index >= m_venues.size()) {
        m_zone->setText(tr("Import a venue first (Venues tab)."));
        m_pricing->setCategories({});
        return;
    }
    const VenueChoice &venue = m_venues[index];
    const QTimeZone zone(venue.timezone.toUtf8());
    m_zone->setText(
        tr("Times are local to the venue: %1 (%2).")
            .arg(venue.timezone, zone.displayName(QTimeZone::GenericTime, QTimeZone::OffsetName)));
    m_pricing->setCategories(venue.categories);
}

EventFormDialog::~EventFormDialog() = default;

QString EventFormDialog::describe(const QString &where) const
{
    if (where == QLatin1String("venue"))
        return tr("Venue");
    if (const QString label = EventTimesForm::describe(where); !label.isEmpty())
        return label;
    if (where == QLatin1String("currency"))
        return tr("Currency");
    const QString table = m_pricing->describe(where);
    return table.isEmpty() ? where : table;
}

void EventFormDialog::submit()
{
    if (m_busy)
        return;
    m_error->hide();
    auto refuse = [this](QWidget *field, const QString &message) {
        showError(message);
        if (field)
            field->setFocus();
    };
    const int index = m_venue->currentIndex();
    if (index < 0 || index >= m_venues.size())
        return refuse(m_venue, tr("Venue: pick the venue of the event."));
    const VenueChoice &venue = m_venues[index];
    EventTimes times;
    if (const EventTimesRefusal refusal = m_times->read(venue.timezone, times); refusal.field)
        return refuse(refusal.field, refusal.message);
    if (times.saleEnds.isValid() && times.saleEnds > times.ends)
        return refuse(m_times->saleEnds,
                      tr("Sales close at: sales close after the event has ended."));
    const QString currency = m_currency->text().trimmed().toUpper();
    if (!isCurrencyCode(currency))
        return refuse(m_currency, tr("Currency: a three-letter code such as CNY."));
    auto pricing = m_pricing->read();
    if (!pricing)
        return showError(pricing.error().message);

    QJsonObject request{{QStringLiteral("venue"), venue.id},
                        {QStringLiteral("name"), times.name},
                        {QStringLiteral("starts_at"), times.starts.toString(Qt::ISODate)},
                        {QStringLiteral("ends_at"), times.ends.toString(Qt::ISODate)},
                        {QStringLiteral("currency"), currency},
                        {QStringLiteral("ticket_types"), pricing->ticketTypes},
                        {QStringLiteral("prices"), pricing->prices},
                        {QStringLiteral("ga"), pricing->ga}};
    if (times.saleStarts.isValid())
        request.insert(QStringLiteral("sale_starts_at"), times.saleStarts.toString(Qt::ISODate));
    if (times.saleEnds.isValid())
        request.insert(QStringLiteral("sale_ends_at"), times.saleEnds.toString(Qt::ISODate));
    auto command = CreateEventCommand::fromJson(request);
    if (!command)
        return showError(
            tr("%1: %2").arg(describe(command.error().where), command.error().message));
    m_busy = true;
    m_create->setEnabled(false);
    m_context.run(
        std::move(*command), this, [this, name = times.name](const CommandOutcome &outcome) {
            m_busy = false;
            m_create->setEnabled(true);
            if (!outcome.result) {
                const Error &e = outcome.result.error();
                showError(e.where.isEmpty() ? tr("The event was not created: %1").arg(e.message)
                                            : tr("The event was not created. %1: %2")
                                                  .arg(describe(e.where), e.message));
                return;
            }
            emit created(name);
            accept();
        });
}

void EventFormDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace tessera
