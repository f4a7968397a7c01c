// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "venue/seatplan.h"

#include <QColor>
#include <QDialog>
#include <QImage>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace tessera {

class TimeZoneBox;

class ConsoleContext;

// Imports a venue from a pretix seating-plan file: the file is read and
// checked off the UI thread and previewed (categories, seat count) before
// anything is written; Import creates the venue (create_venue). A malformed
// plan shows the parser's message with the place in the file, and Import
// stays off.
class SeatPlanImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SeatPlanImportDialog(ConsoleContext &context, QWidget *parent = nullptr);
    ~SeatPlanImportDialog() override;

    // Reads and previews the plan at `path`, as choosing the file does.
    void setPlanFile(const QString &path);
    // True while a plan is being read or imported.
    bool isBusy() const { return m_busy; }

signals:
    void imported(const QString &venueName, qint64 seats);

protected:
    // Enter in the path field reads the plan and moves on; it never opens
    // the file browser.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What reading a plan file found, computed on a worker thread.
    struct Preview
    {
        int generation = 0;
        std::shared_ptr<const SeatPlan> plan;
        Error error;
        struct Category
        {
            QString name;
            QColor color;
            qsizetype seats = 0;
        };
        QList<Category> categories;
        QImage picture;
    };
    static Preview readPlan(const QString &path, int generation);

    void browse();
    void loadPreview();
    void showPreview(const Preview &preview);
    void startImport();
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &message);
    void releasePlan();

    ConsoleContext &m_context;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_name = nullptr;
    TimeZoneBox *m_timezone = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_map = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
    std::shared_ptr<const SeatPlan> m_plan;
    QString m_loadedPath;
    QString m_suggestedName;
    int m_generation = 0;
    bool m_busy = false;
};

} // namespace tessera
