// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shortcutlist.h"

#include <QDialog>

class QTreeWidget;

namespace tessera {

// Help ▸ Keyboard shortcuts (F12): every key of the console by where it
// works, as the screens registered them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<ShortcutSection> &sections, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace tessera
