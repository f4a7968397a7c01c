// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QKeySequence>
#include <QList>
#include <QWidget>

#include <utility>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

// "Close shift": one row per note and coin of the drawer's currency where the
// cashier types how many there are (Enter goes to the next row), with the
// total counted, the cash expected and the difference live: green when they
// agree, red when the drawer is short, amber when it is over.
class DrawerCountPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DrawerCountPanel(QWidget *parent = nullptr);

    // The count sheet's keys (Ctrl+Enter, Esc) and what they do, as it
    // registers them: the list of shortcuts (F12) is made from this.
    static QList<std::pair<QKeySequence, QString>> keys();

    // A fresh count sheet for `currency`; focuses the first row. In a blind
    // count the expected cash and the difference stay hidden until the
    // count is entered (the first confirm); then the count is fixed and the
    // second confirm closes the shift.
    void prepare(qint64 shiftId, const QString &currency, qint64 expected, bool blind = false);
    bool isBlind() const { return m_blind; }
    // Whether the expected cash shows (always, unless a blind count is not
    // entered yet).
    bool showsExpected() const { return !m_blind || m_entered; }
    // The expected cash moved (a sale while counting).
    void setExpected(qint64 expected);
    void setBusy(bool busy);
    void showError(const QString &message);

    qint64 countedTotal() const;
    qint64 difference() const { return countedTotal() - m_expected; }
    // [{denomination, count}] for close_shift.
    QJsonArray counted() const;

signals:
    void confirmed(const QJsonArray &counted, const QString &note);
    void back();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        qint64 denomination = 0;
        QLineEdit *count = nullptr; // empty means none
        qint64 value() const;
        QLabel *amount = nullptr;
    };

    void clearRows();
    void updateTotals();
    void submit();
    void setConfirmText();

    QLabel *m_heading = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<Row> m_rows;
    QLabel *m_counted = nullptr;
    QLabel *m_expectedLabel = nullptr;
    QLabel *m_difference = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_confirm = nullptr;
    QString m_currency;
    qint64 m_expected = 0;
    bool m_blind = false;
    bool m_entered = false;
};

} // namespace tessera
