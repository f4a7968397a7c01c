// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderspage.h"
#include "console/moneyformat.h"
#include "console/venuetime.h"

#include "approvedcommand.h"
#include "common/clock.h"
#include "console/consolecontext.h"
#include "engine/engine.h"
#include "exchangeseatdialog.h"
#include "orderdetailpanel.h"
#include "orderdetails.h"
#include "orderformat.h"
#include "printing/ticketprinter.h"
#include "query/orderqueries.h"
#include "query/terminalqueries.h"
#include "refunddialog.h"
#include "remoterefunddialog.h"
#include "sales/exchangecommand.h"
#include "sales/ordercommands.h"
#include "sales/refundcommand.h"
#include "serverlink.h"
#include "shift/shiftgate.h"
#include "slipoutput.h"
#include "tickets/signedticket.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

constexpr int kOrderRole = Qt::UserRole;

// What was searched for, as the screen repeats it: a scanned code is a
// couple of hundred characters, so its middle is left out.
QString shownQuery(const QString &text)
{
    constexpr qsizetype kMax = 40;
    if (text.size() <= kMax)
        return text;
    return text.left(kMax / 2) + QChar(0x2026) + text.right(kMax / 2 - 1);
}

} // namespace

OrdersPage::OrdersPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("orderspage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Order number, customer name or phone — or scan a ticket or receipt"));
    m_search->setToolTip(tr("Type and press Enter, or scan. Ctrl+F comes back here; ↑/↓ pick "
                            "an order from the list."));
    m_search->setMinimumHeight(40);
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_search->setFont(big);
    bar->addWidget(m_search, 1);
    m_searchButton = new QPushButton(tr("Find"), this);
    m_searchButton->setObjectName(QStringLiteral("orderSearchButton"));
    m_searchButton->setMinimumHeight(40);
    m_searchButton->setAutoDefault(false);
    bar->addWidget(m_searchButton);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_resultsInfo = new QLabel(left);
    m_resultsInfo->setObjectName(QStringLiteral("orderResultsInfo"));
    m_resultsInfo->setWordWrap(true);
    // Whatever is searched for, the label wraps or is cut, never widening the window.
    m_resultsInfo->setMinimumWidth(120);
    leftLayout->addWidget(m_resultsInfo);
    m_remoteRefund = new QPushButton(tr("Refund through the server…"), left);
    m_remoteRefund->setObjectName(QStringLiteral("remoteRefundButton"));
    m_remoteRefund->setToolTip(
        tr("This ticket was sold at another counter: the central server refunds it, and the "
           "money is paid back from this drawer."));
    m_remoteRefund->setVisible(false);
    leftLayout->addWidget(m_remoteRefund, 0, Qt::AlignLeft);
    connect(m_remoteRefund, &QPushButton::clicked, this, &OrdersPage::startRemoteRefund);
    m_results = new QTreeWidget(left);
    m_results->setObjectName(QStringLiteral("orderResults"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setHeaderLabels({tr("Order"), tr("Time"), tr("Customer"), tr("State"), tr("Total")});
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_results->header()->setStretchLastSection(false);
    leftLayout->addWidget(m_results, 1);
    splitter->addWidget(left);

    m_detail = new OrderDetailPanel(splitter);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({470, 720});
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::returnPressed, this, &OrdersPage::search);
    connect(m_searchButton, &QPushButton::clicked, this, &OrdersPage::search);
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_filling || !item)
            return;
        const qint64 id = item->data(0, kOrderRole).toLongLong();
        if (id != m_openOrder)
            openOrder(id);
    });
    connect(m_detail, &OrderDetailPanel::refundRequested, this, &OrdersPage::startRefund);
    connect(m_detail, &OrderDetailPanel::exchangeRequested, this, &OrdersPage::startExchange);
    connect(m_detail, &OrderDetailPanel::reprintRequested, this, &OrdersPage::reprint);
    connect(m_detail, &OrderDetailPanel::cancelRequested, this, &OrdersPage::startCancel);
    connect(&m_context, &ConsoleContext::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    connect(&m_context, &ConsoleContext::userChanged, this, &OrdersPage::applyPermissions);

    // Window-wide while Orders is in front (the F12 list is made from it).
    auto *find = new QAction(tr("Search orders, or scan a ticket or receipt"), this);
    find->setObjectName(QStringLiteral("searchOrdersAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setShortcutContext(Qt::WindowShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    // Typing (or a scanner's keystrokes) in the lists goes to the search
    // field, so a scan finds its order wherever the focus was.
    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
    if (auto *lines = m_detail->findChild<QTreeWidget *>(QStringLiteral("orderLines")))
        lines->installEventFilter(this);

    m_detail->showPlaceholder(tr("Find an order to see it here."));
    applyPermissions();
}

OrdersPage::~OrdersPage() = default;

qint64 OrdersPage::currentOrder() const
{
    return m_detail->hasOrder() ? m_detail->order().id() : 0;
}

void OrdersPage::activate()
{
    applyPermissions();
    m_search->setFocus();
    m_search->selectAll();
    if (!m_searched || m_stale)
        refresh();
}

void OrdersPage::applyPermissions()
{
    m_detail->setAllowed(m_context.may(Permission::Refund), m_context.may(Permission::CancelOrder));
}

void OrdersPage::search()
{
    runSearch(m_search->text().trimmed(), true);
    m_search->selectAll();
}

void OrdersPage::refresh()
{
    m_stale = false;
    runSearch(m_lastSearch, false);
    if (m_openOrder)
        openOrder(m_openOrder);
}

void OrdersPage::runSearch(const QString &text, bool openSingleHit)
{
    m_searched = true;
    m_lastSearch = text;
    const int seq = ++m_searchSeq;
    Engine *engine = &m_context.engine();
    m_resultsInfo->setText(tr("Searching…"));
    m_context.read<Result<QJsonArray>>(
        this,
        [engine, text](SqliteDb &db) -> Result<QJsonArray> {
            const auto key = engine->dataKey(db);
            return OrderQueries(db, engine->terminalId(), key.get()).find(text, 100);
        },
        [this, seq, text, openSingleHit](Result<QJsonArray> found) {
            if (seq == m_searchSeq)
                showResults(found, text, openSingleHit);
        });
}

void OrdersPage::showResults(const Result<QJsonArray> &found, const QString &text,
                             bool openSingleHit)
{
    m_filling = true;
    m_results->clear();
    m_remoteRefund->setVisible(false);
    if (!found) {
        m_filling = false;
        m_resultsInfo->setText(tr("The search failed: %1").arg(found.error().message));
        return;
    }
    QTreeWidgetItem *keep = nullptr;
    const VenueTime time = VenueTime::boxOffice(m_context);
    for (const QJsonValue &value : *found) {
        const QJsonObject o = value.toObject();
        const QString state = o.value(QLatin1String("state")).toString();
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(0, o.value(QLatin1String("number")).toString());
        item->setText(1, time.dateTime(o.value(QLatin1String("created_at")).toString()));
        item->setText(2, o.value(QLatin1String("customer")).toString());
        item->setText(3, OrderFormat::orderState(state));
        item->setForeground(3, QColor(OrderFormat::orderStateColour(state)));
        item->setText(4, MoneyFormat::money(o.value(QLatin1String("total")).toInteger(),
                                            o.value(QLatin1String("currency")).toString()));
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        const qint64 id = o.value(QLatin1String("order")).toInteger();
        item->setData(0, kOrderRole, id);
        if (id == m_openOrder)
            keep = item;
    }
    const qsizetype count = found->size();
    if (text.isEmpty())
        m_resultsInfo->setText(count ? tr("Latest orders. Type or scan to find one.")
                                     : tr("No orders yet."));
    else if (count == 0)
        m_resultsInfo->setText(tr("No order matches “%1”.").arg(shownQuery(text)));
    else
        m_resultsInfo->setText(
            count == 1 ? tr("One order found for “%1”.").arg(shownQuery(text))
                       : tr("%1 orders found for “%2”.").arg(count).arg(shownQuery(text)));

    if (openSingleHit && count == 1) {
        keep = m_results->topLevelItem(0);
        m_results->setCurrentItem(keep);
        m_filling = false;
        openOrder(keep->data(0, kOrderRole).toLongLong());
        return;
    }
    if (keep)
        m_results->setCurrentItem(keep);
    m_filling = false;
    if (count == 0 && !text.isEmpty() && text == m_remoteRefundedCode) {
        m_resultsInfo->setText(m_remoteRefundedMessage);
        if (openSingleHit)
            showNoOrder(m_remoteRefundedMessage);
        return;
    }
    if (openSingleHit && count == 0 && text.startsWith(SignedTicket::prefix())) {
        auto link = ServerLink::loadPublic(m_context.databasePath());
        if (link && *link) {
            m_resultsInfo->setText(tr("This ticket was not sold at this counter."));
            showNoOrder(
                tr("This ticket was sold at another counter. The central server %1 can refund "
                   "it: press “Refund through the server…”.")
                    .arg((*link)->address.host()));
            m_remoteRefund->setVisible(true);
            m_remoteRefund->setFocus();
            return;
        }
    }
    if (openSingleHit && !keep) {
        showNoOrder(count == 0 ? tr("Nothing found. Check the number, or try the "
                                    "customer's full name or phone.")
                               : tr("Pick an order from the list (↑/↓ or click)."));
    }
}

void OrdersPage::showNoOrder(const QString &message)
{
    // No order open: a load still on its way is dropped when it comes.
    m_openOrder = 0;
    ++m_loadSeq;
    m_detail->showPlaceholder(message);
}

void OrdersPage::startRemoteRefund()
{
    auto link = ServerLink::load(m_context.engine());
    if (!link) {
        m_resultsInfo->setText(link.error().message);
        return;
    }
    if (!*link)
        return;
    auto *dialog = new RemoteRefundDialog(m_context, **link, m_lastSearch, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemoteRefundDialog::refunded, this,
            [this](const QString &ticket, qint64 amount, const QString &currency) {
                m_remoteRefund->setVisible(false);
                const QString done = tr("Ticket %1 refunded through the server: pay back %2.")
                                         .arg(ticket, MoneyFormat::money(amount, currency));
                m_remoteRefundedCode = m_lastSearch;
                m_remoteRefundedMessage = done;
                m_resultsInfo->setText(done);
                m_detail->showPlaceholder(done);
            });
    dialog->open();
}

void OrdersPage::openOrder(qint64 orderId)
{
    const bool other = orderId != m_openOrder;
    m_openOrder = orderId;
    const int seq = ++m_loadSeq;
    Engine *engine = &m_context.engine();
    if (other)
        m_detail->showPlaceholder(tr("Loading…"));
    m_context.read<Result<OrderDetails>>(
        this, [engine, orderId](SqliteDb &db) { return OrderDetails::load(db, *engine, orderId); },
        [this, seq](Result<OrderDetails> details) {
            if (seq != m_loadSeq)
                return;
            if (!details) {
                m_detail->showPlaceholder(
                    tr("This order could not be read: %1").arg(details.error().message));
                return;
            }
            m_detail->showOrder(*details, VenueTime::boxOffice(m_context));
        });
}

bool OrdersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) &&
            m_results->topLevelItemCount() > 0) {
            const int at = m_results->currentItem()
                               ? m_results->indexOfTopLevelItem(m_results->currentItem())
                               : -1;
            const int next = key->key() == Qt::Key_Down
                                 ? qMin(at + 1, m_results->topLevelItemCount() - 1)
                                 : qMax(at - 1, 0);
            m_results->setCurrentItem(m_results->topLevelItem(next));
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    const bool typing =
        !key->text().isEmpty() && key->text().at(0).isPrint() &&
        !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) &&
        key->key() != Qt::Key_Space;
    if (typing) {
        m_search->setFocus();
        m_search->clear();
        QCoreApplication::sendEvent(m_search, event);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void OrdersPage::report(const CommandOutcome &outcome, const QString &success)
{
    m_detail->setBusy(false);
    if (!outcome.result.ok()) {
        m_detail->showError(outcome.result.error().message);
        return;
    }
    // ConsoleContext::changed() refreshes the list and the order.
    m_detail->showMessage(success);
}

void OrdersPage::startRefund()
{
    if (!m_detail->hasOrder())
        return;
    auto *dialog = new RefundDialog(m_detail->order(), m_detail->selectedLine(), this);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        if (result != QDialog::Accepted)
            return;
        const OrderDetails order = m_detail->order();
        const QList<qint64> lines = dialog->lines();
        const QString reason = dialog->reason();
        const QString amount = MoneyFormat::money(dialog->amount(), order.currency());
        const qint64 id = order.id();
        m_detail->clearMessage();
        m_detail->setBusy(true);
        // Cash paid back comes out of a counted drawer: offer to open a shift.
        bool cash = false;
        for (const QJsonValue &p : order.order.value(QStringLiteral("payments")).toArray()) {
            cash = cash || (p[QStringLiteral("method")].toString() == QLatin1String("cash") &&
                            p[QStringLiteral("state")].toString() == QLatin1String("approved"));
        }
        ensureShiftFor(
            m_context, this, cash ? QStringLiteral("cash") : QStringLiteral("card"),
            [this, id, lines, reason, amount, order, refunded = dialog->amount()] {
                runApprovedCommand(
                    m_context, this, Permission::Refund,
                    tr("Refund %1 on order %2. Reason: %3.")
                        .arg(amount, order.number(), OrderFormat::reason(reason)),
                    [id, lines, reason] {
                        return std::make_unique<RefundCommand>(id, lines, reason);
                    },
                    [this, amount, order, lines, reason, refunded](const CommandOutcome &outcome) {
                        const QString approver =
                            outcome.result.ok()
                                ? outcome.result->value(QLatin1String("approved_by")).toString()
                                : QString();
                        const QString done =
                            approver.isEmpty()
                                ? tr("Refunded %1. Give the money back to the customer.")
                                      .arg(amount)
                                : tr("Refunded %1, approved by %2. Give the money back to "
                                     "the customer.")
                                      .arg(amount, approver);
                        report(outcome, done);
                        if (outcome.result.ok())
                            printSlip(OrderSlips::refund(order, lines, refunded,
                                                         OrderFormat::reason(reason),
                                                         slipStaff(approver)),
                                      done);
                    },
                    [this] {
                        m_detail->setBusy(false);
                        m_detail->showError(
                            tr("Nothing was refunded: the approval was cancelled."));
                    });
            },
            [this] {
                m_detail->setBusy(false);
                m_detail->showError(
                    tr("Nothing was refunded: cash is paid back within an open shift."));
            });
    });
    dialog->open();
}

