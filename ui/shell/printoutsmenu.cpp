// SPDX-License-Identifier: GPL-3.0-or-later
#include "printoutsmenu.h"

#include <QActionGroup>
#include <QDir>
#include <QFileDialog>

namespace tessera {

PrintoutsMenu::PrintoutsMenu(const QString &folder, bool printsAutomatically, QWidget *parent)
    : QMenu(tr("&Printouts"), parent)
    , m_folder(folder)
{
    m_toPrinter = addAction(tr("Send to the &printer"));
    QAction *toFolder = addAction(tr("Save as PDF in a &folder…"));
    auto *group = new QActionGroup(this);
    for (QAction *action : {m_toPrinter, toFolder}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    (folder.isEmpty() ? m_toPrinter : toFolder)->setChecked(true);
    connect(m_toPrinter, &QAction::triggered, this, [this] {
        m_folder.clear();
        emit folderChosen(QString());
    });
    connect(toFolder, &QAction::triggered, this, &PrintoutsMenu::chooseFolder);
    addSeparator();
    QAction *automatic = addAction(tr("Print tickets and receipt &automatically after payment"));
    automatic->setObjectName(QStringLiteral("printAutomaticallyAction"));
    automatic->setCheckable(true);
    automatic->setChecked(printsAutomatically);
    connect(automatic, &QAction::toggled, this, &PrintoutsMenu::automaticChanged);
}

void PrintoutsMenu::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        parentWidget(), tr("Folder for tickets, receipts and reports"),
        m_folder.isEmpty() ? QDir::homePath() : m_folder);
    if (folder.isEmpty()) {
        // Cancelled: the choice stays what it was.
        if (m_folder.isEmpty())
            m_toPrinter->setChecked(true);
        return;
    }
    m_folder = folder;
    emit folderChosen(folder);
}

} // namespace tessera
