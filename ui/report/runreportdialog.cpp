// SPDX-License-Identifier: GPL-3.0-or-later
#include "runreportdialog.h"

#include "common/clock.h"
#include "console/consolecontext.h"
#include "console/messagelabel.h"
#include "console/venuetime.h"
#include "engine/engine.h"
#include "printing/runreportdocument.h"
#include "query/eventqueries.h"
#include "report/reportcsv.h"
#include "report/runreport.h"
#include "serverrunreport.h"
#include "storage/sqlitedb.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tessera {

namespace {

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::StorageError,
                    RunReportDialog::tr("Cannot write %1: %2").arg(path, file.errorString()),
                    QStringLiteral("folder"));
    return {};
}

} // namespace

RunReportDialog::RunReportDialog(ConsoleContext &context, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("runReportDialog"));
    setWindowTitle(tr("Run report"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Totals, the timeline of sales and payment success, error codes, "
                               "refunds, peak minute, terminals, channels and stock, as a PDF; "
                               "the orders, payments and refunds as CSV files for a spreadsheet."),
                            this);
    hint->setWordWrap(true);
    hint->setMinimumWidth(440);
    layout->addWidget(hint);

    auto *form = new QFormLayout;
    m_byEvent = new QRadioButton(tr("An &event"), this);
    m_byEvent->setObjectName(QStringLiteral("runReportByEvent"));
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("runReportEvent"));
    form->addRow(m_byEvent, m_event);
    m_byDays = new QRadioButton(tr("&Business days"), this);
    m_byDays->setObjectName(QStringLiteral("runReportByDays"));
    auto *days = new QHBoxLayout;
    const QDate today = VenueTime::boxOffice(m_context).now().date();
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("runReportFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("runReportTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    days->addWidget(m_from, 1);
    days->addWidget(new QLabel(tr("to"), this));
    days->addWidget(m_to, 1);
    form->addRow(m_byDays, days);

    auto *where = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("runReportFolder"));
    QString start = folder;
    if (start.isEmpty())
        start = QSettings().value(QStringLiteral("printFolder")).toString();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setText(QDir::toNativeSeparators(start));
    auto *browse = new QPushButton(tr("C&hoose…"), this);
    where->addWidget(m_folder, 1);
    where->addWidget(browse);
    auto *folderLabel = new QLabel(tr("Save &in"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, where);

    // Every terminal's figures, from the server this console is enrolled with.
    if (auto link = ServerLink::loadPublic(m_context.databasePath()); link && *link) {
        m_link = **link;
        m_everyTerminal = new QCheckBox(
            tr("Every &terminal, as the server %1 has them (PDF only)").arg(m_link->address.host()),
            this);
        m_everyTerminal->setObjectName(QStringLiteral("runReportEveryTerminal"));
        form->addRow(QString(), m_everyTerminal);
        m_pin = new QLineEdit(this);
        m_pin->setObjectName(QStringLiteral("runReportPin"));
        m_pin->setEchoMode(QLineEdit::Password);
        m_pin->setPlaceholderText(tr("The server checks it"));
        m_pin->setEnabled(false);
        form->addRow(tr("Your &PIN"), m_pin);
        connect(m_everyTerminal, &QCheckBox::toggled, m_pin, &QWidget::setEnabled);
    }
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runReportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_write = buttons->addButton(tr("&Write report"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("runReportWrite"));
    m_write->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &RunReportDialog::chooseFolder);
    connect(m_byEvent, &QRadioButton::toggled, this, &RunReportDialog::updateScope);
    connect(m_write, &QPushButton::clicked, this, &RunReportDialog::writeReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_byEvent->setChecked(true);
    updateScope();
    loadEvents();
}

void RunReportDialog::loadEvents()
{
    m_context.read<Result<QList<EventQueries::Managed>>>(
        this, [](SqliteDb &db) { return EventQueries(db).managed(); },
        [this](Result<QList<EventQueries::Managed>> events) {
            m_event->clear();
            if (!events) {
                showStatus(events.error().message, true);
                return;
            }
            const VenueTime zone = VenueTime::boxOffice(m_context);
            for (const EventQueries::Managed &e : *events)
                m_event->addItem(tr("%1 · %2").arg(e.name, zone.date(e.startsAtMs)), e.id);
            if (m_event->count() == 0)
                m_byDays->setChecked(true);
        });
}

void RunReportDialog::chooseFolder()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Folder for the run report"), m_folder->text());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

void RunReportDialog::updateScope()
{
    const bool event = m_byEvent->isChecked();
    m_event->setEnabled(event);
    m_from->setEnabled(!event);
    m_to->setEnabled(!event);
}

void RunReportDialog::setBusy(bool busy)
{
    m_write->setEnabled(!busy);
}

void RunReportDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(MessageLabel::styleSheetFor(error ? MessageLabel::Tone::Error
                                                              : MessageLabel::Tone::Success));
    m_status->setVisible(!text.isEmpty());
}

