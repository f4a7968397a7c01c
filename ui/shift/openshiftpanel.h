// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

// "Open shift": the float the drawer starts with, keyboard-first (type the
// amount, Enter opens), and what became of the last shift closed here.
class OpenShiftPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OpenShiftPanel(QWidget *parent = nullptr);

    // Clears the form for `currency` (the catalog's) and focuses the float.
    void prepare(const QString &terminal, const QString &currency);
    void setBusy(bool busy);
    void showError(const QString &message);
    // The last shift closed here and its Z-report (empty path: not saved).
    void showLastClosed(const QString &summary, const QString &reportPath);
    void focusFloat();

signals:
    void openRequested(qint64 floatMinor, const QString &currency);
    void printRequested();

private:
    void submit();

    QLabel *m_hint = nullptr;
    QLineEdit *m_float = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_open = nullptr;
    QWidget *m_lastClosed = nullptr;
    QLabel *m_lastSummary = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace tessera
