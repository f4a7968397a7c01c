// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanlog.h"

#include "console/venuetime.h"
#include "verdictstyle.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera {

ScanLog::ScanLog(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_tally = new QLabel(this);
    m_tally->setObjectName(QStringLiteral("checkinTally"));
    QFont big = m_tally->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_tally->setFont(big);
    m_tally->setWordWrap(true);
    layout->addWidget(m_tally);

    auto *title = new QLabel(tr("Last scans"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("checkinHistory"));
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setRootIsDecorated(false);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setHeaderLabels({tr("Time"), tr("Code"), tr("Verdict")});
    m_history->header()->setStretchLastSection(true);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    QFont listFont = m_history->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.1);
    m_history->setFont(listFont);
    layout->addWidget(m_history, 1);
    showTally();
}

void ScanLog::add(const ScanOutcome &outcome, const VenueTime &time)
{
    rollOver(time.at(outcome.scannedAtMs).date());
    if (outcome.admits())
        ++m_admitted;
    else
        ++m_refused;
    showTally();

    auto *item =
        new QTreeWidgetItem({time.timeWithSeconds(outcome.scannedAtMs),
                             ScanWording::codeTail(outcome.code), ScanWording::headline(outcome)});
    item->setData(0, Qt::UserRole, ScanOutcome::key(outcome.kind));
    item->setForeground(2, VerdictStyle::of(outcome.kind).accent);
    QFont bold = m_history->font();
    bold.setBold(true);
    item->setFont(2, bold);
    m_history->insertTopLevelItem(0, item);
    while (m_history->topLevelItemCount() > kHistorySize)
        delete m_history->takeTopLevelItem(m_history->topLevelItemCount() - 1);
}

void ScanLog::rollOver(const VenueTime &time)
{
    rollOver(time.now().date());
}

void ScanLog::rollOver(const QDate &today)
{
    if (today == m_day)
        return;
    m_day = today;
    m_admitted = 0;
    m_refused = 0;
    showTally();
}

int ScanLog::size() const
{
    return m_history->topLevelItemCount();
}

void ScanLog::showTally()
{
    m_tally->setText(tr("Admitted today: %1 · Refused: %2").arg(m_admitted).arg(m_refused));
}

} // namespace tessera