void RunReportDialog::writeReport()
{
    RunReportScope scope;
    if (m_byEvent->isChecked()) {
        scope.eventId = m_event->currentData().toLongLong();
        if (scope.eventId <= 0) {
            showStatus(tr("Choose an event."), true);
            m_event->setFocus();
            return;
        }
    } else {
        scope.from = m_from->date();
        scope.to = m_to->date();
        if (scope.to < scope.from) {
            showStatus(tr("The last day is before the first."), true);
            m_to->setFocus();
            return;
        }
    }
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty() || !QDir().mkpath(folder) || !QFileInfo(folder).isWritable()) {
        showStatus(tr("Cannot write into the folder \"%1\"; choose another.").arg(folder), true);
        m_folder->setFocus();
        return;
    }
    const bool everyTerminal = m_everyTerminal && m_everyTerminal->isChecked();
    if (everyTerminal && m_pin->text().isEmpty()) {
        showStatus(tr("Type your PIN: the server checks who asks for every terminal's figures."),
                   true);
        m_pin->setFocus();
        return;
    }
    setBusy(true);
    showStatus(tr("Adding up…"), false);
    Engine *engine = &m_context.engine();
    const QString terminal = m_context.terminalId();
    const qint64 now = m_context.clock().nowMs();
    m_context.read<Result<RunReport>>(
        this,
        [engine, terminal, scope, now](SqliteDb &db) {
            const auto key = engine->dataKey(db);
            return RunReportReader::read(db, terminal, key.get(), scope, now);
        },
        [this, folder, everyTerminal](Result<RunReport> report) {
            if (!report) {
                setBusy(false);
                showStatus(report.error().message, true);
                return;
            }
            if (everyTerminal)
                fillFromServer(std::move(*report), folder);
            else
                write(*report, folder, true);
        });
}

void RunReportDialog::fillFromServer(RunReport report, const QString &folder)
{
    showStatus(tr("Asking the server %1…").arg(m_link->address.host()), false);
    const ServerLink link = *m_link;
    const QString user = m_context.user() ? m_context.user()->name : QString();
    const QString pin = m_pin->text();
    const qint64 now = m_context.clock().nowMs();
    m_context.background<Result<RunReport>>(
        this,
        [report, link, user, pin, now]() mutable -> Result<RunReport> {
            if (auto filled = ServerRunReport::fill(report, link, user, pin, now); !filled)
                return filled.error();
            return report;
        },
        [this, folder](Result<RunReport> filled) {
            if (!filled) {
                setBusy(false);
                showStatus(
                    tr("The server's figures could not be had: %1").arg(filled.error().message),
                    true);
                return;
            }
            m_pin->clear();
            write(*filled, folder, false);
        });
}

void RunReportDialog::write(const RunReport &report, const QString &folder, bool withCsv)
{
    const RunReportDocument document(report);
    const QString pdf = QDir(folder).filePath(document.fileName());
    const QString base = pdf.chopped(4);
    const QLocale locale;
    m_context.background<Result<QStringList>>(
        this,
        [document, report, pdf, base, locale, withCsv]() -> Result<QStringList> {
            QStringList files{pdf};
            const std::pair<QString, QByteArray> exports[] = {
                {base + QStringLiteral("-orders.csv"), ReportCsv::orders(report)},
                {base + QStringLiteral("-payments.csv"), ReportCsv::payments(report)},
                {base + QStringLiteral("-refunds.csv"), ReportCsv::refunds(report)}};
            for (const auto &[path, bytes] : exports) {
                if (!withCsv)
                    break;
                if (auto written = writeFile(path, bytes); !written)
                    return written.error();
                files.push_back(path);
            }
            if (auto written = document.writePdf(pdf, locale); !written)
                return written.error();
            return files;
        },
        [this, folder](Result<QStringList> files) {
            setBusy(false);
            if (!files) {
                showStatus(files.error().message, true);
                return;
            }
            m_lastFiles = *files;
            QStringList names;
            for (const QString &f : m_lastFiles)
                names.push_back(QFileInfo(f).fileName());
            showStatus(tr("Saved to %1:\n%2")
                           .arg(QDir::toNativeSeparators(folder), names.join(QStringLiteral("\n"))),
                       false);
            adjustSize();
            emit written(m_lastFiles);
        });
}

} // namespace tessera
