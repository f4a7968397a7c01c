// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditdialog.h"

#include "console/consolecontext.h"
#include "console/messagelabel.h"
#include "console/moneyformat.h"
#include "eventtimesform.h"
#include "setup/editeventcommand.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tessera {

namespace {

enum PriceColumn { Owner, TicketType, Amount };
// Kept on the owner cell: a seat category or a GA quota, and the type code.
constexpr int KindRole = Qt::UserRole + 1;
constexpr int CodeRole = Qt::UserRole + 2;

// Shows the instant `iso` in `edit` as the venue's wall-clock time.
void showTime(QDateTimeEdit *edit, const QString &iso, const QTimeZone &zone)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate).toTimeZone(zone);
    if (at.isValid())
        edit->setDateTime(QDateTime(at.date(), at.time()));
}

} // namespace

EventEditDialog::EventEditDialog(ConsoleContext &context, const QJsonObject &event, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_event(event)
{
    setObjectName(QStringLiteral("eventEditDialog"));
    setWindowTitle(tr("Edit event"));
    resize(860, 560);
    const QTimeZone zone(event.value(QStringLiteral("timezone")).toString().toUtf8());
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);
    auto *form = new QFormLayout;
    auto *zoneLabel = new QLabel(tr("Times are local to the venue: %1.")
                                     .arg(event.value(QStringLiteral("timezone")).toString()),
                                 this);
    zoneLabel->setWordWrap(true);
    m_times = std::make_unique<EventTimesForm>(QStringLiteral("editEvent"), form, zoneLabel, this);
    m_times->name->setText(event.value(QStringLiteral("name")).toString());
    const QString startsAt = event.value(QStringLiteral("starts_at")).toString();
    const QString endsAt = event.value(QStringLiteral("ends_at")).toString();
    const QString saleStarts = event.value(QStringLiteral("sale_starts_at")).toString();
    const QString saleEnds = event.value(QStringLiteral("sale_ends_at")).toString();
    showTime(m_times->starts, startsAt, zone);
    showTime(m_times->ends, endsAt.isEmpty() ? startsAt : endsAt, zone);
    m_times->hasSaleStart->setChecked(!saleStarts.isEmpty());
    showTime(m_times->saleStarts, saleStarts.isEmpty() ? startsAt : saleStarts, zone);
    m_times->hasSaleEnd->setChecked(!saleEnds.isEmpty());
    showTime(m_times->saleEnds, saleEnds.isEmpty() ? startsAt : saleEnds, zone);
    auto *formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setMaximumWidth(420);
    columns->addWidget(formBox);

    QHash<QString, QString> typeNames;
    for (const QJsonValue &t : event.value(QStringLiteral("ticket_types")).toArray())
        typeNames.insert(t[QStringLiteral("code")].toString(),
                         t[QStringLiteral("name")].toString());
    m_currency = event.value(QStringLiteral("currency")).toString();
    m_prices = new QTableWidget(0, 3, this);
    m_prices->setObjectName(QStringLiteral("editEventPrices"));
    m_prices->setHorizontalHeaderLabels({tr("Seats or area"), tr("Ticket type"), tr("Price")});
    m_prices->horizontalHeader()->setSectionResizeMode(Owner, QHeaderView::Stretch);
    m_prices->verticalHeader()->hide();
    const auto addPrice = [&](const QString &owner, const QString &kind, const QString &code,
                              qint64 amount) {
        const int row = m_prices->rowCount();
        m_prices->insertRow(row);
        auto *ownerItem = new QTableWidgetItem(owner);
        ownerItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        ownerItem->setData(KindRole, kind);
        ownerItem->setData(CodeRole, code);
        m_prices->setItem(row, Owner, ownerItem);
        auto *typeItem = new QTableWidgetItem(typeNames.value(code, code));
        typeItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_prices->setItem(row, TicketType, typeItem);
        m_prices->setItem(row, Amount,
                          new QTableWidgetItem(MoneyFormat::plain(amount, m_currency)));
    };
    for (const QJsonValue &p : event.value(QStringLiteral("prices")).toArray())
        addPrice(p[QStringLiteral("category")].toString(), QStringLiteral("category"),
                 p[QStringLiteral("ticket_type")].toString(),
                 p[QStringLiteral("amount")].toInteger());
    for (const QJsonValue &q : event.value(QStringLiteral("ga")).toArray()) {
        for (const QJsonValue &p : q[QStringLiteral("prices")].toArray())
            addPrice(q[QStringLiteral("name")].toString(), QStringLiteral("ga"),
                     p[QStringLiteral("ticket_type")].toString(),
                     p[QStringLiteral("amount")].toInteger());
    }
    auto *pricesBox = new QVBoxLayout;
    pricesBox->addWidget(new QLabel(tr("Prices in %1 (double-click to change)")
                                        .arg(event.value(QStringLiteral("currency")).toString()),
                                    this));
    pricesBox->addWidget(m_prices, 1);
    columns->addLayout(pricesBox, 1);

    m_error = new MessageLabel(QStringLiteral("editEventError"), this);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save = new QPushButton(tr("&Save changes"), this);
    m_save->setObjectName(QStringLiteral("saveEventButton"));
    m_save->setAutoDefault(false);
    buttons->addWidget(m_save);
    auto *cancel = new QPushButton(tr("Close"), this);
    cancel->setAutoDefault(false);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &EventEditDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_times->name->setFocus();
}

