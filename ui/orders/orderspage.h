// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "orderslips.h"

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tessera {

class ConsoleContext;
class OrderDetailPanel;
struct CommandOutcome;
struct OrderDetails;

// The Orders screen (F2): find an order by its number, the customer's name or
// phone, or by scanning a ticket or receipt; see its lines, payments and
// refunds; refund, exchange a seat, reprint, or void an unpaid order. A
// cashier's refunds, exchanges and voids need a supervisor's approval. A
// scanned ticket sold at another counter of the same server is refunded
// through the server (RemoteRefundDialog).
class OrdersPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersPage(ConsoleContext &context, QWidget *parent = nullptr);
    ~OrdersPage() override;

    // Reprints are written to this folder without asking (tests, a kiosk's
    // print spool); empty (the default): ask where to save them.
    void setPrintFolder(const QString &folder) { m_printFolder = folder; }
    // The order shown in the detail panel, or 0.
    qint64 currentOrder() const;

public slots:
    // The screen was brought to the front: refresh and focus its first field.
    void activate();
    // Looks up what is in the search field (as Enter does).
    void search();
    // Shows one order in the detail panel (from another screen: the
    // dashboard's failed payments).
    void showOrder(qint64 orderId) { openOrder(orderId); }

signals:
    // A duplicate was written to `pdfPath`.
    void reprinted(const QString &pdfPath);
    // A refund or exchange slip was written to `pdfPath` (print folder set).
    void slipPrinted(const QString &pdfPath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch(const QString &text, bool openSingleHit);
    void showResults(const Result<QJsonArray> &found, const QString &text, bool openSingleHit);
    void openOrder(qint64 orderId);
    void refresh();
    void applyPermissions();
    void startRefund();
    void startExchange();
    // After the approval (approver empty when none was needed).
    void pickExchangeSeat(const QString &approver);
    void reprint();
    // Who did it, who approved it, where and when: for a slip.
    OrderSlips::Staff slipStaff(const QString &approver) const;
    // Prints a refund or exchange slip on the default printer (a PDF in the
    // print folder, when one is set) and adds how it went to `done`.
    void printSlip(const PrintableSlip &slip, const QString &done);
    void startCancel();
    // A scanned ticket this counter did not sell: refunded through the
    // central server, when the console is enrolled with one.
    // The detail panel says `message` instead of an order.
    void showNoOrder(const QString &message);
    void startRemoteRefund();
    // Shows the engine's answer to an action; `success` when it went through.
    void report(const CommandOutcome &outcome, const QString &success);

    ConsoleContext &m_context;
    QLineEdit *m_search = nullptr;
    QPushButton *m_searchButton = nullptr;
    QLabel *m_resultsInfo = nullptr;
    QPushButton *m_remoteRefund = nullptr;
    QTreeWidget *m_results = nullptr;
    OrderDetailPanel *m_detail = nullptr;
    QString m_printFolder;
    QString m_lastSearch;
    // The ticket code last refunded through the server and what was said;
    // a refresh of the same search (the drawer's cash-out changes the
    // database) says it again instead of offering the refund once more.
    QString m_remoteRefundedCode;
    QString m_remoteRefundedMessage;
    bool m_searched = false;
    bool m_filling = false;
    bool m_stale = false;
    int m_searchSeq = 0;
    int m_loadSeq = 0;
    qint64 m_openOrder = 0;
};

} // namespace tessera
