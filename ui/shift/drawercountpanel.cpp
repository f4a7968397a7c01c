// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawercountpanel.h"
#include "console/messagelabel.h"

#include "console/moneyformat.h"
#include "shift/cashdenominations.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace tessera {

namespace {

const char *const kGreen = "#1b7f3b";
const char *const kRed = "#b3261e";
const char *const kAmber = "#b26a00";

QLabel *rightAligned(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

} // namespace

DrawerCountPanel::DrawerCountPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("drawerCountPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);

    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);
    auto *hint = new QLabel(tr("Type how many of each note and coin are in the drawer; Enter goes "
                               "to the next row. Leave 0 for none."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    auto *sheet = new QWidget;
    m_grid = new QGridLayout(sheet);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(4);
    const QStringList headers{tr("Note or coin"), tr("Count"), tr("Amount")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *header = new QLabel(headers[c], sheet);
        header->setStyleSheet(QStringLiteral("font-weight: bold; color: #555;"));
        header->setAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                    : Qt::AlignRight | Qt::AlignVCenter);
        m_grid->addWidget(header, 0, c);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("drawerCountSheet"));
    scroll->setWidget(sheet);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    columns->addWidget(scroll, 3);

    auto *totals = new QFrame(this);
    totals->setFrameShape(QFrame::StyledPanel);
    auto *totalsGrid = new QGridLayout(totals);
    totalsGrid->setContentsMargins(16, 12, 16, 12);
    totalsGrid->setHorizontalSpacing(24);
    QFont strong = font();
    strong.setBold(true);
    strong.setPointSizeF(strong.pointSizeF() * 1.3);
    auto addTotal = [&](int row, const QString &label, const char *name) {
        auto *caption = new QLabel(label, totals);
        caption->setFont(strong);
        totalsGrid->addWidget(caption, row, 0);
        auto *value = rightAligned(totals);
        value->setObjectName(QLatin1String(name));
        value->setFont(strong);
        totalsGrid->addWidget(value, row, 1);
        return value;
    };
    m_counted = addTotal(0, tr("Counted"), "shiftCountedTotal");
    m_expectedLabel = addTotal(1, tr("Expected"), "shiftCountExpected");
    auto *line = new QFrame(totals);
    line->setFrameShape(QFrame::HLine);
    totalsGrid->addWidget(line, 2, 0, 1, 2);
    m_difference = new QLabel(totals);
    m_difference->setObjectName(QStringLiteral("shiftDifference"));
    QFont huge = strong;
    huge.setPointSizeF(strong.pointSizeF() * 1.25);
    m_difference->setFont(huge);
    m_difference->setAlignment(Qt::AlignCenter);
    m_difference->setWordWrap(true);
    m_difference->setMinimumHeight(48);
    totalsGrid->addWidget(m_difference, 3, 0, 1, 2);
    totalsGrid->setRowStretch(4, 1);

    auto *side = new QVBoxLayout;
    side->addWidget(totals);
    auto *noteLabel = new QLabel(tr("&Note for the Z-report (optional)"), this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("shiftCloseNote"));
    m_note->setMaxLength(500);
    noteLabel->setBuddy(m_note);
    side->addWidget(noteLabel);
    side->addWidget(m_note);
    side->addStretch();
    columns->addLayout(side, 2);
    layout->addLayout(columns, 1);

    m_error = new MessageLabel(QStringLiteral("shiftCloseError"), this);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("Back (Esc)"), this);
    m_back->setObjectName(QStringLiteral("shiftCountBack"));
    m_back->setMinimumHeight(44);
    m_confirm = new QPushButton(tr("Close shift and print Z-report"), this);
    m_confirm->setObjectName(QStringLiteral("shiftConfirmClose"));
    m_confirm->setMinimumHeight(44);
    m_confirm->setToolTip(tr("Close the shift with this count (Ctrl+Enter)"));
    m_confirm->setAutoDefault(true);
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &DrawerCountPanel::back);
    connect(m_confirm, &QPushButton::clicked, this, &DrawerCountPanel::submit);
    connect(m_note, &QLineEdit::returnPressed, m_confirm, qOverload<>(&QWidget::setFocus));
    // Keep in step with keys().
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &DrawerCountPanel::back);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &DrawerCountPanel::submit);
    }
}

void DrawerCountPanel::clearRows()
{
    for (const Row &row : m_rows) {
        for (QWidget *w : {static_cast<QWidget *>(row.count), static_cast<QWidget *>(row.amount)})
            delete w;
    }
    // The denomination captions are the grid's other widgets below the header.
    for (int r = m_grid->rowCount() - 1; r >= 1; --r) {
        if (QLayoutItem *item = m_grid->itemAtPosition(r, 0)) {
            QWidget *caption = item->widget();
            m_grid->removeItem(item);
            delete item;
            delete caption;
        }
    }
    m_rows.clear();
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
}

