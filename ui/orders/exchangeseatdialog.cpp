// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeseatdialog.h"
#include "console/moneyformat.h"

#include "console/consolecontext.h"
#include "console/messagelabel.h"
#include "orderformat.h"
#include "payments/externalcardterminal.h"
#include "query/catalogqueries.h"
#include "seatmap/seatmapreader.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmapview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace tessera {

ExchangeSeatDialog::ExchangeSeatDialog(ConsoleContext &context, const OrderDetails &order,
                                       qint64 preselectedLine, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_order(order)
{
    setObjectName(QStringLiteral("exchangeDialog"));
    setWindowTitle(tr("Exchange a seat on order %1").arg(order.number()));
    resize(980, 640); // within a 1280×720 screen, title bar included
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_lines = new QComboBox(this);
    m_lines->setObjectName(QStringLiteral("exchangeLine"));
    for (const QJsonObject &line : order.exchangeableLines()) {
        const qint64 id = line.value(QLatin1String("line")).toInteger();
        m_lines->addItem(tr("%1 · %2 · %3")
                             .arg(order.lineTitle(line), order.ticketTypeName(line),
                                  MoneyFormat::money(line.value(QLatin1String("price")).toInteger(),
                                                     order.currency())),
                         id);
        if (id == preselectedLine)
            m_lines->setCurrentIndex(m_lines->count() - 1);
    }
    form->addRow(tr("&Ticket to exchange"), m_lines);
    layout->addLayout(form);

    m_hint = new QLabel(tr("Loading the seat map…"), this);
    m_hint->setObjectName(QStringLiteral("exchangeHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_map = new SeatMapView(this);
    m_map->setMinimumHeight(420);
    layout->addWidget(m_map, 1);

    m_choice = new QLabel(this);
    m_choice->setObjectName(QStringLiteral("exchangeChoice"));
    QFont bold = m_choice->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_choice->setFont(bold);
    layout->addWidget(m_choice);

    // How the difference for a dearer seat is taken.
    m_payRow = new QWidget(this);
    auto *pay = new QHBoxLayout(m_payRow);
    pay->setContentsMargins(0, 0, 0, 0);
    auto *payLabel = new QLabel(tr("Difference &paid by"), m_payRow);
    m_payMethod = new QComboBox(m_payRow);
    m_payMethod->setObjectName(QStringLiteral("exchangePayMethod"));
    m_payMethod->addItem(tr("Cash"), QStringLiteral("cash"));
    m_payMethod->addItem(tr("Card terminal"), QStringLiteral("card"));
    payLabel->setBuddy(m_payMethod);
    m_approval = new QLineEdit(m_payRow);
    m_approval->setObjectName(QStringLiteral("exchangeApprovalCode"));
    m_approval->setPlaceholderText(tr("Approval code from the card terminal"));
    m_last4 = new QLineEdit(m_payRow);
    m_last4->setObjectName(QStringLiteral("exchangeCardLast4"));
    m_last4->setPlaceholderText(tr("Last four digits"));
    m_last4->setMaxLength(4);
    m_last4->setInputMask(QStringLiteral("9999;_"));
    pay->addWidget(payLabel);
    pay->addWidget(m_payMethod);
    pay->addWidget(m_approval, 2);
    pay->addWidget(m_last4, 1);
    layout->addWidget(m_payRow);
    m_payError = new MessageLabel(QStringLiteral("exchangePayError"), this);
    layout->addWidget(m_payError);
    connect(m_payMethod, &QComboBox::currentIndexChanged, this, &ExchangeSeatDialog::updateChoice);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Exchange"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("exchangeConfirmButton"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_lines, &QComboBox::currentIndexChanged, this, &ExchangeSeatDialog::showLine);
    connect(m_map, &SeatMapView::selectionChanged, this, &ExchangeSeatDialog::onSelection);
    updateChoice();
    load();
}

qint64 ExchangeSeatDialog::line() const
{
    return m_lines->currentData().toLongLong();
}

QJsonObject ExchangeSeatDialog::currentLine() const
{
    for (const QJsonObject &line : m_order.exchangeableLines()) {
        if (line.value(QLatin1String("line")).toInteger() == this->line())
            return line;
    }
    return {};
}

QString ExchangeSeatDialog::summary() const
{
    return tr("%1 → %2").arg(m_order.lineTitle(currentLine()), newPlace());
}

QString ExchangeSeatDialog::newPlace() const
{
    QString target = m_seat;
    if (m_loaded) {
        const SeatMapModel &model = m_map->seatMapScene()->model();
        const qsizetype index = model.indexOf(m_seat);
        if (index >= 0) {
            const SeatMapSeat &s = model.seat(index);
            const QString zone = model.data().zones.value(s.zone);
            target = tr("Row %1 · Seat %2").arg(s.row, s.number);
            if (!zone.isEmpty())
                target = zone + QStringLiteral(" · ") + target;
        }
    }
    return target;
}

void ExchangeSeatDialog::load()
{
    const QJsonObject line = currentLine();
    const qint64 eventId = line.value(QLatin1String("event")).toInteger();
    if (!eventId) {
        m_hint->setText(tr("This order has no seat ticket that can be exchanged."));
        return;
    }
    m_context.read<Result<EventMap>>(
        this,
        [eventId](SqliteDb &db) -> Result<EventMap> {
            auto seats = SeatMapReader::read(db, eventId);
            if (!seats)
                return seats.error();
            auto event = CatalogQueries(db).event(eventId);
            if (!event)
                return event.error();
            return EventMap{std::move(*seats), *event};
        },
        [this](Result<EventMap> loaded) {
            if (!loaded) {
                m_hint->setText(
                    tr("The seat map could not be read: %1").arg(loaded.error().message));
                return;
            }
            m_loaded = std::move(*loaded);
            showLine();
            emit ready();
        });
}

void ExchangeSeatDialog::showLine()
{
    m_seat.clear();
    updateChoice();
    if (!m_loaded)
        return;
    const QJsonObject line = currentLine();
    const QString type = line.value(QLatin1String("ticket_type")).toString();
    const qint64 price = line.value(QLatin1String("price")).toInteger();
    // Categories where this ticket type has a price.
    m_prices.clear();
    for (const QJsonValue &p : m_loaded->event.value(QLatin1String("prices")).toArray()) {
        if (p[QLatin1String("ticket_type")].toString() == type)
            m_prices.insert(p[QLatin1String("category")].toString(),
                            p[QLatin1String("amount")].toInteger());
    }
    SeatMapData map = m_loaded->seats;
    qsizetype free = 0;
    for (SeatMapSeat &seat : map.seats) {
        if (seat.state != SeatState::Available)
            continue;
        if (!m_prices.contains(map.categories.value(seat.category).name))
            seat.state = SeatState::Blocked;
        else
            ++free;
    }
    m_map->setSeatMap(std::move(map));
    const QString money = MoneyFormat::money(price, m_order.currency());
    m_hint->setText(free == 0 ? tr("No seat is free for this ticket type; this ticket cannot be "
                                   "exchanged now.")
                              : tr("Click the new seat. The ticket cost %1: a dearer seat is "
                                   "paid for now, a cheaper one gives the difference back.")
                                    .arg(money));
}

qint64 ExchangeSeatDialog::newPrice() const
{
    if (!m_loaded || m_seat.isEmpty())
        return 0;
    const SeatMapModel &model = m_map->seatMapScene()->model();
    const qsizetype index = model.indexOf(m_seat);
    if (index < 0)
        return 0;
    return m_prices.value(model.data().categories.value(model.seat(index).category).name, 0);
}

qint64 ExchangeSeatDialog::difference() const
{
    const qint64 price = newPrice();
    return price ? price - currentLine().value(QLatin1String("price")).toInteger() : 0;
}

std::optional<PaymentInput> ExchangeSeatDialog::differencePayment() const
{
    if (difference() <= 0)
        return std::nullopt;
    PaymentInput payment;
    payment.method = m_payMethod->currentData().toString();
    payment.amount = difference();
    if (payment.method == QLatin1String("card")) {
        payment.reference = m_approval->text().trimmed();
        payment.cardLast4 = m_last4->text().trimmed();
    }
    return payment;
}

void ExchangeSeatDialog::accept()
{
    if (const auto payment = differencePayment();
        payment && payment->method == QLatin1String("card")) {
        if (auto valid = ExternalCardTerminal::validate(payment->reference, payment->cardLast4);
            !valid) {
            m_payError->say(valid.error().message);
            if (valid.error().where == QLatin1String("card_last4"))
                m_last4->setFocus();
            else
                m_approval->setFocus();
            return;
        }
    }
    QDialog::accept();
}

void ExchangeSeatDialog::onSelection(const QStringList &guids)
{
    if (m_adjusting)
        return;
    if (guids.size() > 1) {
        // One seat at a time: the newest pick wins.
        QString newest = guids.first();
        for (const QString &guid : guids) {
            if (guid != m_seat) {
                newest = guid;
                break;
            }
        }
        QHash<QString, SeatState> drop;
        for (const QString &guid : guids) {
            if (guid != newest)
                drop.insert(guid, SeatState::Blocked);
        }
        m_adjusting = true;
        m_map->setSeatStates(drop); // deselects them
        for (auto it = drop.begin(); it != drop.end(); ++it)
            it.value() = SeatState::Available;
        m_map->setSeatStates(drop);
        m_adjusting = false;
        m_seat = newest;
    } else {
        m_seat = guids.value(0);
    }
    updateChoice();
}

void ExchangeSeatDialog::updateChoice()
{
    m_ok->setEnabled(!m_seat.isEmpty() && line() > 0);
    m_payError->say({});
    const qint64 diff = difference();
    m_payRow->setVisible(diff > 0);
    const bool card = m_payMethod->currentData().toString() == QLatin1String("card");
    m_approval->setVisible(card);
    m_last4->setVisible(card);
    if (m_seat.isEmpty()) {
        m_choice->setText(tr("No new seat picked yet."));
        return;
    }
    const QString money = MoneyFormat::money(qAbs(diff), m_order.currency());
    const QString change = diff > 0   ? tr("%1 more to pay").arg(money)
                           : diff < 0 ? tr("%1 back to the customer").arg(money)
                                      : tr("same price");
    m_choice->setText(tr("New seat: %1 · %2").arg(summary(), change));
}

} // namespace tessera
