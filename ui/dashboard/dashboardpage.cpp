// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/dashboardpage.h"

#include "alerts/alertbanner.h"

#include "common/clock.h"
#include "console/consolecontext.h"
#include "console/moneyformat.h"
#include "console/venuetime.h"
#include "dashboard/dashboardnames.h"
#include "dashboard/dashboardsourcebar.h"
#include "dashboard/dashboardtables.h"
#include "dashboard/errorcodechart.h"
#include "dashboard/failedpaymentspanel.h"
#include "dashboard/localdashboardsource.h"
#include "dashboard/salefacts.h"
#include "dashboard/serveralertrulestore.h"
#include "dashboard/serverdashboardsource.h"
#include "dashboard/terminalgrid.h"
#include "dashboard/timeserieschart.h"
#include "query/eventqueries.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace tessera {

namespace {

// "minute", "5 minutes", "hour", "day": what one point of a chart covers.
QString bucketText(qint64 bucketMs)
{
    if (bucketMs == 60'000)
        return DashboardPage::tr("minute");
    if (bucketMs < 3'600'000)
        return DashboardPage::tr("%n minutes", nullptr, int(bucketMs / 60'000));
    if (bucketMs == 3'600'000)
        return DashboardPage::tr("hour");
    return DashboardPage::tr("day");
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt;"));
    return label;
}

} // namespace

DashboardPage::DashboardPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_source(new LocalDashboardSource(context, this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    buildHeader(layout);
    buildKpis(layout);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(buildBody());
    layout->addWidget(m_scroll, 1);

    m_source->setFilter([this](qint64 now) { return filterAt(now); });
    connect(m_sourceBar, &DashboardSourceBar::connectServer, this, &DashboardPage::connectToServer);
    connect(m_sourceBar, &DashboardSourceBar::useLocal, this, &DashboardPage::useLocalFigures);
    // Another member of staff signs in with their own PIN.
    connect(&m_context, &ConsoleContext::userChanged, this, [this] {
        m_serverPin.clear();
        m_sourceBar->clearPin();
        useLocalFigures();
    });
    m_sourceBar->hide();
    connect(m_source, &LocalDashboardSource::figuresReady, this, &DashboardPage::showFigures);
    connect(m_source, &LocalDashboardSource::failed, this, [this](const QString &message) {
        m_status->setText(tr("The figures could not be read: %1").arg(message));
    });
}

void DashboardPage::buildHeader(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    auto *title = new QLabel(tr("Dashboard"), this);
    title->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: bold;"));
    row->addWidget(title);
    row->addSpacing(12);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("dashboardRange"));
    m_range->addItem(tr("Live: last 15 minutes"), int(Range::Live));
    m_range->addItem(tr("Last hour"), int(Range::LastHour));
    m_range->addItem(tr("Today"), int(Range::Today));
    m_range->addItem(tr("Whole sale"), int(Range::WholeSale));
    m_venue = new QComboBox(this);
    m_venue->setObjectName(QStringLiteral("dashboardVenue"));
    m_venue->addItem(tr("All venues"), qint64(0));
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("dashboardEvent"));
    m_event->addItem(tr("All events"), qint64(0));
    m_event->setMinimumContentsLength(18);
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("dashboardChannel"));
    m_channel->addItem(tr("All channels"), QString());
    for (const char *channel : {"counter", "online", "phone"}) {
        const QString code = QString::fromLatin1(channel);
        m_channel->addItem(DashboardNames::channel(code), code);
    }
    const auto labelled = [this, row](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
        return label;
    };
    labelled(tr("&Range"), m_range);
    m_venueLabel = labelled(tr("Ve&nue"), m_venue);
    m_venueLabel->hide();
    m_venue->hide();
    labelled(tr("E&vent"), m_event);
    labelled(tr("C&hannel"), m_channel);
    row->addSpacing(12);
    m_sourceBar = new DashboardSourceBar(this);
    row->addWidget(m_sourceBar);
    row->addStretch(1);
    m_rulesButton = new QPushButton(tr("Alert rules…"), this);
    m_rulesButton->setObjectName(QStringLiteral("dashboardAlertRules"));
    connect(m_rulesButton, &QPushButton::clicked, this, &DashboardPage::alertRulesRequested);
    row->addWidget(m_rulesButton);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #455a64;"));
    layout->addWidget(m_status);
    connect(m_venue, &QComboBox::currentIndexChanged, this, [this] {
        const QSignalBlocker block(m_event);
        fillEvents();
    });
    for (QComboBox *box : {m_range, m_venue, m_event, m_channel})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardPage::filtersChanged);
}

