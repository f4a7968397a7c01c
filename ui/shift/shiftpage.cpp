// SPDX-License-Identifier: GPL-3.0-or-later
#include "shiftpage.h"
#include "console/messagelabel.h"

#include "cashmovementdialog.h"
#include "common/clock.h"
#include "console/consolecontext.h"
#include "console/moneyformat.h"
#include "console/venuetime.h"
#include "dayenddialog.h"
#include "drawercountpanel.h"
#include "openshiftpanel.h"
#include "orders/approvedcommand.h"
#include "printing/printstyle.h"
#include "printing/zreportdocument.h"
#include "shift/shiftcommands.h"
#include "shift/shiftpolicy.h"
#include "shift/shiftqueries.h"
#include "shiftsummarypanel.h"
#include "storage/sqlitedb.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tessera {

// What the screen shows, read off the UI thread: the open shift's report
// (empty when none is open), the catalog's currency, or why it failed.
struct ShiftPage::Snapshot
{
    QJsonObject open;
    QString currency;
    QString error;
    bool blindCount = true;
};

ShiftPage::ShiftPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("shiftpage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("shiftMessage"));
    m_message->setWordWrap(true);
    m_message->setContentsMargins(24, 8, 24, 0);
    m_message->hide();
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 24, 0);
    top->addWidget(m_message, 1);
    m_dayEnd = new QPushButton(tr("&Day-end report…"), this);
    m_dayEnd->setObjectName(QStringLiteral("shiftDayEndButton"));
    m_dayEnd->setToolTip(tr("Totals of every shift and terminal of a day, as PDF or CSV"));
    top->addWidget(m_dayEnd, 0, Qt::AlignTop | Qt::AlignRight);
    layout->addLayout(top);
    connect(m_dayEnd, &QPushButton::clicked, this, &ShiftPage::openDayEnd);

    m_stack = new QStackedWidget(this);
    m_loading = new QLabel(tr("Reading the drawer…"), m_stack);
    m_loading->setAlignment(Qt::AlignCenter);
    m_open = new OpenShiftPanel(m_stack);
    m_summary = new ShiftSummaryPanel(m_stack);
    m_count = new DrawerCountPanel(m_stack);
    for (QWidget *panel : {static_cast<QWidget *>(m_loading), static_cast<QWidget *>(m_open),
                           static_cast<QWidget *>(m_summary), static_cast<QWidget *>(m_count)})
        m_stack->addWidget(panel);
    // A long count (many currencies, notes) scrolls on a small counter screen.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("shiftScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    layout->addWidget(scroll, 1);

    connect(m_open, &OpenShiftPanel::openRequested, this, &ShiftPage::openShift);
    connect(m_open, &OpenShiftPanel::printRequested, this, &ShiftPage::printReport);
    connect(m_summary, &ShiftSummaryPanel::cashInRequested, this, [this] { moveCash(false); });
    connect(m_summary, &ShiftSummaryPanel::cashOutRequested, this, [this] { moveCash(true); });
    connect(m_summary, &ShiftSummaryPanel::closeRequested, this, &ShiftPage::startCount);
    connect(m_count, &DrawerCountPanel::confirmed, this, &ShiftPage::closeShift);
    connect(m_count, &DrawerCountPanel::back, this, [this] {
        if (m_busy)
            return;
        m_stack->setCurrentWidget(m_summary);
        m_summary->focusFirstAction();
    });
    // Sales elsewhere change what the drawer should hold.
    connect(&m_context, &ConsoleContext::changed, this, [this] {
        if (isVisible())
            refresh(false);
    });
}

void ShiftPage::activate()
{
    // Supervisors and managers close the day.
    m_dayEnd->setVisible(m_context.may(Permission::ViewReports));
    if (!m_context.may(Permission::Sell))
        showMessage(tr("Your role does not work the cash drawer; a cashier, supervisor or "
                       "manager opens and closes shifts."),
                    true);
    else if (!m_busy)
        showMessage({});
    refresh(true);
}

void ShiftPage::refresh(bool focus)
{
    const QString terminal = m_context.terminalId();
    m_context.read<Snapshot>(
        this,
        [terminal](SqliteDb &db) {
            Snapshot snapshot;
            ShiftQueries shifts(db, terminal);
            auto open = shifts.openShift();
            if (open && *open) {
                auto report = shifts.report(**open);
                if (report)
                    snapshot.open = *report;
                else
                    snapshot.error = report.error().message;
            } else if (!open) {
                snapshot.error = open.error().message;
            }
            snapshot.blindCount = ShiftPolicy::read(db).blindCount;
            if (auto currency = ShiftQueries::catalogCurrency(db))
                snapshot.currency = *currency;
            return snapshot;
        },
        [this, focus](Snapshot snapshot) { apply(snapshot, focus); });
}

