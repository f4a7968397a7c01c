// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace tessera {

// Settings ▸ Printouts: where tickets, receipts and reports go (the printer,
// or PDF files in a folder the cashier picks) and whether a paid sale prints
// by itself. It only asks; the main window applies the choice.
class PrintoutsMenu : public QMenu
{
    Q_OBJECT

public:
    // `folder`: the folder in use ("" for the printer).
    PrintoutsMenu(const QString &folder, bool printsAutomatically, QWidget *parent = nullptr);

signals:
    // "" for the printer.
    void folderChosen(const QString &folder);
    void automaticChanged(bool on);

private:
    void chooseFolder();

    QAction *m_toPrinter = nullptr;
    QString m_folder;
};

} // namespace tessera
