// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "printableorder.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace tessera {

class Engine;
class SqliteDb;

// Prints a paid order: one ticket-stock page per active ticket, then the
// 80 mm receipt as the last page, all in one PDF (pages differ in size, as
// the two printers' media do).
class TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TicketPrinter)

public:
    // Reads the order, its event, seats, signed codes and card keys on `reader`.
    static Result<PrintableOrder> gather(SqliteDb &reader, Engine &engine, qint64 orderId);
    // Writes the tickets and the receipt of `order` to `pdfPath`.
    static Result<void> writePdf(const PrintableOrder &order, const QString &pdfPath,
                                 bool duplicate, const QLocale &locale = QLocale());
    // Sends the same pages to a printer (ticket stock and receipt roll).
    static Result<void> print(const PrintableOrder &order, QPrinter &printer, bool duplicate,
                              const QLocale &locale = QLocale());
    // gather() then writePdf().
    static Result<void> printOrderToPdf(SqliteDb &reader, Engine &engine, qint64 orderId,
                                        const QString &pdfPath, bool duplicate);

private:
    static Result<void> render(const PrintableOrder &order, QPagedPaintDevice &device,
                               bool duplicate, const QLocale &locale);
};

} // namespace tessera