void OrdersPage::startExchange()
{
    if (!m_detail->hasOrder())
        return;
    const OrderDetails order = m_detail->order();
    m_detail->clearMessage();
    // The supervisor approves before the seat is picked, so no money changes
    // hands (a dearer seat's difference) for an exchange that is then refused.
    requestApproval(
        m_context, this, Permission::Refund, tr("Exchange a seat on order %1.").arg(order.number()),
        [this](const QString &approver) { pickExchangeSeat(approver); },
        [this](const Error &error) { m_detail->showError(error.message); },
        [this] { m_detail->showError(tr("Nothing was exchanged: the approval was cancelled.")); });
}

void OrdersPage::pickExchangeSeat(const QString &approver)
{
    if (!m_detail->hasOrder())
        return;
    auto *dialog =
        new ExchangeSeatDialog(m_context, m_detail->order(), m_detail->selectedLine(), this);
    connect(dialog, &QDialog::finished, this, [this, dialog, approver](int result) {
        dialog->deleteLater();
        if (result != QDialog::Accepted || dialog->seat().isEmpty())
            return;
        const OrderDetails order = m_detail->order();
        const qint64 difference = dialog->difference();
        const QString money = MoneyFormat::money(qAbs(difference), order.currency());
        QString done = tr("Exchanged %1. The old ticket no longer admits; reprint to give the "
                          "customer the new one.")
                           .arg(dialog->summary());
        if (difference > 0)
            done += QLatin1Char(' ') + tr("%1 was taken for the dearer seat.").arg(money);
        else if (difference < 0)
            done += QLatin1Char(' ') + tr("Give the customer %1 back.").arg(money);
        m_detail->clearMessage();
        m_detail->setBusy(true);
        const PrintableSlip slip = OrderSlips::exchange(order, dialog->line(), dialog->newPlace(),
                                                        difference, slipStaff(approver));
        m_context.run(
            std::make_unique<ExchangeSeatCommand>(order.id(), dialog->line(), dialog->seat(), 0,
                                                  dialog->differencePayment()),
            this,
            [this, done, slip](const CommandOutcome &outcome) {
                report(outcome, done);
                if (outcome.result.ok())
                    printSlip(slip, done);
            },
            approver);
    });
    dialog->open();
}

