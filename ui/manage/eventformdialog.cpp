// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventformdialog.h"
#include "console/messagelabel.h"

#include "common/clock.h"
#include "common/money.h"
#include "console/consolecontext.h"
#include "eventpricingeditor.h"
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

namespace {

QDateTimeEdit *makeDateTimeEdit(const QString &name, QWidget *parent)
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
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("eventName"));
    m_name->setPlaceholderText(tr("e.g. Winter Gala"));
    form->addRow(tr("&Name"), m_name);
    m_zone = new QLabel(this);
    m_zone->setObjectName(QStringLiteral("eventZone"));
    m_zone->setWordWrap(true);
    form->addRow(QString(), m_zone);
    m_starts = makeDateTimeEdit(QStringLiteral("eventStarts"), this);
    form->addRow(tr("&Starts at"), m_starts);
    m_ends = makeDateTimeEdit(QStringLiteral("eventEnds"), this);
    form->addRow(tr("&Ends at"), m_ends);
    m_hasSaleStart = new QCheckBox(tr("Sales open at"), this);
    m_hasSaleStart->setObjectName(QStringLiteral("eventHasSaleStart"));
    m_saleStarts = makeDateTimeEdit(QStringLiteral("eventSaleStarts"), this);
    m_saleStarts->setEnabled(false);
    form->addRow(m_hasSaleStart, m_saleStarts);
    m_hasSaleEnd = new QCheckBox(tr("Sales close at"), this);
    m_hasSaleEnd->setObjectName(QStringLiteral("eventHasSaleEnd"));
    m_hasSaleEnd->setChecked(true);
    m_saleEnds = makeDateTimeEdit(QStringLiteral("eventSaleEnds"), this);
    form->addRow(m_hasSaleEnd, m_saleEnds);
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
    m_starts->setDateTime(start);
    m_ends->setDateTime(start.addSecs(150 * 60));
    m_saleStarts->setDateTime(QDateTime(now.date(), QTime(10, 0)));
    m_saleEnds->setDateTime(start);

    connect(m_venue, &QComboBox::currentIndexChanged, this, &EventFormDialog::venueChosen);
    connect(m_starts, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &startsAt) {
        if (m_ends->dateTime() <= startsAt)
            m_ends->setDateTime(startsAt.addSecs(150 * 60));
    });
    connect(m_hasSaleStart, &QCheckBox::toggled, m_saleStarts, &QWidget::setEnabled);
    connect(m_hasSaleEnd, &QCheckBox::toggled, m_saleEnds, &QWidget::setEnabled);
    connect(m_currency, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_currency->setText(text.toUpper()); });
    connect(m_create, &QPushButton::clicked, this, &EventFormDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    venueChosen();
    m_name->setFocus();
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

QString EventFormDialog::describe(const QString &where) const
{
    if (where == QLatin1String("venue"))
        return tr("Venue");
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
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return refuse(m_name, tr("Name: give the event a name."));
    const QTimeZone zone(venue.timezone.toUtf8());
    const QDateTime starts = zonedTime(m_starts, zone);
    const QDateTime ends = zonedTime(m_ends, zone);
    const QString skipped = tr("%1: this time does not exist in %2 (the clocks change).");
    if (!starts.isValid())
        return refuse(m_starts, skipped.arg(tr("Starts at"), venue.timezone));
    if (!ends.isValid())
        return refuse(m_ends, skipped.arg(tr("Ends at"), venue.timezone));
    if (ends <= starts)
        return refuse(m_ends, tr("Ends at: the event ends before it starts."));
    const QDateTime saleStarts = zonedTime(m_saleStarts, zone);
    const QDateTime saleEnds = zonedTime(m_saleEnds, zone);
    if (m_hasSaleStart->isChecked() && !saleStarts.isValid())
        return refuse(m_saleStarts, skipped.arg(tr("Sales open at"), venue.timezone));
    if (m_hasSaleEnd->isChecked() && !saleEnds.isValid())
        return refuse(m_saleEnds, skipped.arg(tr("Sales close at"), venue.timezone));
    if (m_hasSaleStart->isChecked() && m_hasSaleEnd->isChecked() && saleEnds <= saleStarts)
        return refuse(m_saleEnds, tr("Sales close at: sales close before they open."));
    if (m_hasSaleEnd->isChecked() && saleEnds > ends)
        return refuse(m_saleEnds, tr("Sales close at: sales close after the event has ended."));
    const QString currency = m_currency->text().trimmed().toUpper();
    if (!isCurrencyCode(currency))
        return refuse(m_currency, tr("Currency: a three-letter code such as CNY."));
    auto pricing = m_pricing->read();
    if (!pricing)
        return showError(pricing.error().message);

    QJsonObject request{{QStringLiteral("venue"), venue.id},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("starts_at"), starts.toString(Qt::ISODate)},
                        {QStringLiteral("ends_at"), ends.toString(Qt::ISODate)},
                        {QStringLiteral("currency"), currency},
                        {QStringLiteral("ticket_types"), pricing->ticketTypes},
                        {QStringLiteral("prices"), pricing->prices},
                        {QStringLiteral("ga"), pricing->ga}};
    if (m_hasSaleStart->isChecked())
        request.insert(QStringLiteral("sale_starts_at"), saleStarts.toString(Qt::ISODate));
    if (m_hasSaleEnd->isChecked())
        request.insert(QStringLiteral("sale_ends_at"), saleEnds.toString(Qt::ISODate));
    auto command = CreateEventCommand::fromJson(request);
    if (!command)
        return showError(
            tr("%1: %2").arg(describe(command.error().where), command.error().message));
    m_busy = true;
    m_create->setEnabled(false);
    m_context.run(std::move(*command), this, [this, name](const CommandOutcome &outcome) {
        m_busy = false;
        m_create->setEnabled(true);
        if (!outcome.result) {
            const Error &e = outcome.result.error();
            showError(
                e.where.isEmpty()
                    ? tr("The event was not created: %1").arg(e.message)
                    : tr("The event was not created. %1: %2").arg(describe(e.where), e.message));
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
