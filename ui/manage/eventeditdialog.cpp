// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditdialog.h"

#include "console/consolecontext.h"
#include "console/messagelabel.h"
#include "console/moneyformat.h"
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

QDateTimeEdit *makeTimeEdit(const QString &name, const QString &iso, const QTimeZone &zone,
                            QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate).toTimeZone(zone);
    if (at.isValid())
        edit->setDateTime(QDateTime(at.date(), at.time()));
    return edit;
}

QDateTime zonedTime(const QDateTimeEdit *edit, const QTimeZone &zone)
{
    return QDateTime(edit->date(), edit->time(), zone);
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
    m_name = new QLineEdit(event.value(QStringLiteral("name")).toString(), this);
    m_name->setObjectName(QStringLiteral("editEventName"));
    form->addRow(tr("&Name"), m_name);
    auto *zoneLabel = new QLabel(tr("Times are local to the venue: %1.")
                                     .arg(event.value(QStringLiteral("timezone")).toString()),
                                 this);
    zoneLabel->setWordWrap(true);
    form->addRow(QString(), zoneLabel);
    m_starts = makeTimeEdit(QStringLiteral("editEventStarts"),
                            event.value(QStringLiteral("starts_at")).toString(), zone, this);
    form->addRow(tr("&Starts at"), m_starts);
    const QString endsAt = event.value(QStringLiteral("ends_at")).toString();
    m_ends = makeTimeEdit(QStringLiteral("editEventEnds"),
                          endsAt.isEmpty() ? event.value(QStringLiteral("starts_at")).toString()
                                           : endsAt,
                          zone, this);
    form->addRow(tr("&Ends at"), m_ends);
    const QString saleStarts = event.value(QStringLiteral("sale_starts_at")).toString();
    m_hasSaleStart = new QCheckBox(tr("Sales open at"), this);
    m_hasSaleStart->setObjectName(QStringLiteral("editEventHasSaleStart"));
    m_hasSaleStart->setChecked(!saleStarts.isEmpty());
    m_saleStarts = makeTimeEdit(
        QStringLiteral("editEventSaleStarts"),
        saleStarts.isEmpty() ? event.value(QStringLiteral("starts_at")).toString() : saleStarts,
        zone, this);
    m_saleStarts->setEnabled(!saleStarts.isEmpty());
    form->addRow(m_hasSaleStart, m_saleStarts);
    const QString saleEnds = event.value(QStringLiteral("sale_ends_at")).toString();
    m_hasSaleEnd = new QCheckBox(tr("Sales close at"), this);
    m_hasSaleEnd->setObjectName(QStringLiteral("editEventHasSaleEnd"));
    m_hasSaleEnd->setChecked(!saleEnds.isEmpty());
    m_saleEnds = makeTimeEdit(
        QStringLiteral("editEventSaleEnds"),
        saleEnds.isEmpty() ? event.value(QStringLiteral("starts_at")).toString() : saleEnds, zone,
        this);
    m_saleEnds->setEnabled(!saleEnds.isEmpty());
    form->addRow(m_hasSaleEnd, m_saleEnds);
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

    connect(m_hasSaleStart, &QCheckBox::toggled, m_saleStarts, &QWidget::setEnabled);
    connect(m_hasSaleEnd, &QCheckBox::toggled, m_saleEnds, &QWidget::setEnabled);
    connect(m_save, &QPushButton::clicked, this, &EventEditDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_name->setFocus();
}

QString EventEditDialog::describe(const QString &where) const
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
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return refuse(m_name, tr("Name: give the event a name."));
    const QString zoneName = m_event.value(QStringLiteral("timezone")).toString();
    const QTimeZone zone(zoneName.toUtf8());
    const QString skipped = tr("%1: this time does not exist in %2 (the clocks change).");
    const QDateTime starts = zonedTime(m_starts, zone);
    const QDateTime ends = zonedTime(m_ends, zone);
    if (!starts.isValid())
        return refuse(m_starts, skipped.arg(tr("Starts at"), zoneName));
    if (!ends.isValid())
        return refuse(m_ends, skipped.arg(tr("Ends at"), zoneName));
    if (ends <= starts)
        return refuse(m_ends, tr("Ends at: the event ends before it starts."));
    const QDateTime saleStarts = zonedTime(m_saleStarts, zone);
    const QDateTime saleEnds = zonedTime(m_saleEnds, zone);
    if (m_hasSaleStart->isChecked() && m_hasSaleEnd->isChecked() && saleEnds <= saleStarts)
        return refuse(m_saleEnds, tr("Sales close at: sales close before they open."));

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
                        {QStringLiteral("name"), name},
                        {QStringLiteral("starts_at"), starts.toString(Qt::ISODate)},
                        {QStringLiteral("ends_at"), ends.toString(Qt::ISODate)},
                        {QStringLiteral("sale_starts_at"), m_hasSaleStart->isChecked()
                                                               ? saleStarts.toString(Qt::ISODate)
                                                               : QString()},
                        {QStringLiteral("sale_ends_at"),
                         m_hasSaleEnd->isChecked() ? saleEnds.toString(Qt::ISODate) : QString()}};
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
    m_context.run(std::move(*command), this, [this, name](const CommandOutcome &outcome) {
        m_busy = false;
        m_save->setEnabled(true);
        if (!outcome.result) {
            const Error &e = outcome.result.error();
            showError(
                e.where.isEmpty()
                    ? tr("The event was not changed: %1").arg(e.message)
                    : tr("The event was not changed. %1: %2").arg(describe(e.where), e.message));
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
