// SPDX-License-Identifier: GPL-3.0-or-later
#include "sellpage.h"

#include "cartpanel.h"
#include "common/clock.h"
#include "console/consolecontext.h"
#include "console/moneyformat.h"
#include "console/supervisorapprovaldialog.h"
#include "console/venuetime.h"
#include "eventlistmodel.h"
#include "extraspanel.h"
#include "fulfildialog.h"
#include "paymentdialog.h"
#include "pricelist.h"
#include "query/catalogqueries.h"
#include "salecontroller.h"
#include "seatmap/seatmapreader.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmapview.h"
#include "shift/shiftgate.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tessera {

namespace {

// Everything the screen shows of one event, read off the UI thread.
struct EventBundle
{
    std::optional<Error> error;
    QJsonObject event;
    QJsonObject availability;
    QJsonArray products;
    // Built here, off the UI thread: indexing a stadium's seats takes a while.
    SeatMapModel map;
};

struct InventoryBundle
{
    qint64 eventId = 0;
    std::vector<SeatState> states;
    QJsonObject availability;
    QJsonArray products;
};

} // namespace

SellPage::SellPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_sale(new SaleController(context, this))
    , m_printFolder(QSettings().value(QStringLiteral("printFolder")).toString())
    , m_printAutomatically(QSettings().value(QStringLiteral("printAutomatically")).toBool())
{
    setObjectName(QStringLiteral("sellPage"));
    // A payment the box office ties to a shift offers to open one first.
    m_sale->setPaymentGate([this](const QString &method, std::function<void()> proceed,
                                  std::function<void()> cancelled) {
        QWidget *modal = QApplication::activeModalWidget();
        ensureShiftFor(m_context, modal ? modal : this, method, std::move(proceed),
                       std::move(cancelled));
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    buildEventList(left);

    auto *centre = new QWidget(splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(4, 0, 4, 0);
    m_eventTitle = new QLabel(tr("Pick an event on the left (Ctrl+F to search)."), centre);
    m_eventTitle->setObjectName(QStringLiteral("eventTitle"));
    QFont titleFont = m_eventTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_eventTitle->setFont(titleFont);
    // A long name wraps instead of widening the window.
    m_eventTitle->setWordWrap(true);
    m_eventTitle->setMinimumWidth(120);
    centreLayout->addWidget(m_eventTitle);

    auto *tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Seats together:"), centre));
    m_bestCount = new QSpinBox(centre);
    m_bestCount->setObjectName(QStringLiteral("bestCount"));
    m_bestCount->setRange(1, 12);
    m_bestCount->setValue(2);
    tools->addWidget(m_bestCount);
    m_best = new QPushButton(tr("Best available"), centre);
    m_best->setObjectName(QStringLiteral("bestAvailableButton"));
    m_best->setToolTip(tr("Select the best seats together (Ctrl+B)"));
    tools->addWidget(m_best);
    m_addSeats = new QPushButton(tr("Add seats to cart"), centre);
    m_addSeats->setObjectName(QStringLiteral("addSeatsButton"));
    m_addSeats->setToolTip(tr("Put the selected seats in the cart (Enter on the map, or "
                              "Ctrl+Enter)"));
    tools->addWidget(m_addSeats);
    m_selection = new QLabel(centre);
    m_selection->setObjectName(QStringLiteral("selectionInfo"));
    m_selection->setWordWrap(true);
    m_selection->setMinimumWidth(80);
    tools->addWidget(m_selection, 1);
    centreLayout->addLayout(tools);

    m_map = new SeatMapView(centre);
    m_map->setObjectName(QStringLiteral("seatMap"));
    m_map->installEventFilter(this);
    centreLayout->addWidget(m_map, 1);
    m_extras = new ExtrasPanel(centre);
    centreLayout->addWidget(m_extras);

    m_cart = new CartPanel(*m_sale, splitter);
    splitter->addWidget(left);
    splitter->addWidget(centre);
    splitter->addWidget(m_cart);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    // The cart, its total and Pay never fold away; the event list may.
    splitter->setCollapsible(1, false);
    splitter->setCollapsible(2, false);
    m_cart->setMinimumWidth(300);
    splitter->setSizes({240, 620, 340});

    connect(m_best, &QPushButton::clicked, this, &SellPage::selectBestAvailable);
    connect(m_addSeats, &QPushButton::clicked, this, &SellPage::addSelectionToCart);
    connect(m_map, &SeatMapView::selectionChanged, this, &SellPage::updateSelectionInfo);
    connect(m_extras, &ExtrasPanel::addStanding, m_sale, &SaleController::addStanding);
    connect(m_extras, &ExtrasPanel::addCards, m_sale, &SaleController::addCards);
    connect(m_cart, &CartPanel::payRequested, this, &SellPage::pay);
    connect(m_cart, &CartPanel::clearRequested, this, &SellPage::clearSale);
    connect(m_sale, &SaleController::notice, m_cart, &CartPanel::showNotice);
    connect(m_sale, &SaleController::saleCompleted, this, &SellPage::onSaleCompleted);

    buildActions();

    // Sales from this till and others show up on the map within a moment.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &SellPage::refreshInventory);
    connect(&m_context, &ConsoleContext::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    // The last cashier's messages are not the next one's.
    connect(&m_context, &ConsoleContext::userChanged, this,
            [this] { m_cart->showNotice(QString(), false); });
    updateSelectionInfo();
}

SellPage::~SellPage() = default;

void SellPage::buildActions()
{
    // Window-wide while Sell is in front, whatever has the focus (a hidden
    // page's actions do not fire); the F12 list is made from them.
    const auto action = [this](const QString &name, const QString &text, QList<QKeySequence> keys,
                               auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    action(QStringLiteral("searchEventsAction"), tr("Search events"),
           {QKeySequence(Qt::CTRL | Qt::Key_F)}, [this] {
               m_search->setFocus(Qt::ShortcutFocusReason);
               m_search->selectAll();
           });
    action(QStringLiteral("bestAvailableAction"), tr("Best available seats together"),
           {QKeySequence(Qt::CTRL | Qt::Key_B)}, [this] { selectBestAvailable(); });
    action(QStringLiteral("addSeatsAction"), tr("Add the selected seats to the cart"),
           {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
           [this] { addSelectionToCart(); });
    action(QStringLiteral("focusProductsAction"), tr("Go to standing tickets and card keys"),
           {QKeySequence(Qt::CTRL | Qt::Key_G)}, [this] { m_extras->focusFirstProduct(); });
    action(QStringLiteral("focusCartAction"), tr("Go to the cart"), {QKeySequence(Qt::Key_F7)},
           [this] { m_cart->focusCart(); });
    action(QStringLiteral("payAction"), tr("Pay"), {QKeySequence(Qt::Key_F8)}, [this] { pay(); });
    action(QStringLiteral("clearSaleAction"), tr("Clear the sale (asks first)"),
           {QKeySequence(Qt::CTRL | Qt::Key_Delete)}, [this] { clearSale(); });
}

QList<QAction *> SellPage::shortcutActions() const
{
    QList<QAction *> list = actions();
    list += m_extras->keyActions();
    list += m_cart->keyActions();
    return list;
}

void SellPage::buildEventList(QWidget *column)
{
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 4, 0);
    m_search = new QLineEdit(column);
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_search->setPlaceholderText(tr("Search events (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    m_events = new EventListModel(VenueTime::boxOffice(m_context), this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_events);
    m_filter->setFilterRole(EventListModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_eventTable = new QTableView(column);
    m_eventTable->setObjectName(QStringLiteral("eventList"));
    m_eventTable->setModel(m_filter);
    m_eventTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventTable->verticalHeader()->hide();
    m_eventTable->setWordWrap(true);
    for (int hidden = EventListModel::StartsAt; hidden < EventListModel::ColumnCount; ++hidden)
        m_eventTable->hideColumn(hidden);
    m_eventTable->horizontalHeader()->setSectionResizeMode(EventListModel::Name,
                                                           QHeaderView::Stretch);
    m_eventTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_eventTable->installEventFilter(this);
    layout->addWidget(m_eventTable, 1);
    column->setMinimumWidth(180);

    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0)
            selectEvent(m_filter->index(0, 0).data(EventListModel::EventIdRole).toLongLong());
    });
    connect(m_eventTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        selectEvent(index.data(EventListModel::EventIdRole).toLongLong());
    });
    connect(m_eventTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        selectEvent(index.data(EventListModel::EventIdRole).toLongLong());
    });
}

bool SellPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_map && enter && key->modifiers() == Qt::NoModifier) {
            addSelectionToCart();
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
            m_eventTable->setFocus();
            m_eventTable->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SellPage::activate()
{
    if (m_stale)
        refreshInventory(); // changes made on other screens meanwhile
    else
        reloadEvents();
    if (m_eventId == 0)
        m_search->setFocus();
    else
        m_map->setFocus();
}

void SellPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshInventory();
    else if (m_events->rowCount() == 0)
        reloadEvents();
}

void SellPage::reloadEvents()
{
    const qint64 now = m_context.clock().nowMs();
    m_context.read<Result<QList<EventListModel::Row>>>(
        this, [now](SqliteDb &db) { return EventListModel::load(db, now); },
        [this](Result<QList<EventListModel::Row>> rows) {
            if (!rows) {
                m_cart->showNotice(rows.error().message, true);
                return;
            }
            m_events->setRows(*rows);
            const int row = m_events->rowOf(m_eventId);
            if (row >= 0)
                m_eventTable->selectRow(m_filter->mapFromSource(m_events->index(row, 0)).row());
            // The soonest event opens by itself: most sales are for it.
            else if (m_eventId == 0 && !rows->isEmpty())
                selectEvent(rows->first().id);
        });
}

void SellPage::continueSale(const SaleController::State &state)
{
    m_sale->restore(state);
    if (state.prices.eventId() > 0)
        selectEvent(state.prices.eventId());
}

void SellPage::selectEvent(qint64 eventId)
{
    if (eventId <= 0 || m_loading)
        return;
    if (m_sale->hasEventItems() && eventId != m_sale->prices().eventId()) {
        m_cart->showNotice(tr("The cart holds tickets for another event: finish or clear that "
                              "sale first."),
                           true);
        return;
    }
    m_loading = true;
    m_eventTitle->setText(tr("Loading…"));
    const QPointer<QWidget> focusAtStart = QApplication::focusWidget();
    m_context.read<EventBundle>(
        this,
        [eventId](SqliteDb &db) {
            EventBundle bundle;
            CatalogQueries catalog(db);
            auto event = catalog.event(eventId);
            auto availability = catalog.availability(eventId);
            auto products = catalog.cardProducts();
            auto map = SeatMapReader::read(db, eventId);
            if (!event || !availability || !products || !map) {
                bundle.error = !event          ? event.error()
                               : !availability ? availability.error()
                               : !products     ? products.error()
                                               : map.error();
                return bundle;
            }
            bundle.event = *event;
            bundle.availability = *availability;
            bundle.products = *products;
            bundle.map = SeatMapModel(std::move(*map));
            return bundle;
        },
        [this, eventId, focusAtStart](EventBundle bundle) {
            m_loading = false;
            if (bundle.error) {
                m_eventTitle->setText(bundle.error->message);
                return;
            }
            m_eventId = eventId;
            const PriceList prices(bundle.event);
            m_sale->setEvent(prices);
            // In the venue's zone, as on the ticket.
            const VenueTime venue = VenueTime::boxOffice(m_context).inZone(
                bundle.event.value(QStringLiteral("timezone")).toString());
            const QDateTime startsAt =
                VenueTime::instant(bundle.event.value(QStringLiteral("starts_at")).toString());
            m_eventTitle->setText(
                tr("%1 — %2, %3")
                    .arg(prices.eventName(),
                         venue.longDate(startsAt) + QLatin1Char(' ') + venue.time(startsAt),
                         bundle.event.value(QStringLiteral("venue_name")).toString()));
            m_map->setSeatMap(std::move(bundle.map));
            m_extras->setContent(prices, bundle.availability, bundle.products);
            const int row = m_events->rowOf(eventId);
            if (row >= 0)
                m_eventTable->selectRow(m_filter->mapFromSource(m_events->index(row, 0)).row());
            // Only the screen in front takes the keyboard, and not from a
            // field of this screen the cashier went to while it loaded.
            QWidget *focus = QApplication::focusWidget();
            const bool cashierMoved =
                focus && focus != focusAtStart && focus != m_map && isAncestorOf(focus);
            if (isVisible() && !cashierMoved)
                m_map->setFocus();
            updateSelectionInfo();
            emit eventLoaded(eventId);
        });
}

void SellPage::refreshInventory()
{
    // Hidden, it catches up when shown again (activate()).
    m_stale = !isVisible();
    if (m_stale)
        return;
    reloadEvents();
    if (m_eventId == 0)
        return;
    const qint64 eventId = m_eventId;
    m_context.read<InventoryBundle>(
        this,
        [eventId](SqliteDb &db) {
            InventoryBundle bundle;
            bundle.eventId = eventId;
            if (auto states = SeatMapReader::readStates(db, eventId))
                bundle.states = std::move(*states);
            CatalogQueries catalog(db);
            if (auto a = catalog.availability(eventId))
                bundle.availability = *a;
            if (auto p = catalog.cardProducts())
                bundle.products = *p;
            return bundle;
        },
        [this](InventoryBundle bundle) {
            if (bundle.eventId != m_eventId)
                return;
            const SeatMapModel &model = m_map->seatMapScene()->model();
            if (qsizetype(bundle.states.size()) == model.seatCount()) {
                QHash<QString, SeatState> changed;
                for (qsizetype i = 0; i < model.seatCount(); ++i) {
                    if (model.seat(i).state != bundle.states[size_t(i)])
                        changed.insert(model.seat(i).guid, bundle.states[size_t(i)]);
                }
                if (!changed.isEmpty())
                    m_map->setSeatStates(changed);
            }
            m_extras->setContent(m_sale->prices(), bundle.availability, bundle.products);
            updateSelectionInfo();
        });
}

void SellPage::updateSelectionInfo()
{
    const QStringList selected = m_map->selectedSeats();
    m_addSeats->setEnabled(!selected.isEmpty());
    m_best->setEnabled(m_eventId != 0);
    if (selected.isEmpty()) {
        m_selection->setText(m_eventId ? tr("Click seats, drag a band, or Ctrl+B.") : QString());
        return;
    }
    const SeatMapModel &model = m_map->seatMapScene()->model();
    qint64 sum = 0;
    for (const QString &guid : selected) {
        const qsizetype i = model.indexOf(guid);
        if (i < 0)
            continue;
        const SeatMapSeat &seat = model.seat(i);
        const QString category = model.data().categories.value(seat.category).name;
        const QStringList types = m_sale->prices().seatTypes(category);
        const QString type = types.contains(QStringLiteral("adult"))
                                 ? QStringLiteral("adult")
                                 : types.value(0, QStringLiteral("adult"));
        sum += m_sale->prices().seatPrice(category, type).value_or(0);
    }
    m_selection->setText(
        tr("%n seat(s) selected · %1 — Enter adds them", nullptr, int(selected.size()))
            .arg(MoneyFormat::money(sum, m_sale->prices().currency())));
}

void SellPage::selectBestAvailable()
{
    if (m_eventId == 0)
        return;
    if (!m_map->selectBestAvailable(m_bestCount->value()))
        m_cart->showNotice(tr("No %n seats together are free.", nullptr, m_bestCount->value()),
                           true);
    m_map->setFocus();
}

void SellPage::addSelectionToCart()
{
    const QStringList selected = m_map->selectedSeats();
    if (selected.isEmpty())
        return;
    const SeatMapModel &model = m_map->seatMapScene()->model();
    QList<SeatPick> picks;
    for (const QString &guid : selected) {
        const qsizetype i = model.indexOf(guid);
        if (i < 0)
            continue;
        const SeatMapSeat &seat = model.seat(i);
        const QStringList &zones = model.data().zones;
        picks.push_back({guid, seat.zone < zones.size() ? zones[seat.zone] : QString(), seat.row,
                         seat.number, model.data().categories.value(seat.category).name});
    }
    m_sale->addSeats(picks);
    m_map->clearSelection();
}

void SellPage::pay()
{
    if (!m_sale->canPay()) {
        m_cart->showNotice(tr("The cart is empty: add seats, standing tickets or card keys "
                              "first."),
                           true);
        return;
    }
    m_cart->commitCustomer();
    auto *dialog = new PaymentDialog(*m_sale, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SellPage::clearSale()
{
    if (m_sale->pendingOrder() == 0 && m_sale->cart().isEmpty())
        return;
    if (!m_sale->clearNeedsApproval()) {
        // One key empties a whole sale: ask first.
        auto *confirm = new QMessageBox(
            QMessageBox::Question, tr("Clear the sale"),
            tr("Remove everything from the cart? Held seats and tickets go back on sale."),
            QMessageBox::NoButton, this);
        confirm->setObjectName(QStringLiteral("clearSaleConfirm"));
        QPushButton *yes = confirm->addButton(tr("Clear the sale"), QMessageBox::AcceptRole);
        confirm->addButton(tr("Keep selling"), QMessageBox::RejectRole);
        confirm->setDefaultButton(yes);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        connect(confirm, &QMessageBox::finished, this, [this, confirm, yes] {
            if (confirm->clickedButton() == yes)
                m_sale->clear();
        });
        confirm->open();
        return;
    }
    // Cancelling an order is a void: a supervisor approves it.
    auto *approval = new SupervisorApprovalDialog(
        m_context, Permission::CancelOrder,
        tr("Cancel order %1 (%2 not paid)")
            .arg(m_sale->pendingNumber(),
                 MoneyFormat::money(m_sale->due(), m_sale->prices().currency())),
        this);
    approval->setAttribute(Qt::WA_DeleteOnClose);
    connect(approval, &QDialog::accepted, this,
            [this, approval] { m_sale->clear(approval->approver()); });
    approval->open();
}

void SellPage::onSaleCompleted(const CompletedSale &sale)
{
    auto *dialog = new FulfilDialog(m_context, sale, m_printFolder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FulfilDialog::pdfWritten, this, &SellPage::pdfWritten);
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_eventId)
            m_map->setFocus();
        else
            m_search->setFocus();
    });
    dialog->open();
    if (m_printAutomatically)
        dialog->printAutomatically();
    emit saleCompleted(sale.order);
}

} // namespace tessera
