// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinpage.h"

#include "common/clock.h"
#include "console/consolecontext.h"
#include "console/venuetime.h"
#include "gatecheck.h"
#include "scanlog.h"
#include "verdictpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace tessera {

namespace {

const QString kGateSetting = QStringLiteral("checkin/gate");

// The gate a counter records entries under until one is named, in the
// console's language.
QString defaultGate()
{
    return CheckInPage::tr("Counter");
}

} // namespace

CheckInPage::CheckInPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("checkinpage"));
    m_check = new GateCheck(m_context, this);
    m_sounds = new FeedbackSounds(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    buildHeader(layout);

    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("checkinScan"));
    m_scan->setPlaceholderText(tr("Scan a ticket — or type its code and press Enter"));
    m_scan->setClearButtonEnabled(false);
    QFont scanFont = m_scan->font();
    scanFont.setPointSizeF(scanFont.pointSizeF() * 1.8);
    m_scan->setFont(scanFont);
    m_scan->setMinimumHeight(56);
    m_scan->setStyleSheet(QStringLiteral(
        "#checkinScan { border: 3px solid #1565c0; border-radius: 8px; padding: 4px 12px; }"));
    layout->addWidget(m_scan);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checkinStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_status->hide();
    layout->addWidget(m_status);

    auto *body = new QHBoxLayout;
    body->setSpacing(18);
    m_panel = new VerdictPanel(this);
    body->addWidget(m_panel, 3);
    m_log = new ScanLog(this);
    m_log->setMinimumWidth(340);
    body->addWidget(m_log, 1);
    layout->addLayout(body, 1);

    connect(m_scan, &QLineEdit::returnPressed, this, &CheckInPage::submitScan);
    connect(m_check, &GateCheck::checked, this, &CheckInPage::showOutcome);
    connect(m_check, &GateCheck::snapshotLoaded, this, &CheckInPage::fillEvents);
    connect(m_sounds, &FeedbackSounds::played, this, &CheckInPage::feedbackPlayed);
    // Refunds and entries made elsewhere in the console, gathered for a
    // moment so a busy gate does not re-read them after every scan (its own
    // entries are known at once); a hidden screen catches up in activate().
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(1500);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            m_check->refresh();
    });
    connect(&m_context, &ConsoleContext::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    // A hidden screen that grabs the focus would swallow the next scan.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && !now->isVisible() && isVisible() && now->window() == window())
            QMetaObject::invokeMethod(this, &CheckInPage::focusScan, Qt::QueuedConnection);
    });
}

void CheckInPage::buildHeader(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    auto *title = new QLabel(tr("Check-in"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    row->addWidget(title);
    row->addSpacing(24);

    auto *gateLabel = new QLabel(tr("&Gate:"), this);
    m_gate = new QLineEdit(this);
    m_gate->setObjectName(QStringLiteral("checkinGate"));
    m_gate->setPlaceholderText(defaultGate());
    m_gate->setText(QSettings().value(kGateSetting, defaultGate()).toString());
    m_gate->setMaxLength(40);
    m_gate->setMinimumWidth(180);
    m_gate->setMaximumWidth(280);
    m_gate->setToolTip(tr("Entries are recorded under this gate's name."));
    gateLabel->setBuddy(m_gate);
    row->addWidget(gateLabel);
    row->addWidget(m_gate);
    row->addSpacing(18);

    auto *eventLabel = new QLabel(tr("&Event:"), this);
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("checkinEvent"));
    m_event->setMinimumWidth(320);
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_event->addItem(tr("Any event"), QVariant::fromValue<qint64>(0));
    m_event->setToolTip(tr("Tickets of other events are turned away."));
    eventLabel->setBuddy(m_event);
    row->addWidget(eventLabel);
    row->addWidget(m_event);
    row->addStretch();
    layout->addLayout(row);

    connect(m_gate, &QLineEdit::editingFinished, this, [this] {
        // Only a gate someone named is kept: the default follows the
        // console's language.
        if (m_gate->text().trimmed().isEmpty() || gate() == defaultGate())
            QSettings().remove(kGateSetting);
        else
            QSettings().setValue(kGateSetting, gate());
    });
    connect(m_gate, &QLineEdit::returnPressed, this, &CheckInPage::focusScan);
    connect(m_event, &QComboBox::activated, this, &CheckInPage::focusScan);
}

QString CheckInPage::gate() const
{
    const QString name = m_gate->text().trimmed();
    return name.isEmpty() ? defaultGate() : name;
}

void CheckInPage::activate()
{
    m_sounds->prepare();
    m_check->refresh();
    m_log->rollOver(VenueTime::boxOffice(m_context));
    focusScan();
}

void CheckInPage::submitScan()
{
    const QString code = m_scan->text().trimmed();
    m_scan->clear();
    focusScan();
    if (code.isEmpty())
        return;
    m_check->check(code, gate(), admittedEvent());
}

void CheckInPage::showOutcome(const ScanOutcome &outcome)
{
    m_last = outcome;
    const VenueTime time = VenueTime::boxOffice(m_context);
    m_panel->showOutcome(outcome, time);
    m_log->add(outcome, time);
    m_sounds->play(FeedbackSounds::soundFor(outcome.kind));
    emit scanChecked(outcome);
}

void CheckInPage::fillEvents()
{
    const QString problem = m_check->snapshotProblem();
    m_status->setText(problem.isEmpty()
                          ? QString()
                          : tr("Tickets are checked by the database only: %1").arg(problem));
    m_status->setVisible(!problem.isEmpty());

    const qint64 selected = admittedEvent().value_or(0);
    const QSignalBlocker blocker(m_event);
    while (m_event->count() > 1)
        m_event->removeItem(1);
    const VenueTime time = VenueTime::boxOffice(m_context);
    for (const GateEvent &e : m_check->events()) {
        QString text = e.name;
        if (e.startsAtMs)
            text = tr("%1 · %2").arg(e.name, time.inZone(e.timeZone).dateTime(e.startsAtMs));
        m_event->addItem(text, QVariant::fromValue<qint64>(e.id));
    }
    const int index = m_event->findData(QVariant::fromValue<qint64>(selected));
    m_event->setCurrentIndex(index < 0 ? 0 : index);
}

std::optional<qint64> CheckInPage::admittedEvent() const
{
    const qint64 id = m_event->currentData().toLongLong();
    if (id <= 0)
        return std::nullopt;
    return id;
}

void CheckInPage::focusScan()
{
    m_scan->setFocus(Qt::OtherFocusReason);
}

} // namespace tessera