void ShiftPage::apply(const Snapshot &snapshot, bool focus)
{
    if (!snapshot.error.isEmpty()) {
        showMessage(snapshot.error, true);
        return;
    }
    m_current = snapshot.open;
    m_blindCount = snapshot.blindCount;
    if (m_stack->currentWidget() == m_count) {
        // Counting: keep the sheet, follow the expected cash.
        if (!m_current.isEmpty())
            m_count->setExpected(m_current.value(QStringLiteral("expected")).toInteger());
        return;
    }
    if (m_current.isEmpty()) {
        // Already showing: keep what the cashier is typing.
        const bool wasOpen = m_stack->currentWidget() == m_open;
        if (!wasOpen)
            m_open->prepare(m_context.terminalId(), snapshot.currency);
        m_stack->setCurrentWidget(m_open);
        if (focus || !wasOpen)
            m_open->focusFloat();
        return;
    }
    m_summary->setReport(m_current, VenueTime::boxOffice(m_context));
    const bool wasSummary = m_stack->currentWidget() == m_summary;
    m_stack->setCurrentWidget(m_summary);
    if (focus || !wasSummary)
        m_summary->focusFirstAction();
}

void ShiftPage::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(MessageLabel::styleSheetFor(error ? MessageLabel::Tone::Error
                                                               : MessageLabel::Tone::Success));
    m_message->setVisible(!message.isEmpty());
}

void ShiftPage::openShift(qint64 floatMinor, const QString &currency)
{
    if (m_busy)
        return;
    m_busy = true;
    m_open->setBusy(true);
    m_context.run(std::make_unique<OpenShiftCommand>(floatMinor, currency), this,
                  [this](const CommandOutcome &outcome) {
                      m_busy = false;
                      m_open->setBusy(false);
                      if (!outcome.result) {
                          m_open->showError(outcome.result.error().message);
                          m_open->focusFloat();
                          return;
                      }
                      const QJsonObject r = outcome.result.value();
                      showMessage(tr("Shift %1 is open with a float of %2.")
                                      .arg(r.value(QStringLiteral("shift")).toInteger())
                                      .arg(MoneyFormat::money(
                                          r.value(QStringLiteral("float")).toInteger(),
                                          r.value(QStringLiteral("currency")).toString())));
                      refresh(true);
                  });
}

void ShiftPage::moveCash(bool out)
{
    if (m_busy || m_current.isEmpty())
        return;
    auto *dialog =
        new CashMovementDialog(out, m_current.value(QStringLiteral("currency")).toString(),
                               m_current.value(QStringLiteral("expected")).toInteger(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runMovement(dialog); });
    dialog->open();
}

void ShiftPage::runMovement(CashMovementDialog *dialog)
{
    const bool out = dialog->isOut();
    const qint64 amount = dialog->amount();
    const QString currency = m_current.value(QStringLiteral("currency")).toString();
    m_busy = true;
    m_context.run(std::make_unique<CashMovementCommand>(out, amount, dialog->reason()), this,
                  [this, out, amount, currency](const CommandOutcome &outcome) {
                      m_busy = false;
                      if (!outcome.result) {
                          showMessage(outcome.result.error().message, true);
                          return;
                      }
                      const QString money = MoneyFormat::money(amount, currency);
                      showMessage(out ? tr("%1 taken out of the drawer.").arg(money)
                                      : tr("%1 put into the drawer.").arg(money));
                      refresh(true);
                  });
}

void ShiftPage::startCount()
{
    if (m_busy || m_current.isEmpty())
        return;
    showMessage({});
    // Shown first, so the first row can take the focus.
    m_stack->setCurrentWidget(m_count);
    // Blind for cashiers when the box office says so; supervisors see it.
    const bool blind = m_blindCount && !m_context.may(Permission::ViewReports);
    m_count->prepare(m_current.value(QStringLiteral("shift")).toInteger(),
                     m_current.value(QStringLiteral("currency")).toString(),
                     m_current.value(QStringLiteral("expected")).toInteger(), blind);
}

void ShiftPage::closeShift(const QJsonArray &counted, const QString &note)
{
    if (m_busy)
        return;
    const qint64 difference = m_count->difference();
    if (difference == 0) {
        runClose(counted, note, {});
        return;
    }
    // A difference needs a supervisor's approval (as a refund does).
    const QString currency = m_current.value(QStringLiteral("currency")).toString();
    const QString shift = QString::number(m_current.value(QStringLiteral("shift")).toInteger());
    const QString action = difference < 0
                               ? tr("Close shift %1 with the drawer %2 short.")
                                     .arg(shift, MoneyFormat::money(-difference, currency))
                               : tr("Close shift %1 with the drawer %2 over.")
                                     .arg(shift, MoneyFormat::money(difference, currency));
    m_busy = true;
    m_count->setBusy(true);
    requestApproval(
        m_context, this, Permission::Refund, action,
        [this, counted, note](const QString &approver) {
            m_busy = false;
            runClose(counted, note, approver);
        },
        [this](const Error &error) {
            m_busy = false;
            m_count->setBusy(false);
            m_count->showError(error.message);
        },
        [this] {
            m_busy = false;
            m_count->setBusy(false);
            m_count->showError(tr("The shift is still open: the approval was cancelled."));
        });
}

