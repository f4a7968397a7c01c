// SPDX-License-Identifier: GPL-3.0-or-later
#include "shiftsummarypanel.h"

#include "console/moneyformat.h"
#include "console/venuetime.h"
#include "printing/printableorder.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

QPushButton *actionButton(const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    button->setMinimumHeight(44);
    button->setMinimumWidth(150);
    return button;
}

} // namespace

ShiftSummaryPanel::ShiftSummaryPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("shiftSummaryPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);

    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);
    m_opened = new QLabel(this);
    m_opened->setObjectName(QStringLiteral("shiftOpenedBy"));
    m_opened->setWordWrap(true);
    layout->addWidget(m_opened);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    auto *figures = new QFrame(this);
    figures->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(figures);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setHorizontalSpacing(24);
    m_float = addFigure(grid, 0, tr("Float"), "shiftFloatShown");
    m_cashSales = addFigure(grid, 1, tr("+ Cash sales"), "shiftCashSales");
    m_refunds = addFigure(grid, 2, tr("− Cash refunds"), "shiftCashRefunds");
    m_cashIn = addFigure(grid, 3, tr("+ Cash in"), "shiftCashIn");
    m_cashOut = addFigure(grid, 4, tr("− Cash out"), "shiftCashOut");
    auto *line = new QFrame(figures);
    line->setFrameShape(QFrame::HLine);
    grid->addWidget(line, 5, 0, 1, 2);
    auto *expectedLabel = new QLabel(tr("Expected in the drawer"), figures);
    QFont strong = expectedLabel->font();
    strong.setBold(true);
    strong.setPointSizeF(strong.pointSizeF() * 1.3);
    expectedLabel->setFont(strong);
    grid->addWidget(expectedLabel, 6, 0);
    m_expected = new QLabel(figures);
    m_expected->setObjectName(QStringLiteral("shiftExpected"));
    m_expected->setFont(strong);
    m_expected->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_expected, 6, 1);
    columns->addWidget(figures, 2);

    auto *side = new QVBoxLayout;
    auto *takingsTitle = new QLabel(tr("Takings by method"), this);
    takingsTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    side->addWidget(takingsTitle);
    m_takings = new QLabel(this);
    m_takings->setObjectName(QStringLiteral("shiftTakings"));
    m_takings->setWordWrap(true);
    m_takings->setTextFormat(Qt::RichText);
    side->addWidget(m_takings);
    side->addStretch();
    columns->addLayout(side, 1);
    layout->addLayout(columns);

    auto *movesTitle = new QLabel(tr("Cash movements"), this);
    movesTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(movesTitle);
    m_movements = new QTableWidget(0, 4, this);
    m_movements->setObjectName(QStringLiteral("shiftMovements"));
    m_movements->setHorizontalHeaderLabels({tr("Time"), tr("Amount"), tr("Reason"), tr("By")});
    m_movements->verticalHeader()->hide();
    m_movements->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_movements->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_movements->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_movements->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_movements->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_movements->setSelectionMode(QAbstractItemView::NoSelection);
    m_movements->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_movements, 1);

    auto *buttons = new QHBoxLayout;
    m_in = actionButton(tr("Cash &in…"), "shiftCashInButton", this);
    m_out = actionButton(tr("Cash &out…"), "shiftCashOutButton", this);
    m_close = actionButton(tr("C&lose shift…"), "shiftCloseButton", this);
    m_in->setToolTip(tr("Put change into the drawer"));
    m_out->setToolTip(tr("Take cash out of the drawer (a bank drop)"));
    m_close->setToolTip(tr("Count the drawer and close the shift"));
    buttons->addWidget(m_in);
    buttons->addWidget(m_out);
    buttons->addStretch();
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_in, &QPushButton::clicked, this, &ShiftSummaryPanel::cashInRequested);
    connect(m_out, &QPushButton::clicked, this, &ShiftSummaryPanel::cashOutRequested);
    connect(m_close, &QPushButton::clicked, this, &ShiftSummaryPanel::closeRequested);
}

QLabel *ShiftSummaryPanel::addFigure(QGridLayout *grid, int row, const QString &label,
                                     const char *name)
{
    grid->addWidget(new QLabel(label, grid->parentWidget()), row, 0);
    auto *value = new QLabel(grid->parentWidget());
    value->setObjectName(QLatin1String(name));
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(value, row, 1);
    return value;
}

void ShiftSummaryPanel::setReport(const QJsonObject &report, const VenueTime &time)
{
    auto localTime = [&time](const QString &iso) { return time.dateTime(iso); };
    const QString currency = report.value(QStringLiteral("currency")).toString();
    auto money = [&](const char *field) {
        return MoneyFormat::money(report.value(QLatin1String(field)).toInteger(), currency);
    };
    m_heading->setText(
        tr("Shift %1 is open").arg(report.value(QStringLiteral("shift")).toInteger()));
    m_opened->setText(tr("Opened by %1 at %2 on terminal %3.")
                          .arg(report.value(QStringLiteral("opened_by")).toString(),
                               localTime(report.value(QStringLiteral("opened_at")).toString()),
                               report.value(QStringLiteral("terminal")).toString()));
    m_float->setText(money("float"));
    m_cashSales->setText(money("cash_sales"));
    m_refunds->setText(money("cash_refunds"));
    m_cashIn->setText(money("cash_in"));
    m_cashOut->setText(money("cash_out"));
    m_expected->setText(money("expected"));

    QStringList takings;
    for (const QJsonValue &v : report.value(QStringLiteral("takings")).toArray()) {
        const QJsonObject t = v.toObject();
        takings.push_back(
            tr("%1: %2 (×%3)")
                .arg(PrintableOrder::methodName(t.value(QStringLiteral("method")).toString())
                         .toHtmlEscaped(),
                     MoneyFormat::money(t.value(QStringLiteral("amount")).toInteger(),
                                        t.value(QStringLiteral("currency")).toString()))
                .arg(t.value(QStringLiteral("count")).toInteger()));
    }
    const QJsonObject orders = report.value(QStringLiteral("orders")).toObject();
    takings.push_back(QStringLiteral("<span style='color:#555'>%1</span>")
                          .arg(tr("Orders sold: %1, refunded: %2")
                                   .arg(orders.value(QStringLiteral("sold")).toInteger())
                                   .arg(orders.value(QStringLiteral("refunded")).toInteger())));
    m_takings->setText(report.value(QStringLiteral("takings")).toArray().isEmpty()
                           ? tr("Nothing taken yet.")
                           : takings.join(QStringLiteral("<br>")));

    const QJsonArray moves = report.value(QStringLiteral("movements")).toArray();
    m_movements->setRowCount(int(moves.size()));
    for (int i = 0; i < moves.size(); ++i) {
        const QJsonObject m = moves[i].toObject();
        const bool out = m.value(QStringLiteral("kind")).toString() == QLatin1String("out");
        const qint64 amount = m.value(QStringLiteral("amount")).toInteger();
        const QStringList cells{localTime(m.value(QStringLiteral("at")).toString()),
                                MoneyFormat::money(out ? -amount : amount, currency),
                                m.value(QStringLiteral("reason")).toString(),
                                m.value(QStringLiteral("actor")).toString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_movements->setItem(i, c, item);
        }
    }
}

void ShiftSummaryPanel::focusFirstAction()
{
    m_close->setFocus();
}

} // namespace tessera
