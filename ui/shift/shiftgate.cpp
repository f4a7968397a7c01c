// SPDX-License-Identifier: GPL-3.0-or-later
#include "shiftgate.h"

#include "console/consolecontext.h"
#include "engine/engine.h"
#include "openshiftdialog.h"
#include "shift/shiftpolicy.h"
#include "shift/shiftqueries.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QPointer>

namespace tessera {

namespace {

struct GateState
{
    bool needed = false;
    QString currency;
};

} // namespace

void ensureShiftFor(ConsoleContext &context, QWidget *parent, const QString &method,
                    std::function<void()> proceed, std::function<void()> cancelled)
{
    const QString terminal = context.terminalId();
    const ShiftRule fallback = context.engine().defaultShiftRule();
    QPointer<QWidget> guard(parent);
    context.read<GateState>(
        parent,
        [terminal, fallback, method](SqliteDb &db) {
            GateState state;
            if (!ShiftPolicy::read(db, fallback).needsShift(method))
                return state;
            auto open = ShiftQueries(db, terminal).openShift();
            // A read that fails leaves the decision to the engine.
            state.needed = open && !*open;
            if (auto currency = ShiftQueries::catalogCurrency(db))
                state.currency = *currency;
            return state;
        },
        [&context, guard, method, proceed, cancelled](GateState state) {
            if (!state.needed) {
                proceed();
                return;
            }
            const QString why =
                method == QLatin1String("cash")
                    ? QCoreApplication::translate("tessera::OpenShiftDialog",
                                                  "No shift is open on this terminal, and cash "
                                                  "goes into a counted drawer.")
                    : QCoreApplication::translate("tessera::OpenShiftDialog",
                                                  "No shift is open on this terminal, and this "
                                                  "box office takes every payment within a "
                                                  "shift.");
            auto *dialog = new OpenShiftDialog(
                context, why, state.currency.isEmpty() ? QStringLiteral("CNY") : state.currency,
                guard);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &QDialog::finished, dialog, [proceed, cancelled](int result) {
                if (result == QDialog::Accepted)
                    proceed();
                else if (cancelled)
                    cancelled();
            });
            dialog->open();
        });
}

} // namespace tessera