void DrawerCountPanel::prepare(qint64 shiftId, const QString &currency, qint64 expected, bool blind)
{
    m_blind = blind;
    m_entered = false;
    m_heading->setText(tr("Count the drawer and close shift %1").arg(shiftId));
    clearRows();
    m_currency = currency;
    m_expected = expected;
    QWidget *sheet = m_grid->parentWidget();
    QWidget *previous = nullptr;
    int r = 1;
    for (const qint64 denomination : CashDenominations::forCurrency(currency)) {
        auto *caption = new QLabel(MoneyFormat::denomination(denomination, currency), sheet);
        m_grid->addWidget(caption, r, 0);
        auto *count = new QLineEdit(sheet);
        count->setObjectName(QStringLiteral("shiftCount_%1").arg(denomination));
        count->setValidator(new QIntValidator(0, 999999, count));
        count->setPlaceholderText(QStringLiteral("0"));
        count->setAlignment(Qt::AlignRight);
        count->setMaximumWidth(120);
        count->setAccessibleName(tr("Count of %1").arg(caption->text()));
        count->installEventFilter(this);
        m_grid->addWidget(count, r, 1);
        auto *amount = rightAligned(sheet);
        amount->setMinimumWidth(110);
        m_grid->addWidget(amount, r, 2);
        connect(count, &QLineEdit::textChanged, this, &DrawerCountPanel::updateTotals);
        if (previous)
            setTabOrder(previous, count);
        previous = count;
        m_rows.push_back({denomination, count, amount});
        ++r;
    }
    m_grid->setRowStretch(r, 1);
    if (previous)
        setTabOrder(previous, m_note);
    m_note->clear();
    m_error->hide();
    setBusy(false);
    updateTotals();
    if (!m_rows.isEmpty()) {
        m_rows.first().count->setFocus();
        m_rows.first().count->selectAll();
    }
}

void DrawerCountPanel::setExpected(qint64 expected)
{
    m_expected = expected;
    updateTotals();
}

void DrawerCountPanel::setBusy(bool busy)
{
    m_confirm->setEnabled(!busy);
    m_back->setEnabled(!busy);
    if (busy)
        m_confirm->setText(tr("Closing…"));
    else
        setConfirmText();
}

void DrawerCountPanel::setConfirmText()
{
    const bool entering = !showsExpected();
    m_confirm->setText(entering ? tr("Enter the count") : tr("Close shift and print Z-report"));
    m_confirm->setToolTip(entering ? tr("Fix this count and see what was expected (Ctrl+Enter)")
                                   : tr("Close the shift with this count (Ctrl+Enter)"));
}

void DrawerCountPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

qint64 DrawerCountPanel::countedTotal() const
{
    qint64 total = 0;
    for (const Row &row : m_rows)
        total += row.denomination * row.value();
    return total;
}

QJsonArray DrawerCountPanel::counted() const
{
    QJsonArray rows;
    for (const Row &row : m_rows)
        rows.push_back(QJsonObject{{QStringLiteral("denomination"), row.denomination},
                                   {QStringLiteral("count"), row.value()}});
    return rows;
}

void DrawerCountPanel::updateTotals()
{
    for (const Row &row : m_rows)
        row.amount->setText(MoneyFormat::money(row.denomination * row.value(), m_currency));
    const qint64 counted = countedTotal();
    const qint64 difference = counted - m_expected;
    m_counted->setText(MoneyFormat::money(counted, m_currency));
    if (!showsExpected()) {
        // Blind: nothing to count towards.
        m_expectedLabel->setText(tr("hidden until counted"));
        m_difference->setText(tr("Blind count: type what is in the drawer, then Enter the count."));
        m_difference->setProperty("overShort", QString());
        m_difference->setStyleSheet(
            QStringLiteral("color: #333; background: #e8e8e8; border-radius: 6px; padding: 6px;"));
        return;
    }
    m_expectedLabel->setText(MoneyFormat::money(m_expected, m_currency));
    QString text;
    const char *colour = kGreen;
    if (difference == 0) {
        text = tr("Balanced");
    } else if (difference < 0) {
        text = tr("Short %1").arg(MoneyFormat::money(-difference, m_currency));
        colour = kRed;
    } else {
        text = tr("Over %1").arg(MoneyFormat::money(difference, m_currency));
        colour = kAmber;
    }
    m_difference->setText(text);
    m_difference->setProperty("overShort", difference == 0  ? QStringLiteral("balanced")
                                           : difference < 0 ? QStringLiteral("short")
                                                            : QStringLiteral("over"));
    m_difference->setStyleSheet(
        QStringLiteral("color: white; background: %1; border-radius: 6px; padding: 6px;")
            .arg(QLatin1String(colour)));
}

qint64 DrawerCountPanel::Row::value() const
{
    return count->text().trimmed().toLongLong();
}

bool DrawerCountPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool ctrl = static_cast<QKeyEvent *>(event)->modifiers() & Qt::ControlModifier;
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !ctrl) {
            // Enter goes down the sheet, then to the note.
            for (qsizetype i = 0; i < m_rows.size(); ++i) {
                if (m_rows[i].count != watched)
                    continue;
                if (i + 1 < m_rows.size()) {
                    m_rows[i + 1].count->setFocus();
                    m_rows[i + 1].count->selectAll();
                } else {
                    m_note->setFocus();
                }
                return true;
            }
        }
    } else if (event->type() == QEvent::FocusIn) {
        // Typing over a count replaces it.
        if (auto *edit = qobject_cast<QLineEdit *>(watched))
            QMetaObject::invokeMethod(edit, &QLineEdit::selectAll, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void DrawerCountPanel::submit()
{
    if (!m_confirm->isEnabled())
        return;
    showError({});
    if (!showsExpected()) {
        // The count is entered: fix it, then show what was expected.
        m_entered = true;
        for (const Row &row : m_rows)
            row.count->setReadOnly(true);
        updateTotals();
        setConfirmText();
        m_confirm->setFocus();
        return;
    }
    emit confirmed(counted(), m_note->text().trimmed());
}

QList<std::pair<QKeySequence, QString>> DrawerCountPanel::keys()
{
    return {{QKeySequence(Qt::CTRL | Qt::Key_Return),
             tr("Drawer count: confirm the count and close the shift")},
            {QKeySequence(Qt::Key_Escape), tr("Drawer count: back to the shift")}};
}

} // namespace tessera
