// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuestab.h"

#include "console/consolecontext.h"
#include "managetable.h"
#include "query/catalogqueries.h"
#include "seatplanimportdialog.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera {

VenuesTab::VenuesTab(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("venuesTab"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *intro = new QLabel(tr("Venues and their seat maps. A new venue comes from a seating "
                                "plan in the pretix format."),
                             this);
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    m_import = new QPushButton(tr("&Import seat map…"), this);
    m_import->setObjectName(QStringLiteral("importSeatMapButton"));
    top->addWidget(m_import);
    layout->addLayout(top);

    m_table = makeManageTable({tr("Venue"), tr("Time zone"), tr("Seats")}, 0, this);
    m_table->setObjectName(QStringLiteral("venuesTable"));
    layout->addWidget(m_table, 1);
    m_status = makeStatusLabel(this);
    m_status->setObjectName(QStringLiteral("venuesStatus"));
    layout->addWidget(m_status);

    connect(m_import, &QPushButton::clicked, this, &VenuesTab::openImport);
}

void VenuesTab::refresh()
{
    m_context.read<Result<QJsonArray>>(
        this, [](SqliteDb &db) { return CatalogQueries(db).venues(); },
        [this](Result<QJsonArray> venues) {
            if (!venues) {
                showStatus(m_status,
                           tr("The venues cannot be read: %1").arg(venues.error().toString()),
                           false);
                return;
            }
            m_table->setRowCount(0);
            for (const QJsonValue &value : std::as_const(*venues)) {
                const QJsonObject venue = value.toObject();
                setTableRow(m_table, m_table->rowCount(),
                            {venue[QStringLiteral("name")].toString(),
                             venue[QStringLiteral("timezone")].toString(),
                             QLocale().toString(venue[QStringLiteral("seats")].toInteger())},
                            {2});
            }
        });
}

SeatPlanImportDialog *VenuesTab::openImport()
{
    if (!m_dialog) {
        m_dialog = new SeatPlanImportDialog(m_context, this);
        connect(
            m_dialog, &SeatPlanImportDialog::imported, this,
            [this](const QString &name, qint64 seats) {
                showStatus(
                    m_status,
                    tr("Venue \"%1\" imported with %2 seats.").arg(name, QLocale().toString(seats)),
                    true);
                refresh();
            });
        connect(m_dialog, &QDialog::finished, m_dialog, &QObject::deleteLater);
        connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    }
    m_dialog->open();
    return m_dialog;
}

} // namespace tessera