void OrdersPage::startCancel()
{
    if (!m_detail->hasOrder())
        return;
    const OrderDetails order = m_detail->order();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Cancel order"),
        tr("Cancel order %1? Its seats and tickets go back on sale.").arg(order.number()),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("cancelOrderConfirm"));
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [this, box, order](int result) {
        box->deleteLater();
        if (result != QMessageBox::Yes)
            return;
        const qint64 id = order.id();
        m_detail->clearMessage();
        m_detail->setBusy(true);
        runApprovedCommand(
            m_context, this, Permission::CancelOrder,
            tr("Cancel the unpaid order %1.").arg(order.number()),
            [id] {
                return std::make_unique<CancelOrderCommand>(
                    id, QStringLiteral("Voided at the counter"));
            },
            [this, order](const CommandOutcome &outcome) {
                report(
                    outcome,
                    tr("Order %1 is cancelled; its seats are on sale again.").arg(order.number()));
            },
            [this] {
                m_detail->setBusy(false);
                m_detail->showError(tr("The order was not cancelled: the approval was cancelled."));
            });
    });
    box->open();
}

void OrdersPage::reprint()
{
    if (!m_detail->hasOrder())
        return;
    const OrderDetails order = m_detail->order();
    const QString name = order.number() + QStringLiteral("-duplicate.pdf");
    QString path;
    if (!m_printFolder.isEmpty()) {
        path = QDir(m_printFolder).filePath(name);
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Save the duplicate"),
                                            QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
    }
    m_detail->clearMessage();
    m_detail->setBusy(true);
    Engine *engine = &m_context.engine();
    const qint64 id = order.id();
    const bool hasCardKeys = [&] {
        for (const QJsonValue &l : order.order.value(QLatin1String("lines")).toArray()) {
            if (l[QLatin1String("kind")].toString() == QLatin1String("card"))
                return true;
        }
        return false;
    }();
    m_context.read<Result<void>>(
        this,
        [engine, id, path](SqliteDb &db) -> Result<void> {
            auto printable = TicketPrinter::gather(db, *engine, id);
            if (!printable)
                return printable.error();
            // Card keys were shown once; showing them again needs leave and
            // is audited, so a duplicate never carries them.
            printable->cardKeys.clear();
            return TicketPrinter::writePdf(*printable, path, true);
        },
        [this, path, hasCardKeys](Result<void> written) {
            m_detail->setBusy(false);
            if (!written) {
                m_detail->showError(
                    tr("The duplicate could not be printed: %1").arg(written.error().message));
                return;
            }
            QString message = tr("Duplicate saved to %1.").arg(QDir::toNativeSeparators(path));
            if (hasCardKeys)
                message += QLatin1Char(' ') + tr("Card keys are not reprinted.");
            m_detail->showMessage(message);
            emit reprinted(path);
        });
}

