// SPDX-License-Identifier: GPL-3.0-or-later
#include "dayenddialog.h"

#include "common/clock.h"
#include "console/consolecontext.h"
#include "console/messagelabel.h"
#include "console/venuetime.h"
#include "printing/dayenddocument.h"
#include "shift/dayendcsv.h"
#include "shift/dayendreport.h"
#include "storage/sqlitedb.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tessera {

DayEndDialog::DayEndDialog(ConsoleContext &context, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_folder(folder)
{
    setObjectName(QStringLiteral("dayEndDialog"));
    setWindowTitle(tr("Day-end report"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Totals by payment method, refunds, voids, cash movements and the "
                               "difference of every shift of the day, on all terminals."),
                            this);
    hint->setWordWrap(true);
    hint->setMinimumWidth(380);
    layout->addWidget(hint);
    auto *form = new QFormLayout;
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dayEndDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(VenueTime::boxOffice(m_context).now().date());
    auto *label = new QLabel(tr("&Business day"), this);
    label->setBuddy(m_date);
    form->addRow(label, m_date);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dayEndStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_pdf = buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("dayEndPdf"));
    m_pdf->setDefault(true);
    m_csv = buttons->addButton(tr("Save &CSV…"), QDialogButtonBox::ActionRole);
    m_csv->setObjectName(QStringLiteral("dayEndCsv"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_pdf, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { save(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_date->setFocus();
}

void DayEndDialog::setBusy(bool busy)
{
    m_pdf->setEnabled(!busy);
    m_csv->setEnabled(!busy);
}

void DayEndDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(MessageLabel::styleSheetFor(error ? MessageLabel::Tone::Error
                                                              : MessageLabel::Tone::Success));
    m_status->setVisible(!text.isEmpty());
}

void DayEndDialog::save(bool pdf)
{
    const QDate day = m_date->date();
    setBusy(true);
    showStatus(tr("Adding up %1…").arg(day.toString(Qt::ISODate)), false);
    m_context.read<Result<QJsonObject>>(
        this,
        [day](SqliteDb &db) {
            return DayEndReport::compute(db, day, DayEndReport::boxOfficeZone(db));
        },
        [this, pdf](Result<QJsonObject> report) {
            if (!report) {
                setBusy(false);
                showStatus(report.error().message, true);
                return;
            }
            write(*report, pdf);
        });
}

void DayEndDialog::write(const QJsonObject &report, bool pdf)
{
    const DayEndDocument document(
        report, QDateTime::fromMSecsSinceEpoch(m_context.clock().nowMs(), Qt::UTC));
    const QString name = document.fileName(pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    QString path;
    if (!m_folder.isEmpty()) {
        path = QDir(m_folder).filePath(name);
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(
            this, tr("Save the day-end report"), QDir(folder).filePath(name),
            pdf ? tr("PDF documents (*.pdf)") : tr("CSV spreadsheets (*.csv)"));
    }
    if (path.isEmpty()) {
        setBusy(false);
        showStatus(tr("The report was not saved."), true);
        return;
    }
    const QLocale locale;
    m_context.background<Result<void>>(
        this,
        [document, report, path, pdf, locale]() -> Result<void> {
            if (pdf)
                return document.writePdf(path, locale);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(DayEndCsv::write(report)) < 0 ||
                !file.commit())
                return fail(ErrorCode::StorageError, DayEndDialog::tr("Cannot write %1.").arg(path),
                            path);
            return {};
        },
        [this, path](Result<void> done) {
            setBusy(false);
            if (!done) {
                showStatus(done.error().message, true);
                return;
            }
            m_lastPath = path;
            showStatus(tr("Saved to %1").arg(QDir::toNativeSeparators(path)), false);
            emit written(path);
        });
}

} // namespace tessera
