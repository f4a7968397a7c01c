// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardcodeimportdialog.h"

#include "console/consolecontext.h"
#include "managetable.h"
#include "setup/cardproductcommands.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

// "line 4: duplicate code, first seen on line 2" -> ("4", "duplicate code, …").
QPair<QString, QString> splitDetail(const QString &detail)
{
    static const QRegularExpression pattern(QStringLiteral("^\\D*?(\\d+)\\s*[:：]\\s*(.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(detail);
    if (!match.hasMatch())
        return {QString(), detail};
    return {match.captured(1), match.captured(2)};
}

} // namespace

CardCodeImportDialog::CardCodeImportDialog(ConsoleContext &context,
                                           const QList<CardProductChoice> &products,
                                           qint64 selectedProduct, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("cardCodeImportDialog"));
    setWindowTitle(tr("Import card keys"));
    resize(720, 520);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A CSV file with a header line naming the columns: code, and "
                                "optionally serial and valid_until. Every line is checked; if "
                                "one is wrong, nothing is imported."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("codesProduct"));
    for (const CardProductChoice &product : products) {
        m_product->addItem(product.name, product.id);
        if (product.id == selectedProduct)
            m_product->setCurrentIndex(m_product->count() - 1);
    }
    form->addRow(tr("&Product"), m_product);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("codesFile"));
    m_file->setPlaceholderText(tr("Path of the CSV file"));
    fileRow->addWidget(m_file, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("codesBrowse"));
    browse->setAutoDefault(false);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("CSV &file"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    layout->addLayout(form);

    m_preview = new QLabel(tr("No file chosen yet."), this);
    m_preview->setObjectName(QStringLiteral("codesPreview"));
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("codesProgress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_summary = makeStatusLabel(this);
    m_summary->setObjectName(QStringLiteral("codesSummary"));
    layout->addWidget(m_summary);
    m_errors = makeManageTable({tr("Line"), tr("Problem")}, 1, this);
    m_errors->setObjectName(QStringLiteral("codesErrorsTable"));
    m_errors->setWordWrap(true);
    m_errors->hide();
    layout->addWidget(m_errors, 1);
    layout->addStretch();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_import = new QPushButton(tr("&Import codes"), this);
    m_import->setObjectName(QStringLiteral("codesImportButton"));
    m_import->setEnabled(false);
    m_import->setAutoDefault(false);
    buttons->addWidget(m_import);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("codesCloseButton"));
    close->setAutoDefault(false);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(browse, &QPushButton::clicked, this, &CardCodeImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &CardCodeImportDialog::loadPreview);
    connect(m_import, &QPushButton::clicked, this, &CardCodeImportDialog::startImport);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_product, &QComboBox::currentIndexChanged, this, [this] {
        showStatus(m_summary, {}, true);
        m_errors->hide();
    });
}

void CardCodeImportDialog::setCsvFile(const QString &path)
{
    m_file->setText(path);
    loadPreview();
}

void CardCodeImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file of card keys"),
                                                      QFileInfo(m_file->text()).absolutePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setCsvFile(path);
}

CardCodeImportDialog::Preview CardCodeImportDialog::readCsv(const QString &path, int generation)
{
    Preview preview;
    preview.generation = generation;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = tr("The file cannot be read: %1").arg(file.errorString());
        return preview;
    }
    preview.csv = file.readAll();
    int lines = 0;
    for (const QByteArray &line : preview.csv.split('\n')) {
        if (!line.trimmed().isEmpty())
            ++lines;
    }
    preview.codeLines = qMax(0, lines - 1); // the header names the columns
    return preview;
}

void CardCodeImportDialog::loadPreview()
{
    const QString path = m_file->text().trimmed();
    if (path == m_loadedPath && (!m_csv.isEmpty() || m_busy))
        return;
    m_loadedPath = path;
    m_csv.clear();
    m_import->setEnabled(false);
    showStatus(m_summary, {}, true);
    m_errors->hide();
    if (path.isEmpty()) {
        m_preview->setText(tr("No file chosen yet."));
        return;
    }
    m_preview->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    setBusy(true);
    const int generation = ++m_generation;
    m_context.background<Preview>(
        this, [path, generation] { return readCsv(path, generation); },
        [this](Preview preview) { showPreview(preview); });
}

void CardCodeImportDialog::showPreview(const Preview &preview)
{
    if (preview.generation != m_generation)
        return;
    setBusy(false);
    if (!preview.error.isEmpty()) {
        m_preview->setText(tr("Nothing will be imported."));
        showStatus(m_summary, preview.error, false);
        return;
    }
    m_csv = preview.csv;
    m_preview->setText(tr("%1: %n code line(s) after the header.", nullptr, preview.codeLines)
                           .arg(QFileInfo(m_loadedPath).fileName()));
    m_import->setEnabled(preview.codeLines > 0 && m_product->currentIndex() >= 0);
    if (m_product->currentIndex() < 0)
        showStatus(m_summary, tr("Create a card product first."), false);
}

void CardCodeImportDialog::startImport()
{
    if (m_busy || m_csv.isEmpty() || m_product->currentIndex() < 0)
        return;
    const qint64 product = m_product->currentData().toLongLong();
    const QByteArray csv = m_csv;
    showStatus(m_summary, {}, true);
    m_errors->hide();
    setBusy(true);
    // Checking every line of a large file and hashing it take a while: off
    // the UI thread.
    m_context.runInBackground(
        this, [product, csv] { return ImportCardCodesCommand::fromCsv(product, csv); },
        [this, product](const CommandOutcome &outcome) {
            setBusy(false);
            if (!outcome.result)
                return showRefusal(outcome.result.error());
            const qint64 count = outcome.result->value(QStringLiteral("imported")).toInteger();
            const qint64 available = outcome.result->value(QStringLiteral("available")).toInteger();
            showStatus(m_summary,
                       tr("Imported %1 codes into \"%2\"; %3 are available now.")
                           .arg(QLocale().toString(count), m_product->currentText(),
                                QLocale().toString(available)),
                       true);
            m_import->setEnabled(false);
            emit imported(product, count);
        });
}

void CardCodeImportDialog::showRefusal(const Error &error)
{
    showStatus(m_summary, error.details.isEmpty() ? error.toString() : error.message, false);
    m_errors->setRowCount(0);
    for (const QString &detail : error.details) {
        const auto [line, problem] = splitDetail(detail);
        setTableRow(m_errors, m_errors->rowCount(), {line, problem}, {0});
    }
    m_errors->setVisible(!error.details.isEmpty());
}

void CardCodeImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_file->setEnabled(!busy);
    m_product->setEnabled(!busy);
    m_import->setEnabled(!busy && !m_csv.isEmpty() && m_product->currentIndex() >= 0);
}

} // namespace tessera
