// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "salecontroller.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace tessera {

class ConsoleContext;

// After the payment: the change to hand back, the card keys to show the
// buyer (once), and the printout of tickets and receipt — on the printer, or
// as a PDF in the print folder when one is set (demo machines, tests).
// Enter starts the next sale.
class FulfilDialog : public QDialog
{
    Q_OBJECT
public:
    FulfilDialog(ConsoleContext &context, const CompletedSale &sale, QString printFolder,
                 QWidget *parent = nullptr);

    // Prints (or writes the PDF) straight away, asking which printer.
    void printNow();
    // The same on the default printer without asking (Settings ▸ Printouts ▸
    // print automatically after payment).
    void printAutomatically();
    void saveAsPdf();

signals:
    // The PDF was written (print folder or "Save as PDF").
    void pdfWritten(const QString &path);

private:
    void print(bool choosePrinter);
    void writePdf(const QString &path);
    void showStatus(const QString &text, bool error);

    ConsoleContext &m_context;
    CompletedSale m_sale;
    QString m_printFolder;
    QLabel *m_status = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace tessera