void DashboardPage::buildKpis(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    const auto kpi = [this, row](const QString &caption, const QString &name) {
        auto *box = new QFrame(this);
        box->setFrameShape(QFrame::StyledPanel);
        box->setStyleSheet(QStringLiteral("QFrame { background: #eceff1; border-radius: 4px; }"));
        auto *inner = new QVBoxLayout(box);
        inner->setContentsMargins(10, 4, 10, 4);
        auto *value = new QLabel(QStringLiteral("—"), box);
        value->setObjectName(name);
        value->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
        auto *text = new QLabel(caption, box);
        text->setStyleSheet(QStringLiteral("color: #455a64;"));
        inner->addWidget(value);
        inner->addWidget(text);
        row->addWidget(box, 1);
        return value;
    };
    m_ordersKpi = kpi(tr("Orders"), QStringLiteral("kpiOrders"));
    m_revenueKpi = kpi(tr("Money taken"), QStringLiteral("kpiRevenue"));
    m_successKpi = kpi(tr("Payments that went through"), QStringLiteral("kpiSuccess"));
    m_refundsKpi = kpi(tr("Refunds"), QStringLiteral("kpiRefunds"));
    m_peakKpi = kpi(tr("Busiest minute"), QStringLiteral("kpiPeak"));
    layout->addLayout(row);
}

QWidget *DashboardPage::buildBody()
{
    auto *body = new QWidget(this);
    auto *grid = new QGridLayout(body);
    grid->setContentsMargins(0, 4, 0, 0);
    m_orders = new TimeSeriesChart(tr("Orders per minute"), body);
    m_orders->setObjectName(QStringLiteral("ordersChart"));
    m_revenue = new TimeSeriesChart(tr("Money taken per minute"), body);
    m_revenue->setObjectName(QStringLiteral("revenueChart"));
    m_success = new TimeSeriesChart(tr("Payments that went through, %"), body);
    m_success->setObjectName(QStringLiteral("successChart"));
    // The channels and the payment methods are known: their lines are made
    // now, so the first live update only fills them in.
    const QStringList channels{QStringLiteral("counter"), QStringLiteral("online"),
                               QStringLiteral("phone")};
    m_orders->prepareLines(channels);
    m_revenue->prepareLines(channels);
    QStringList methods;
    for (const char *method : {"cash", "card", "qr", "transfer"})
        methods << QLatin1String(method) + QLatin1Char('/') +
                       paymentProviderOf(QLatin1String(method));
    m_success->prepareLines(methods);
    m_errors = new ErrorCodeChart(body);
    m_errors->setObjectName(QStringLiteral("errorChart"));
    m_failed = new FailedPaymentsPanel(m_context.terminalId(), body);
    m_failed->hide();
    grid->addWidget(m_orders, 0, 0);
    grid->addWidget(m_revenue, 0, 1);
    grid->addWidget(m_success, 1, 0);
    grid->addWidget(m_errors, 1, 1);
    grid->addWidget(m_failed, 2, 0, 1, 2);
    grid->addWidget(sectionTitle(tr("Stock and pace"), body), 3, 0);
    grid->addWidget(sectionTitle(tr("Refunds by reason"), body), 3, 1);
    m_stock = DashboardTables::makeStockTable(body);
    m_stock->setMinimumHeight(150);
    m_refunds = DashboardTables::makeRefundTable(body);
    m_refunds->setMinimumHeight(150);
    grid->addWidget(m_stock, 4, 0);
    grid->addWidget(m_refunds, 4, 1);
    grid->addWidget(sectionTitle(tr("Terminals"), body), 5, 0, 1, 2);
    m_serverStats = new QLabel(body);
    m_serverStats->setObjectName(QStringLiteral("serverStats"));
    m_serverStats->setStyleSheet(QStringLiteral("color: #455a64;"));
    grid->addWidget(m_serverStats, 5, 1, Qt::AlignRight);
    m_terminals = new TerminalGrid(body);
    m_terminals->setObjectName(QStringLiteral("terminalGrid"));
    grid->addWidget(m_terminals, 6, 0, 1, 2);
    connect(m_terminals, &TerminalGrid::terminalClicked, this, [this](const QString &terminal) {
        m_terminal = m_terminal == terminal ? QString() : terminal;
        filtersChanged();
    });
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    connect(m_errors, &ErrorCodeChart::codeClicked, this, [this](const QString &code) {
        m_failed->show(code, m_figures.failedWith(code), VenueTime::boxOffice(m_context),
                       m_figures.currency);
        // The list opens under the charts: bring it into view.
        QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_failed); });
    });
    connect(m_failed, &FailedPaymentsPanel::openOrder, this, &DashboardPage::openOrder);
    return body;
}

void DashboardPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

DashboardFilter DashboardPage::filterAt(qint64 nowMs) const
{
    DashboardFilter filter;
    filter.toMs = nowMs + 1;
    switch (Range(m_range->currentData().toInt())) {
    case Range::Live:
        filter.fromMs = nowMs - kLiveWindowMs;
        break;
    case Range::LastHour:
        filter.fromMs = nowMs - 3'600'000;
        break;
    case Range::Today: {
        const QDateTime now = VenueTime::boxOffice(m_context).now();
        filter.fromMs = QDateTime(now.date(), QTime(0, 0), now.timeZone()).toMSecsSinceEpoch();
        break;
    }
    case Range::WholeSale:
        filter.fromMs = 0;
        break;
    }
    filter.eventId = m_event->currentData().toLongLong();
    filter.venueId = m_venue->currentData().toLongLong();
    filter.channel = m_channel->currentData().toString();
    return filter;
}

QJsonObject DashboardPage::serverFilter() const
{
    QJsonObject filter;
    switch (Range(m_range->currentData().toInt())) {
    case Range::Live:
        filter.insert(QStringLiteral("last_s"), kLiveWindowMs / 1000);
        break;
    case Range::LastHour:
        filter.insert(QStringLiteral("last_s"), 3600);
        break;
    case Range::Today:
        filter.insert(QStringLiteral("from"), filterAt(m_context.clock().nowMs()).fromMs);
        break;
    case Range::WholeSale:
        break;
    }
    if (const qint64 event = m_event->currentData().toLongLong(); event > 0)
        filter.insert(QStringLiteral("event"), event);
    if (const qint64 venue = m_venue->currentData().toLongLong(); venue > 0)
        filter.insert(QStringLiteral("venue"), venue);
    if (const QString channel = m_channel->currentData().toString(); !channel.isEmpty())
        filter.insert(QStringLiteral("channel"), channel);
    if (!m_terminal.isEmpty())
        filter.insert(QStringLiteral("terminal"), m_terminal);
    return filter;
}

void DashboardPage::filtersChanged()
{
    if (m_server && m_server->isRunning())
        m_server->setFilter(serverFilter());
    else
        m_source->refresh();
}

void DashboardPage::connectToServer(const QString &pin)
{
    if (!m_server || !m_context.user())
        return;
    m_serverPin = pin;
    m_source->stop();
    m_status->setText(tr("Connecting to %1…").arg(m_server->serverName()));
    m_server->start(m_context.user()->name, pin, serverFilter());
}

void DashboardPage::useLocalFigures()
{
    if (m_server)
        m_server->stop();
    m_terminal.clear();
    if (isVisible())
        m_source->start();
}

void DashboardPage::showServerState(int state, qint64 lastDataAtMs, const QString &message)
{
    const VenueTime time = VenueTime::boxOffice(m_context);
    switch (LiveFeed::State(state)) {
    case LiveFeed::State::Live:
        m_sourceBar->setConnected(true);
        m_status->setStyleSheet(QStringLiteral("color: #2e7d32; font-weight: bold;"));
        m_status->setText(tr("Live · every terminal, from the server %1 · data as of %2")
                              .arg(m_server->serverName(), time.timeWithSeconds(lastDataAtMs)));
        break;
    case LiveFeed::State::Reconnecting:
    case LiveFeed::State::Connecting:
        m_status->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
        m_status->setText(
            lastDataAtMs > 0
                ? tr("Reconnecting — data as of %1").arg(time.timeWithSeconds(lastDataAtMs))
                : tr("Connecting to %1…").arg(m_server->serverName()));
        break;
    case LiveFeed::State::Refused:
        m_serverPin.clear();
        m_sourceBar->setConnected(false);
        m_status->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
        m_status->setText(tr("The server refused: %1").arg(message));
        break;
    case LiveFeed::State::Stopped:
        m_status->setStyleSheet(QStringLiteral("color: #455a64;"));
        break;
    }
}