OrderSlips::Staff OrdersPage::slipStaff(const QString &approver) const
{
    OrderSlips::Staff staff;
    staff.cashier = m_context.user() ? m_context.user()->name : QString();
    staff.approvedBy = approver;
    staff.terminal = m_context.terminalId();
    if (auto venue = TerminalQueries(m_context.reader()).venueName())
        staff.venue = *venue;
    staff.at = QDateTime::fromMSecsSinceEpoch(m_context.clock().nowMs());
    return staff;
}

void OrdersPage::printSlip(const PrintableSlip &slip, const QString &done)
{
    const SlipOutput::Delivery delivery = SlipOutput::deliver(slip, m_printFolder);
    switch (delivery.outcome) {
    case SlipOutput::Outcome::Saved:
        m_detail->showMessage(
            tr("%1 Slip saved to %2.").arg(done, QDir::toNativeSeparators(delivery.path)));
        emit slipPrinted(delivery.path);
        return;
    case SlipOutput::Outcome::Printed:
        m_detail->showMessage(tr("%1 The slip was sent to the printer.").arg(done));
        return;
    case SlipOutput::Outcome::NoPrinter:
        m_detail->showMessage(tr("%1 No printer is set up, so no slip was printed.").arg(done));
        return;
    case SlipOutput::Outcome::Failed:
        m_detail->showError(tr("%1 The slip could not be printed: %2").arg(done, delivery.error));
        return;
    }
}

} // namespace tessera
