// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketprinter.h"

#include "engine/engine.h"
#include "query/catalogqueries.h"
#include "query/orderqueries.h"
#include "receiptdocument.h"
#include "storage/sqlitedb.h"
#include "ticketdocument.h"
#include "tickets/ticketbook.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace tessera {

namespace {

constexpr int kPdfDpi = 300;

} // namespace

Result<PrintableOrder> TicketPrinter::gather(SqliteDb &reader, Engine &engine, qint64 orderId)
{
    const auto key = engine.dataKey(reader);
    OrderQueries orders(reader, engine.terminalId(), key.get());
    auto order = orders.order(orderId);
    if (!order)
        return order.error();
    const QString state = (*order)[QStringLiteral("state")].toString();
    if (state == QLatin1String("pending") || state == QLatin1String("cancelled"))
        return fail(ErrorCode::InvalidState,
                    tr("Order %1 is not paid; there is nothing to print.")
                        .arg((*order)[QStringLiteral("number")].toString()),
                    QStringLiteral("order"));

    // Every ticket of an order is for one event; the first ticket line names it.
    qint64 eventId = 0;
    for (const QJsonValue &line : (*order)[QStringLiteral("lines")].toArray()) {
        if (line[QStringLiteral("event")].toInteger() > 0) {
            eventId = line[QStringLiteral("event")].toInteger();
            break;
        }
    }
    QJsonObject event;
    QJsonArray seats;
    QJsonArray codes;
    if (eventId > 0) {
        CatalogQueries catalog(reader);
        auto e = catalog.event(eventId);
        if (!e)
            return e.error();
        event = *e;
        auto s = catalog.seats(eventId);
        if (!s)
            return s.error();
        seats = *s;
        auto c = TicketBook(reader).signedCodes(orderId, engine.ticketKey());
        if (!c)
            return c.error();
        codes = *c;
    }
    QJsonArray cardCodes;
    bool hasCards = false;
    for (const QJsonValue &line : (*order)[QStringLiteral("lines")].toArray())
        hasCards = hasCards || line[QStringLiteral("kind")].toString() == QLatin1String("card");
    if (hasCards) {
        auto c = orders.cardCodes(orderId);
        if (!c)
            return c.error();
        cardCodes = *c;
    }
    return PrintableOrder::fromJson(*order, event, seats, codes, cardCodes, engine.terminalId());
}

Result<void> TicketPrinter::writePdf(const PrintableOrder &order, const QString &pdfPath,
                                     bool duplicate, const QLocale &locale)
{
    QPdfWriter writer(pdfPath);
    writer.setResolution(kPdfDpi);
    writer.setCreator(QStringLiteral("Tessera"));
    writer.setTitle(duplicate ? tr("Order %1 (duplicate)").arg(order.number)
                              : tr("Order %1").arg(order.number));
    auto done = render(order, writer, duplicate, locale);
    if (!done && done.error().code == ErrorCode::StorageError)
        return fail(ErrorCode::StorageError,
                    tr("Cannot write %1.").arg(QFileInfo(pdfPath).fileName()), pdfPath);
    return done;
}

Result<void> TicketPrinter::print(const PrintableOrder &order, QPrinter &printer, bool duplicate,
                                  const QLocale &locale)
{
    printer.setCreator(QStringLiteral("Tessera"));
    printer.setDocName(duplicate ? tr("Order %1 (duplicate)").arg(order.number)
                                 : tr("Order %1").arg(order.number));
    return render(order, printer, duplicate, locale);
}

Result<void> TicketPrinter::render(const PrintableOrder &order, QPagedPaintDevice &device,
                                   bool duplicate, const QLocale &locale)
{
    const ReceiptDocument receipt(order, duplicate);
    const TicketDocument tickets(order);
    // The first page's size must be set before the painter opens the device.
    if (!device.setPageLayout(order.tickets.isEmpty() ? receipt.pageLayout(device, locale)
                                                      : TicketDocument::pageLayout()))
        return fail(ErrorCode::InvalidInput, tr("The page size was refused."));
    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorCode::StorageError, tr("The printer cannot be opened."));
    const PrintStyle style(device, locale);
    for (qsizetype i = 0; i < order.tickets.size(); ++i) {
        if (i > 0)
            device.newPage();
        tickets.paint(painter, style, order.tickets[i], duplicate);
    }
    if (!order.tickets.isEmpty()) {
        device.setPageLayout(receipt.pageLayout(device, locale));
        device.newPage();
    }
    receipt.paint(painter, style);
    if (!painter.end())
        return fail(ErrorCode::StorageError, tr("The printout could not be finished."));
    return {};
}

Result<void> TicketPrinter::printOrderToPdf(SqliteDb &reader, Engine &engine, qint64 orderId,
                                            const QString &pdfPath, bool duplicate)
{
    auto order = gather(reader, engine, orderId);
    if (!order)
        return order.error();
    return writePdf(*order, pdfPath, duplicate);
}

} // namespace tessera
