// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatplanimportdialog.h"
#include "console/messagelabel.h"

#include "console/consolecontext.h"
#include "seatplanpreview.h"
#include "setup/boxofficetimezone.h"
#include "setup/createvenuecommand.h"
#include "timezonebox.h"
#include "venue/seatplanparser.h"

#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tessera {

namespace {

constexpr QSize kPictureSize(700, 300);

} // namespace

SeatPlanImportDialog::SeatPlanImportDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("seatPlanImportDialog"));
    setWindowTitle(tr("Import a seat map"));
    resize(760, 640);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Choose a seating plan in the pretix format (JSON). It is "
                                "checked and previewed before anything is imported."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("planFile"));
    m_file->setPlaceholderText(tr("Path of the plan file"));
    fileRow->addWidget(m_file, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("planBrowse"));
    browse->setAutoDefault(false);
    fileRow->addWidget(browse);
    m_file->installEventFilter(this);
    auto *fileLabel = new QLabel(tr("Plan &file"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("venueName"));
    m_name->setPlaceholderText(tr("Taken from the plan when left empty"));
    form->addRow(tr("Venue &name"), m_name);

    // The box office's zone, not the PC's: venues are where the box office is.
    m_timezone = new TimeZoneBox(BoxOfficeTimeZone::read(m_context.reader()), this);
    m_timezone->setObjectName(QStringLiteral("venueTimezone"));
    form->addRow(tr("&Time zone"), m_timezone);
    layout->addLayout(form);

    m_preview = new QLabel(tr("No plan chosen yet."), this);
    m_preview->setObjectName(QStringLiteral("planPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_preview);
    m_map = new QLabel(this);
    m_map->setObjectName(QStringLiteral("planMap"));
    m_map->setAlignment(Qt::AlignCenter);
    m_map->setToolTip(tr("The plan's seats, coloured by category"));
    m_map->setMinimumSize(kPictureSize);
    m_map->hide();
    layout->addWidget(m_map, 1);

    m_error = new MessageLabel(QStringLiteral("planError"), this);
    layout->addWidget(m_error);

    auto *busyRow = new QHBoxLayout;
    m_progressLabel = new QLabel(this);
    busyRow->addWidget(m_progressLabel);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_progress->setRange(0, 0);
    busyRow->addWidget(m_progress, 1);
    layout->addLayout(busyRow);
    m_progress->hide();
    m_progressLabel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("planImportButton"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    buttons->addWidget(m_import);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("planCloseButton"));
    m_close->setAutoDefault(false);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(browse, &QPushButton::clicked, this, &SeatPlanImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &SeatPlanImportDialog::loadPreview);
    connect(m_import, &QPushButton::clicked, this, &SeatPlanImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

SeatPlanImportDialog::~SeatPlanImportDialog()
{
    releasePlan();
}

void SeatPlanImportDialog::releasePlan()
{
    // Freeing a stadium's plan takes a moment too: on a worker.
    if (m_plan)
        m_context.background<bool>(
            nullptr,
            [plan = std::move(m_plan)]() mutable {
                plan.reset();
                return true;
            },
            [](bool) {});
    m_plan.reset();
}

bool SeatPlanImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_file && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            loadPreview();
            m_name->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SeatPlanImportDialog::setPlanFile(const QString &path)
{
    m_file->setText(path);
    loadPreview();
}

void SeatPlanImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a seating plan"),
                                                      QFileInfo(m_file->text()).absolutePath(),
                                                      tr("Seating plans (*.json);;All files (*)"));
    if (!path.isEmpty())
        setPlanFile(path);
}

SeatPlanImportDialog::Preview SeatPlanImportDialog::readPlan(const QString &path, int generation)
{
    Preview preview;
    preview.generation = generation;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = fail(ErrorCode::NotFound,
                             tr("The file cannot be read: %1").arg(file.errorString()), path);
        return preview;
    }
    auto plan = SeatPlanParser::parse(file.readAll());
    if (!plan) {
        preview.error = plan.error();
        return preview;
    }
    if (plan->seatCount() == 0) {
        preview.error = fail(ErrorCode::InvalidInput, tr("The seating plan has no seats."));
        return preview;
    }
    QHash<QString, qsizetype> counts;
    for (const PlanSeatIndex &index : plan->seatIndexes())
        ++counts[plan->seatAt(index).category];
    for (const PlanCategory &category : std::as_const(plan->categories))
        preview.categories.push_back(
            {category.name, categoryColor(category), counts.value(category.name)});
    preview.picture = seatPlanThumbnail(*plan, kPictureSize);
    preview.plan = std::make_shared<const SeatPlan>(std::move(*plan));
    return preview;
}

void SeatPlanImportDialog::loadPreview()
{
    const QString path = m_file->text().trimmed();
    if (path == m_loadedPath && (m_plan || m_busy))
        return;
    m_loadedPath = path;
    releasePlan();
    m_map->hide();
    m_import->setEnabled(false);
    m_error->hide();
    if (path.isEmpty()) {
        m_preview->setText(tr("No plan chosen yet."));
        return;
    }
    m_preview->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    setBusy(true, tr("Checking the plan…"));
    const int generation = ++m_generation;
    m_context.background<Preview>(
        this, [path, generation] { return readPlan(path, generation); },
        [this](Preview preview) { showPreview(preview); });
}

void SeatPlanImportDialog::showPreview(const Preview &preview)
{
    if (preview.generation != m_generation)
        return; // another file was chosen meanwhile
    setBusy(false);
    if (!preview.plan) {
        m_preview->setText(tr("Nothing will be imported."));
        const Error &e = preview.error;
        showError(
            e.where.isEmpty()
                ? tr("This seating plan cannot be imported. %1").arg(e.message)
                : tr("This seating plan cannot be imported. At %1: %2").arg(e.where, e.message));
        return;
    }
    m_plan = preview.plan;
    m_map->setPixmap(QPixmap::fromImage(preview.picture));
    m_map->show();
    QStringList parts;
    for (const Preview::Category &category : preview.categories)
        parts.push_back(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                            .arg(category.color.name(),
                                 tr("%1: %2 seats")
                                     .arg(category.name, QLocale().toString(category.seats))
                                     .toHtmlEscaped()));
    m_preview->setText(
        tr("<b>%1</b> — %2 seats in %n categories<br>%3", nullptr, int(m_plan->categories.size()))
            .arg(m_plan->name.toHtmlEscaped(), QLocale().toString(m_plan->seatCount()),
                 parts.join(QStringLiteral(" · "))));
    // The plan's own name, unless the manager typed another.
    if (m_name->text().trimmed().isEmpty() || m_name->text() == m_suggestedName)
        m_name->setText(m_plan->name);
    m_suggestedName = m_plan->name;
    m_import->setEnabled(true);
    m_import->setFocus();
}

void SeatPlanImportDialog::startImport()
{
    if (!m_plan || m_busy)
        return;
    const QString name =
        m_name->text().trimmed().isEmpty() ? m_plan->name.trimmed() : m_name->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Venue name: give the venue a name."));
        m_name->setFocus();
        return;
    }
    const QString zone = m_timezone->zone();
    if (!QTimeZone(zone.toUtf8()).isValid()) {
        showError(
            tr("Time zone: \"%1\" is not a time zone; pick one such as Asia/Shanghai.").arg(zone));
        m_timezone->setFocus();
        return;
    }
    m_error->hide();
    setBusy(true, tr("Importing %1 seats…").arg(QLocale().toString(m_plan->seatCount())));
    // Copying the plan and serialising its request take a while for a large
    // plan: off the UI thread, like the import itself.
    std::shared_ptr<const SeatPlan> plan = m_plan;
    m_context.runInBackground(
        this,
        [plan, name, zone]() -> Result<std::unique_ptr<Command>> {
            return std::unique_ptr<Command>(
                std::make_unique<CreateVenueCommand>(*plan, name, zone));
        },
        [this, name](const CommandOutcome &outcome) {
            setBusy(false);
            if (!outcome.result) {
                showError(
                    tr("The venue was not imported: %1").arg(outcome.result.error().toString()));
                return;
            }
            releasePlan();
            emit imported(name, outcome.result->value(QStringLiteral("seats")).toInteger());
            accept();
        });
}

void SeatPlanImportDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_progressLabel->setText(what);
    m_file->setEnabled(!busy);
    m_name->setEnabled(!busy);
    m_timezone->setEnabled(!busy);
    m_import->setEnabled(!busy && m_plan);
}

void SeatPlanImportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace tessera
