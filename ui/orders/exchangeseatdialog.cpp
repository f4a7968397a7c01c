#include "exchangeseatdialog.h"
#include "console/moneyformat.h"

#include "console/consolecontext.h"
#include "orderformat.h"
#include "query/catalogqueries.h"
#include "seatmap/seatmapreader.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmapview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
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
    resize(980, 720);
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
    return tr("%1 → %2").arg(m_order.lineTitle(currentLine()), target);
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
    // Categories where this ticket type costs what the customer paid.
    QSet<QString> samePrice;
    for (const QJsonValue &p : m_loaded->event.value(QLatin1String("prices")).toArray()) {
        if (p[QLatin1String("ticket_type")].toString() == type &&
            p[QLatin1String("amount")].toInteger() == price)
            samePrice.insert(p[QLatin1String("category")].toString());
    }
    SeatMapData map = m_loaded->seats;
    QStringList categories;
    qsizetype free = 0;
    for (qsizetype c = 0; c < map.categories.size(); ++c) {
        if (samePrice.contains(map.categories[c].name))
            categories.push_back(map.categories[c].name);
    }
    for (SeatMapSeat &seat : map.seats) {
        if (seat.state != SeatState::Available)
            continue;
        if (!categories.contains(map.categories.value(seat.category).name))
            seat.state = SeatState::Blocked;
        else
            ++free;
    }
    m_map->setSeatMap(std::move(map));
    const QString money = MoneyFormat::money(price, m_order.currency());
    m_hint->setText(
        free == 0 ? tr("No seat at %1 is free; this ticket cannot be exchanged now.").arg(money)
                  : tr("Click the new seat: free seats at %1 (%2) can be picked; seats at other "
                       "prices are greyed out. The price stays the same.")
                        .arg(money, categories.join(QStringLiteral(", "))));
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
    m_choice->setText(m_seat.isEmpty() ? tr("No new seat picked yet.")
                                       : tr("New seat: %1").arg(summary()));
}

} // namespace tessera
