// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrulesdialog.h"

#include "alertkindlabel.h"
#include "alertrulestore.h"
#include "console/consolecontext.h"
#include "console/messagelabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

enum Column { RuleColumn, ThresholdColumn, WindowColumn, EnabledColumn, ColumnCount };

} // namespace

AlertRulesDialog::AlertRulesDialog(ConsoleContext &context, std::unique_ptr<AlertRuleStore> store,
                                   QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_store(std::move(store))
{
    setObjectName(QStringLiteral("alertRulesDialog"));
    setWindowTitle(tr("Alert rules of %1").arg(m_store->place()));
    setMinimumSize(760, 560);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("An alert shows as a red banner on the dashboard and sounds once "
                                "when a rule's threshold is crossed; it clears by itself when the "
                                "figure is back. Every alert is kept for the run report."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("alertRulesTable"));
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("Threshold"), tr("Window"), tr("On")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RuleColumn, QHeaderView::Stretch);
    for (int c = ThresholdColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    m_formTitle = new QLabel(this);
    m_formTitle->setObjectName(QStringLiteral("alertRuleFormTitle"));
    layout->addWidget(m_formTitle);
    auto *form = new QFormLayout;
    m_form = form;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("alertRuleKind"));
    for (AlertKind kind : allAlertKinds())
        m_kind->addItem(AlertKindLabel::name(kind), int(kind));
    form->addRow(tr("&Alert when"), m_kind);
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("alertRuleThreshold"));
    m_threshold->setRange(0, 1'000'000);
    m_threshold->setDecimals(1);
    form->addRow(tr("&Threshold"), m_threshold);
    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("alertRuleWindow"));
    m_window->setRange(1, AlertRule::kMaxWindowMinutes);
    m_window->setSuffix(tr(" min"));
    form->addRow(tr("Over the last"), m_window);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("alertRuleCode"));
    m_code->setPlaceholderText(tr("e.g. timeout, insufficient_funds, provider_unavailable"));
    form->addRow(tr("Error &code"), m_code);
    m_event = new QSpinBox(this);
    m_event->setObjectName(QStringLiteral("alertRuleEvent"));
    m_event->setRange(0, 1'000'000'000);
    m_event->setSpecialValueText(tr("Every event"));
    form->addRow(tr("&Event"), m_event);
    m_stock = new QLineEdit(this);
    m_stock->setObjectName(QStringLiteral("alertRuleStock"));
    m_stock->setPlaceholderText(tr("Every category (or a name: Stalls, Standing…)"));
    form->addRow(tr("Categor&y"), m_stock);
    m_enabled = new QCheckBox(tr("On"), this);
    m_enabled->setObjectName(QStringLiteral("alertRuleEnabled"));
    form->addRow(QString(), m_enabled);
    layout->addLayout(form);

    m_message = new MessageLabel(QStringLiteral("alertRulesMessage"), this);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New rule"), this);
    m_new->setObjectName(QStringLiteral("newAlertRule"));
    buttons->addWidget(m_new);
    buttons->addStretch();
    m_save = new QPushButton(tr("&Save rule"), this);
    m_save->setObjectName(QStringLiteral("saveAlertRule"));
    m_save->setDefault(true);
    buttons->addWidget(m_save);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlertRulesDialog::kindChosen);
    connect(m_new, &QPushButton::clicked, this, [this] { edit(AlertRule{}); });
    connect(m_save, &QPushButton::clicked, this, &AlertRulesDialog::save);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_rules.size())
            edit(m_rules.at(row));
    });

    const bool mayEdit = m_context.may(Permission::ManageAlerts);
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_threshold, m_window, m_code,
                                                       m_event, m_stock, m_enabled, m_new, m_save})
        w->setEnabled(mayEdit);
    if (!mayEdit)
        m_message->say(tr("Only ops, managers and admins change alert rules."),
                       MessageLabel::Tone::Info);
    reload();
    edit(AlertRule{});
}