void ShiftPage::runClose(const QJsonArray &counted, const QString &note, const QString &approver)
{
    QJsonObject request{{QStringLiteral("counted"), counted}};
    if (!note.isEmpty())
        request.insert(QStringLiteral("note"), note);
    auto command = CloseShiftCommand::fromJson(request);
    if (!command) {
        m_count->showError(command.error().toString());
        return;
    }
    m_busy = true;
    m_count->setBusy(true);
    m_context.run(
        std::move(*command), this,
        [this](const CommandOutcome &outcome) {
            m_busy = false;
            m_count->setBusy(false);
            if (!outcome.result) {
                m_count->showError(outcome.result.error().message);
                return;
            }
            const QJsonObject r = outcome.result.value();
            const QString currency = r.value(QStringLiteral("currency")).toString();
            const qint64 difference = r.value(QStringLiteral("difference")).toInteger();
            const qint64 shiftId = r.value(QStringLiteral("shift")).toInteger();
            const QString verdict =
                difference == 0 ? tr("the drawer balanced")
                : difference < 0
                    ? tr("the drawer was %1 short").arg(MoneyFormat::money(-difference, currency))
                    : tr("the drawer was %1 over").arg(MoneyFormat::money(difference, currency));
            const QString summary =
                tr("Shift %1 closed: counted %2, expected %3; %4.")
                    .arg(shiftId)
                    .arg(MoneyFormat::money(r.value(QStringLiteral("counted")).toInteger(),
                                            currency))
                    .arg(MoneyFormat::money(r.value(QStringLiteral("expected")).toInteger(),
                                            currency))
                    .arg(verdict);
            showMessage(summary, difference < 0);
            m_current = {};
            m_stack->setCurrentWidget(m_open);
            m_open->prepare(m_context.terminalId(), currency);
            m_open->showLastClosed(tr("%1 Writing the Z-report…").arg(summary), {});
            m_open->focusFloat();
            writeReport(shiftId, summary);
        },
        approver);
}

void ShiftPage::writeReport(qint64 shiftId, const QString &summary)
{
    const QString terminal = m_context.terminalId();
    m_context.read<Result<QJsonObject>>(
        this,
        [terminal, shiftId](SqliteDb &db) { return ShiftQueries(db, terminal).report(shiftId); },
        [this, summary](Result<QJsonObject> report) {
            if (!report) {
                showMessage(report.error().message, true);
                m_open->showLastClosed(summary, {});
                return;
            }
            m_lastReport = *report;
            saveReport(*report, summary);
        });
}

void ShiftPage::saveReport(const QJsonObject &report, const QString &summary)
{
    const QDateTime now = VenueTime::boxOffice(m_context).now();
    const ZReportDocument document(report, now);
    QString path;
    if (!m_reportFolder.isEmpty()) {
        path = QDir(m_reportFolder).filePath(document.fileName());
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Save the Z-report"),
                                            QDir(folder).filePath(document.fileName()),
                                            tr("PDF documents (*.pdf)"));
    }
    if (path.isEmpty()) {
        m_open->showLastClosed(tr("%1 The Z-report was not saved.").arg(summary), {});
        return;
    }
    const QLocale locale;
    m_context.background<Result<void>>(
        this, [document, path, locale] { return document.writePdf(path, locale); },
        [this, path, summary](Result<void> written) {
            if (!written) {
                showMessage(written.error().toString(), true);
                m_open->showLastClosed(summary, {});
                return;
            }
            m_lastReportPath = path;
            m_open->showLastClosed(summary, path);
            emit zReportWritten(path);
        });
}

void ShiftPage::openDayEnd()
{
    if (!m_context.may(Permission::ViewReports))
        return;
    auto *dialog = new DayEndDialog(m_context, m_reportFolder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ShiftPage::printReport()
{
    if (m_lastReport.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ZReportDocument::pageLayout());
    printer.setDocName(tr("Z-report"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the Z-report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter;
    if (!painter.begin(&printer)) {
        showMessage(tr("The printer could not be opened."), true);
        return;
    }
    const QDateTime now = VenueTime::boxOffice(m_context).now();
    ZReportDocument(m_lastReport, now).paint(printer, painter, PrintStyle(printer));
    painter.end();
}

} // namespace tessera
