// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrule.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tessera {

class AlertRuleStore;
class ConsoleContext;
class MessageLabel;

// The alert thresholds on screen: a table of the rules and a form to add
// one or edit the selected one (kind, threshold, window, error code, event
// and category, enabled). The rules are this console's or, while the
// dashboard shows a central server's figures, that server's
// (AlertRuleStore). Only ops, managers and admins change them (the form is
// read-only for others; the store checks again).
class AlertRulesDialog : public QDialog
{
    Q_OBJECT

public:
    AlertRulesDialog(ConsoleContext &context, std::unique_ptr<AlertRuleStore> store,
                     QWidget *parent = nullptr);
    ~AlertRulesDialog() override;

    const QList<AlertRule> &rules() const { return m_rules; }
    // Fills the form with `rule` (id 0: a new one).
    void edit(const AlertRule &rule);
    // The rule the form describes.
    AlertRule formRule() const;

signals:
    // A rule was stored; the monitor may refresh.
    void rulesChanged();

private:
    void reload();
    void showRules();
    void kindChosen();
    void save();

    ConsoleContext &m_context;
    std::unique_ptr<AlertRuleStore> m_store;
    QList<AlertRule> m_rules;
    qint64 m_editing = 0;
    QTableWidget *m_table = nullptr;
    QLabel *m_formTitle = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QSpinBox *m_window = nullptr;
    QLineEdit *m_code = nullptr;
    QSpinBox *m_event = nullptr;
    QLineEdit *m_stock = nullptr;
    QCheckBox *m_enabled = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace tessera
