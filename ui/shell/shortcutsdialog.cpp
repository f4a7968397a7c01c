// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera {

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutSection> &sections, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setHeaderLabels({tr("Key"), tr("What it does")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (const ShortcutSection &section : sections) {
        if (section.entries.isEmpty())
            continue;
        auto *title = new QTreeWidgetItem(m_list, {section.title});
        QFont bold = title->font(0);
        bold.setBold(true);
        title->setFont(0, bold);
        title->setFirstColumnSpanned(true);
        title->setFlags(Qt::ItemIsEnabled);
        for (const ShortcutSection::Entry &entry : section.entries) {
            auto *item = new QTreeWidgetItem(m_list, {entry.keys, entry.text});
            QFont keyFont = item->font(0);
            keyFont.setBold(true);
            item->setFont(0, keyFont);
        }
    }
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Fits a 1280×720 counter; the list scrolls.
    resize(640, 560);
}

} // namespace tessera
