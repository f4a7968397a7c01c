// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera {

class ConsoleContext;
class SeatPlanImportDialog;

// Manage ▸ Venues: the venues with their seat counts, and importing a new
// one from a pretix seating plan.
class VenuesTab : public QWidget
{
    Q_OBJECT
public:
    explicit VenuesTab(ConsoleContext &context, QWidget *parent = nullptr);

    // Reads the venues again (off the UI thread).
    void refresh();
    // Opens the import dialog (the "Import seat map…" button).
    SeatPlanImportDialog *openImport();
    QTableWidget *table() const { return m_table; }

private:
    ConsoleContext &m_context;
    QTableWidget *m_table = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_status = nullptr;
    SeatPlanImportDialog *m_dialog = nullptr;
};

} // namespace tessera
