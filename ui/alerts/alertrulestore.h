// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrule.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>

namespace tessera {

class ConsoleContext;

// Where the alert rules the dialog edits live: this console's database
// (judged here, LocalAlertRuleStore) or the central server's (judged there
// over every terminal, ServerAlertRuleStore). Answers come on the GUI
// thread, and not at all once `receiver` is gone.
class AlertRuleStore
{
public:
    using Loaded = std::function<void(Result<QList<AlertRule>>)>;
    using Saved = std::function<void(Result<qint64>)>; // the rule's id

    virtual ~AlertRuleStore() = default;
    // "this console" or "the server tickets.example.org", for the dialog's title.
    virtual QString place() const = 0;
    virtual void load(QObject *receiver, Loaded done) = 0;
    virtual void save(const AlertRule &rule, QObject *receiver, Saved done) = 0;
};

// The rules in this console's own database, stored with set_alert_rule as
// the signed-in user.
class LocalAlertRuleStore final : public AlertRuleStore
{
    Q_DECLARE_TR_FUNCTIONS(tessera::LocalAlertRuleStore)

public:
    explicit LocalAlertRuleStore(ConsoleContext &context)
        : m_context(context)
    {}
    QString place() const override;
    void load(QObject *receiver, Loaded done) override;
    void save(const AlertRule &rule, QObject *receiver, Saved done) override;

private:
    ConsoleContext &m_context;
};

} // namespace tessera