void DashboardPage::showServerFigures(const DashboardFigures &figures, const QJsonArray &terminals,
                                      const QJsonObject &server)
{
    showFigures(figures);
    if (LiveFeed *feed = m_server->feed())
        showServerState(int(feed->state()), feed->lastDataAtMs(), feed->errorMessage());
    const VenueTime time = VenueTime::boxOffice(m_context);
    m_terminals->show(terminals, m_terminal, time);
    const QLocale locale;
    m_serverStats->setText(
        tr("Server: %1 requests/s · p50 %2 ms · p99 %3 ms")
            .arg(locale.toString(server[QLatin1String("requests_per_s")].toDouble(), 'f', 1),
                 locale.toString(server[QLatin1String("p50_ms")].toDouble(), 'f', 1),
                 locale.toString(server[QLatin1String("p99_ms")].toDouble(), 'f', 1)));
}

void DashboardPage::findServer()
{
    if (m_server)
        return;
    // Enrolled since the window opened, or before: the link is beside the database.
    auto link = ServerDashboardSource::linkOf(m_context.databasePath());
    if (!link)
        return;
    m_server = new ServerDashboardSource(*link, m_context.clock(), this);
    connect(m_server, &ServerDashboardSource::figuresReady, this,
            &DashboardPage::showServerFigures);
    connect(m_server, &ServerDashboardSource::stateChanged, this,
            [this](LiveFeed::State state, qint64 at, const QString &message) {
                showServerState(int(state), at, message);
            });
    // The alerts judged on the server, while its figures are shown.
    auto *banner = new AlertBanner(m_server->alerts(), m_context, this);
    banner->setObjectName(QStringLiteral("serverAlertBanner"));
    banner->setTitle(tr("Alerts on the server %1").arg(m_server->serverName()));
    auto *top = static_cast<QVBoxLayout *>(layout());
    top->insertWidget(top->indexOf(m_status) + 1, banner);
    m_sourceBar->show();
}

void DashboardPage::activate()
{
    m_rulesButton->setVisible(m_context.may(Permission::ManageAlerts));
    loadEvents();
    findServer();
    if (m_server && !m_serverPin.isEmpty() && m_context.user())
        connectToServer(m_serverPin); // back to the server's figures
    else
        m_source->start();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    m_source->stop();
    if (m_server)
        m_server->stop(); // no traffic for a screen nobody looks at
    QWidget::hideEvent(event);
}

void DashboardPage::loadEvents()
{
    m_context.read<Result<QList<EventQueries::Managed>>>(
        this, [](SqliteDb &db) { return EventQueries(db).managed(); },
        [this](Result<QList<EventQueries::Managed>> events) {
            if (!events)
                return;
            m_events = *events;
            const qint64 venue = m_venue->currentData().toLongLong();
            const QSignalBlocker blockVenue(m_venue);
            const QSignalBlocker blockEvent(m_event);
            while (m_venue->count() > 1)
                m_venue->removeItem(1);
            for (const auto &event : std::as_const(m_events)) {
                if (m_venue->findData(event.venueId) < 0)
                    m_venue->addItem(event.venue, event.venueId);
            }
            m_venue->setCurrentIndex(std::max(0, m_venue->findData(venue)));
            // One venue: nothing to choose.
            const bool several = m_venue->count() > 2;
            m_venue->setVisible(several);
            m_venueLabel->setVisible(several);
            fillEvents();
        });
}

void DashboardPage::fillEvents()
{
    const qint64 venue = m_venue->currentData().toLongLong();
    const qint64 current = m_event->currentData().toLongLong();
    while (m_event->count() > 1)
        m_event->removeItem(1);
    for (const auto &event : std::as_const(m_events)) {
        if (venue == 0 || event.venueId == venue)
            m_event->addItem(event.name, event.id);
    }
    m_event->setCurrentIndex(std::max(0, m_event->findData(current)));
}