AlertRulesDialog::~AlertRulesDialog() = default;

void AlertRulesDialog::reload()
{
    m_store->load(this, [this](Result<QList<AlertRule>> rules) {
        if (!rules) {
            m_message->say(tr("The rules cannot be read: %1").arg(rules.error().message));
            return;
        }
        m_rules = *rules;
        showRules();
    });
}

void AlertRulesDialog::showRules()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_rules.size()));
    for (int row = 0; row < m_rules.size(); ++row) {
        const AlertRule &r = m_rules.at(row);
        const bool windowed =
            r.kind == AlertKind::PaymentSuccessBelow || r.kind == AlertKind::ErrorCodeAbove;
        const QStringList cells{r.describe(), r.formatValue(r.threshold),
                                windowed ? tr("%1 min").arg(r.windowMinutes) : QString(),
                                r.enabled ? tr("on") : tr("off")};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (r.id == m_editing)
            m_table->selectRow(row);
    }
}

void AlertRulesDialog::edit(const AlertRule &rule)
{
    if (m_save->isEnabled())
        m_message->say({}); // "Saved." was about the rule before
    m_editing = rule.id;
    m_formTitle->setText(rule.id ? tr("<b>Rule %1</b>").arg(rule.id) : tr("<b>New rule</b>"));
    const QSignalBlocker block(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(int(rule.kind)));
    kindChosen();
    m_threshold->setValue(rule.id ? rule.threshold : 80);
    m_window->setValue(rule.windowMinutes);
    m_code->setText(rule.code);
    m_event->setValue(int(rule.eventId));
    m_stock->setText(rule.stock);
    m_enabled->setChecked(rule.enabled);
    if (!rule.id) {
        const QSignalBlocker blockTable(m_table);
        m_table->clearSelection();
    }
}

void AlertRulesDialog::kindChosen()
{
    const auto kind = AlertKind(m_kind->currentData().toInt());
    m_threshold->setSuffix(AlertKindLabel::unitSuffix(kind));
    m_threshold->setMaximum(kind == AlertKind::PaymentSuccessBelow ? 100 : 1'000'000);
    // Only the fields this kind uses, with their labels.
    m_form->setRowVisible(m_window, kind == AlertKind::PaymentSuccessBelow ||
                                        kind == AlertKind::ErrorCodeAbove);
    m_form->setRowVisible(m_code, kind == AlertKind::ErrorCodeAbove);
    m_form->setRowVisible(m_event, kind == AlertKind::StockBelow);
    m_form->setRowVisible(m_stock, kind == AlertKind::StockBelow);
}

AlertRule AlertRulesDialog::formRule() const
{
    AlertRule r;
    r.id = m_editing;
    r.kind = AlertKind(m_kind->currentData().toInt());
    r.threshold = m_threshold->value();
    r.windowMinutes = m_window->value();
    r.code = m_code->text().trimmed();
    r.eventId = m_event->value();
    r.stock = m_stock->text().trimmed();
    r.enabled = m_enabled->isChecked();
    return r;
}

void AlertRulesDialog::save()
{
    if (!m_save->isEnabled())
        return;
    m_message->say({});
    // Through JSON, so the dialog refuses exactly what the store would.
    auto rule = AlertRule::fromJson(formRule().toJson());
    if (!rule) {
        m_message->say(rule.error().message);
        return;
    }
    m_save->setEnabled(false);
    m_message->say(tr("Saving…"), MessageLabel::Tone::Info);
    m_store->save(*rule, this, [this](Result<qint64> id) {
        m_save->setEnabled(true);
        if (!id) {
            m_message->say(tr("Not saved: %1").arg(id.error().message));
            return;
        }
        m_editing = *id;
        m_message->say(tr("Saved."), MessageLabel::Tone::Success);
        reload();
        emit rulesChanged();
    });
}

} // namespace tessera
