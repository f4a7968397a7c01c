// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrulestore.h"
#include "serverlink.h"

namespace tessera {

// The alert rules of the central server this console is enrolled with: read
// from GET /v1/alerts and stored with POST /v1/alert-rules, signed in as the
// member of staff at the dashboard (the server checks the role again), off
// the GUI thread.
class ServerAlertRuleStore final : public AlertRuleStore
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ServerAlertRuleStore)

public:
    ServerAlertRuleStore(ServerLink link, QString user, QString pin)
        : m_link(std::move(link))
        , m_user(std::move(user))
        , m_pin(std::move(pin))
    {}
    QString place() const override;
    void load(QObject *receiver, Loaded done) override;
    void save(const AlertRule &rule, QObject *receiver, Saved done) override;

private:
    ServerLink m_link;
    QString m_user;
    QString m_pin;
};

} // namespace tessera
