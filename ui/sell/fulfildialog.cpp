// SPDX-License-Identifier: GPL-3.0-or-later
#include "fulfildialog.h"

#include "console/consolecontext.h"
#include "console/moneyformat.h"
#include "printing/ticketprinter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QJsonObject>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

namespace {

// The order as printed, with the cash handed over that only this sale knows.
Result<PrintableOrder> gatherSale(SqliteDb &db, Engine &engine, qint64 order, qint64 tendered)
{
    auto printable = TicketPrinter::gather(db, engine, order);
    if (printable && tendered > 0)
        printable->setCashTendered(tendered);
    return printable;
}

} // namespace

FulfilDialog::FulfilDialog(ConsoleContext &context, const CompletedSale &sale, QString printFolder,
                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_sale(sale)
    , m_printFolder(std::move(printFolder))
{
    setObjectName(QStringLiteral("fulfilDialog"));
    setWindowTitle(tr("Sale complete"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);

    auto *paid = new QLabel(tr("✔ Paid — order %1").arg(sale.number), this);
    paid->setObjectName(QStringLiteral("fulfilPaid"));
    QFont big = paid->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    paid->setFont(big);
    paid->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    layout->addWidget(paid);
    layout->addWidget(new QLabel(tr("Total %1 · %n ticket(s)", nullptr, sale.tickets)
                                     .arg(MoneyFormat::money(sale.total, sale.currency)),
                                 this));

    if (sale.method == QLatin1String("cash")) {
        auto *change = new QLabel(
            tr("Change to give: %1").arg(MoneyFormat::money(sale.change, sale.currency)), this);
        change->setObjectName(QStringLiteral("fulfilChange"));
        change->setFont(big);
        layout->addWidget(change);
    }

    if (!sale.cardCodes.isEmpty()) {
        auto *box = new QFrame(this);
        box->setObjectName(QStringLiteral("cardKeys"));
        box->setFrameShape(QFrame::StyledPanel);
        box->setStyleSheet(QStringLiteral("#cardKeys { background: #fff8e1; }"));
        auto *keys = new QVBoxLayout(box);
        auto *title = new QLabel(tr("Card keys — show them to the customer now. They are shown "
                                    "only once and printed on the receipt."),
                                 box);
        title->setWordWrap(true);
        keys->addWidget(title);
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        mono.setPointSizeF(big.pointSizeF() * 0.8);
        mono.setBold(true);
        for (const QJsonValue &value : sale.cardCodes) {
            const QJsonObject code = value.toObject();
            auto *label = new QLabel(
                QStringLiteral("%1   %2").arg(code.value(QStringLiteral("product")).toString(),
                                              code.value(QStringLiteral("code")).toString()),
                box);
            label->setFont(mono);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            keys->addWidget(label);
        }
        layout->addWidget(box);
    }

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("fulfilStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_print = buttons->addButton(tr("Print tickets and receipt"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_print->setToolTip(tr("Print (Ctrl+P)"));
    m_print->setAutoDefault(false);
    QPushButton *pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    pdf->setToolTip(tr("Save as PDF (Ctrl+S)"));
    pdf->setAutoDefault(false);
    QPushButton *next = buttons->addButton(tr("Next sale"), QDialogButtonBox::AcceptRole);
    next->setObjectName(QStringLiteral("nextSaleButton"));
    next->setDefault(true);
    next->setToolTip(tr("Next sale (Enter)"));
    next->setMinimumHeight(40);
    layout->addWidget(buttons);
    connect(m_print, &QPushButton::clicked, this, &FulfilDialog::printNow);
    connect(pdf, &QPushButton::clicked, this, &FulfilDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    next->setFocus();
}

void FulfilDialog::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_status->setText(text);
}

void FulfilDialog::printNow()
{
    print(true);
}

void FulfilDialog::printAutomatically()
{
    print(false);
}

void FulfilDialog::print(bool choosePrinter)
{
    if (!m_printFolder.isEmpty()) {
        QDir().mkpath(m_printFolder);
        writePdf(QDir(m_printFolder).filePath(m_sale.number + QStringLiteral(".pdf")));
        return;
    }
    showStatus(tr("Preparing the printout…"), false);
    Engine *engine = &m_context.engine();
    const qint64 order = m_sale.order;
    const qint64 tendered = m_sale.tendered;
    m_context.read<Result<PrintableOrder>>(
        this,
        [engine, order, tendered](SqliteDb &db) {
            return gatherSale(db, *engine, order, tendered);
        },
        [this, choosePrinter](Result<PrintableOrder> printable) {
            if (!printable) {
                showStatus(printable.error().message, true);
                return;
            }
            QPrinter printer(QPrinter::HighResolution);
            if (choosePrinter) {
                QPrintDialog dialog(&printer, this);
                if (dialog.exec() != QDialog::Accepted) {
                    showStatus(QString(), false);
                    return;
                }
            } else if (printer.printerName().isEmpty()) {
                showStatus(tr("Not printed: no printer is set up. Choose one with Print."), true);
                return;
            }
            auto printed = TicketPrinter::print(*printable, printer, false);
            showStatus(printed ? tr("Sent to the printer.") : printed.error().message, !printed);
        });
}

void FulfilDialog::saveAsPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save tickets and receipt"),
        QDir::home().filePath(m_sale.number + QStringLiteral(".pdf")), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        writePdf(path);
}

void FulfilDialog::writePdf(const QString &path)
{
    showStatus(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), false);
    m_print->setEnabled(false);
    Engine *engine = &m_context.engine();
    const qint64 order = m_sale.order;
    m_context.read<Result<void>>(
        this,
        [engine, order, path, tendered = m_sale.tendered](SqliteDb &db) -> Result<void> {
            auto printable = gatherSale(db, *engine, order, tendered);
            if (!printable)
                return printable.error();
            return TicketPrinter::writePdf(*printable, path, false);
        },
        [this, path](Result<void> written) {
            m_print->setEnabled(true);
            if (!written) {
                showStatus(written.error().message, true);
                return;
            }
            showStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
            emit pdfWritten(path);
        });
}

} // namespace tessera