void DashboardPage::showFigures(const DashboardFigures &figures)
{
    m_figures = figures;
    const VenueTime time = VenueTime::boxOffice(m_context);
    showKpis(figures);
    showSeries(figures);
    m_errors->show(figures.errors);
    if (m_failed->isVisible())
        m_failed->show(m_failed->code(), figures.failedWith(m_failed->code()), time,
                       figures.currency);
    DashboardTables::fillStock(m_stock, figures.stock, time, figures.computedAtMs);
    DashboardTables::fillRefunds(m_refunds, figures.refundReasons, figures.currency);
    if (!m_server || !m_server->isRunning()) {
        m_status->setStyleSheet(QStringLiteral("color: #455a64;"));
        m_status->setText(
            tr("Figures of this terminal (%1) from its own database · read at %2")
                .arg(m_context.terminalId(), time.timeWithSeconds(figures.computedAtMs)));
        m_terminals->showNote(
            m_server ? tr("Only this terminal: choose \"Every terminal (server)\" above for the "
                          "other counters' figures and their sync state.")
                     : tr("Only this terminal: the other counters' figures and their sync state "
                          "show here when this console is connected to a server."));
        m_serverStats->clear();
    }
    emit figuresShown();
}

void DashboardPage::showKpis(const DashboardFigures &f)
{
    const QLocale locale;
    m_ordersKpi->setText(locale.toString(f.orders));
    // No sale in range: no currency to name.
    m_revenueKpi->setText(f.currency.isEmpty() ? QStringLiteral("—")
                                               : MoneyFormat::money(f.revenue, f.currency));
    m_successKpi->setText(f.attempts == 0
                              ? QStringLiteral("—")
                              : tr("%1 %").arg(locale.toString(f.successPercent(), 'f', 1)));
    m_successKpi->setToolTip(tr("%1 of %2 payment attempts approved")
                                 .arg(locale.toString(f.approved), locale.toString(f.attempts)));
    m_refundsKpi->setText(
        f.refunds == 0 ? locale.toString(0)
                       : tr("%1 · %2").arg(locale.toString(f.refunds),
                                           MoneyFormat::money(f.refundedAmount, f.currency)));
    m_peakKpi->setText(f.peakMinuteOrders == 0
                           ? QStringLiteral("—")
                           : tr("%n order(s) at %1", nullptr, int(f.peakMinuteOrders))
                                 .arg(VenueTime::boxOffice(m_context).time(f.peakMinuteStartMs)));
}

void DashboardPage::showSeries(const DashboardFigures &f)
{
    QList<qint64> starts;
    for (const SalesBucket &b : f.sales)
        starts.push_back(b.startMs);
    QMap<QString, QList<double>> orders;
    QMap<QString, QList<double>> revenue;
    for (const QString &channel : f.channels) {
        QList<double> o;
        QList<double> r;
        for (const SalesBucket &b : f.sales) {
            o.push_back(double(b.orders.value(channel)));
            r.push_back(double(b.revenue.value(channel)) / 100.0);
        }
        orders.insert(channel, o);
        revenue.insert(channel, r);
    }
    QMap<QString, QList<double>> success;
    for (const QString &method : f.methods) {
        QList<double> s;
        for (const PaymentBucket &b : f.payments) {
            const qint64 attempts = b.attempts.value(method);
            s.push_back(attempts == 0 ? std::nan("")
                                      : 100.0 * double(b.approved.value(method)) / attempts);
        }
        success.insert(method, s);
    }
    const VenueTime time = VenueTime::boxOffice(m_context);
    const QString unit = bucketText(f.bucketMs);
    m_orders->chart()->setTitle(tr("Orders per %1").arg(unit));
    m_revenue->chart()->setTitle(
        tr("Money taken per %1 (%2)")
            .arg(unit,
                 MoneyFormat::symbol(f.currency.isEmpty() ? QStringLiteral("CNY") : f.currency)));
    m_orders->show(starts, orders, &DashboardNames::channel, time, QStringLiteral("%.0f"), 4);
    m_revenue->show(starts, revenue, &DashboardNames::channel, time, QStringLiteral("%.0f"), 10);
    m_success->show(starts, success, &DashboardNames::method, time, QStringLiteral("%.0f"), 100);
}

std::unique_ptr<AlertRuleStore> DashboardPage::alertRuleStore() const
{
    if (m_server && m_server->isRunning() && !m_serverPin.isEmpty() && m_context.user())
        return std::make_unique<ServerAlertRuleStore>(m_server->link(), m_context.user()->name,
                                                      m_serverPin);
    return std::make_unique<LocalAlertRuleStore>(m_context);
}

} // namespace tessera