EventEditDialog::~EventEditDialog() = default;

QString EventEditDialog::describe(const QString &where) const
{
    if (const QString label = EventTimesForm::describe(where); !label.isEmpty())
        return label;
    if (where.startsWith(QLatin1String("prices")) || where.startsWith(QLatin1String("ga_prices")))
        return tr("Prices");
    return where;
}

void EventEditDialog::submit()
{
    if (m_busy)
        return;
    m_error->hide();
    const auto refuse = [this](QWidget *field, const QString &message) {
        showError(message);
        if (field)
            field->setFocus();
    };
    EventTimes times;
    if (const EventTimesRefusal refusal =
            m_times->read(m_event.value(QStringLiteral("timezone")).toString(), times);
        refusal.field)
        return refuse(refusal.field, refusal.message);

    QJsonArray prices;
    QJsonArray gaPrices;
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        const QTableWidgetItem *owner = m_prices->item(row, Owner);
        const auto amount = MoneyFormat::parse(m_prices->item(row, Amount)->text(), m_currency);
        if (!amount) {
            m_prices->setCurrentCell(row, Amount);
            return refuse(m_prices, tr("Prices: \"%1\" for %2, %3 is not an amount.")
                                        .arg(m_prices->item(row, Amount)->text(), owner->text(),
                                             m_prices->item(row, TicketType)->text()));
        }
        const bool seats = owner->data(KindRole).toString() == QLatin1String("category");
        QJsonObject price{
            {seats ? QStringLiteral("category") : QStringLiteral("ga"), owner->text()},
            {QStringLiteral("ticket_type"), owner->data(CodeRole).toString()},
            {QStringLiteral("amount"), *amount}};
        (seats ? prices : gaPrices).push_back(price);
    }
    QJsonObject request{{QStringLiteral("event"), m_event.value(QStringLiteral("event"))},
                        {QStringLiteral("name"), times.name},
                        {QStringLiteral("starts_at"), times.starts.toString(Qt::ISODate)},
                        {QStringLiteral("ends_at"), times.ends.toString(Qt::ISODate)},
                        // An empty limit clears it (QDateTime() gives "").
                        {QStringLiteral("sale_starts_at"), times.saleStarts.toString(Qt::ISODate)},
                        {QStringLiteral("sale_ends_at"), times.saleEnds.toString(Qt::ISODate)}};
    if (!prices.isEmpty())
        request.insert(QStringLiteral("prices"), prices);
    if (!gaPrices.isEmpty())
        request.insert(QStringLiteral("ga_prices"), gaPrices);
    auto command = EditEventCommand::fromJson(request);
    if (!command)
        return showError(
            tr("%1: %2").arg(describe(command.error().where), command.error().message));
    m_busy = true;
    m_save->setEnabled(false);
    m_context.run(
        std::move(*command), this, [this, name = times.name](const CommandOutcome &outcome) {
            m_busy = false;
            m_save->setEnabled(true);
            if (!outcome.result) {
                const Error &e = outcome.result.error();
                showError(e.where.isEmpty() ? tr("The event was not changed: %1").arg(e.message)
                                            : tr("The event was not changed. %1: %2")
                                                  .arg(describe(e.where), e.message));
                return;
            }
            emit saved(name);
            accept();
        });
}

void EventEditDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace tessera
