// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertbanner.h"

#include "alertsource.h"
#include "checkin/feedbacksounds.h"
#include "console/consolecontext.h"
#include "console/venuetime.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

AlertBanner::AlertBanner(AlertSource &source, ConsoleContext &context, QWidget *parent)
    : QFrame(parent)
    , m_source(source)
    , m_context(context)
{
    setObjectName(QStringLiteral("alertBanner"));
    // By class, not by name: the dashboard renames its server banner.
    setStyleSheet(QStringLiteral("tessera--AlertBanner { background: #b3261e; border-radius: 4px; }"
                                 "tessera--AlertBanner QLabel { color: white; }"));
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(12, 6, 12, 6);
    m_rows->setSpacing(4);
    connect(&m_source, &AlertSource::alertsChanged, this, &AlertBanner::rebuild);
    rebuild();
}

void AlertBanner::setTitle(const QString &title)
{
    m_title = title;
    rebuild();
}

int AlertBanner::shownCount() const
{
    return int(m_source.firing().size());
}

void AlertBanner::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<AlertRecord> &firing = m_source.firing();
    if (!m_title.isEmpty() && !firing.isEmpty()) {
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(m_title.toHtmlEscaped()), this);
        title->setObjectName(QStringLiteral("alertBannerTitle"));
        m_rows->addWidget(title);
    }
    bool fresh = false;
    qint64 freshId = 0;
    for (const AlertRecord &alert : firing) {
        m_rows->addWidget(rowFor(alert));
        if (!m_announced.contains(alert.id)) {
            m_announced.push_back(alert.id);
            fresh = true;
            freshId = alert.id;
        }
    }
    setVisible(!firing.isEmpty());
    // The alarm sounds once per alert this banner had not shown yet (one
    // already firing when the console opens too: somebody should hear it).
    if (fresh) {
        if (!m_sounds)
            m_sounds = new FeedbackSounds(this);
        m_sounds->play(FeedbackSounds::Sound::Alarm);
        emit alarmed(freshId);
    }
}

QWidget *AlertBanner::rowFor(const AlertRecord &alert)
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("alertRow%1").arg(alert.id));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const VenueTime time = VenueTime::boxOffice(m_context);
    QString text = QStringLiteral("⚠ <b>%1</b> — ").arg(alert.rule.describe().toHtmlEscaped());
    text += tr("now %1, worst %2, since %3")
                .arg(alert.rule.formatValue(alert.lastValue),
                     alert.rule.formatValue(alert.peakValue), time.time(alert.startedAtMs))
                .toHtmlEscaped();
    if (!alert.detail.isEmpty()) {
        // A payment share's detail is "approved/attempts" as it started.
        const QString detail = alert.rule.kind == AlertKind::PaymentSuccessBelow
                                   ? tr("%1 approved").arg(alert.detail)
                                   : alert.detail;
        text += QStringLiteral(" (%1)").arg(detail.toHtmlEscaped());
    }
    if (alert.isAcknowledged())
        text += QStringLiteral(" · ") +
                tr("acknowledged by %1 at %2")
                    .arg(alert.acknowledgedBy, time.time(alert.acknowledgedAtMs))
                    .toHtmlEscaped();
    auto *label = new QLabel(text, row);
    label->setObjectName(QStringLiteral("alertText"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    layout->addWidget(label, 1);
    if (!alert.isAcknowledged() && m_context.may(Permission::ViewReports)) {
        auto *ack = new QPushButton(tr("Acknowledge…"), row);
        ack->setObjectName(QStringLiteral("acknowledgeAlert%1").arg(alert.id));
        const qint64 id = alert.id;
        connect(ack, &QPushButton::clicked, this, [this, id] { askToAcknowledge(id); });
        layout->addWidget(ack);
    }
    return row;
}

void AlertBanner::askToAcknowledge(qint64 alertId)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("alertAckDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Acknowledge alert"));
    dialog->setLabelText(tr("Your name (kept with the alert for the run report):"));
    const auto &user = m_context.user();
    dialog->setTextValue(user ? user->name : QString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, alertId](const QString &name) {
        const QPointer<AlertBanner> self(this);
        m_source.acknowledge(alertId, name.trimmed(), [self](const QString &error) {
            if (!self || error.isEmpty())
                return;
            // Not kept (the server unreachable, the PIN refused): say so, the
            // button stays for another try.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Alert not acknowledged"),
                                        tr("The alert was not acknowledged: %1").arg(error),
                                        QMessageBox::Ok, self);
            box->setObjectName(QStringLiteral("alertAckFailed"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    });
    dialog->open();
}

} // namespace tessera
