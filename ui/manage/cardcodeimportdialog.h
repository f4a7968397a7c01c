// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace tessera {

class ConsoleContext;

struct CardProductChoice
{
    qint64 id = 0;
    QString name;
};

// Manage ▸ Card keys ▸ Import codes: a CSV file (code[,serial][,valid_until])
// into a product's pool, all lines or none (import_card_codes). The file is
// previewed first; a refusal lists every bad line in a table (line, problem)
// and nothing is imported.
class CardCodeImportDialog : public QDialog
{
    Q_OBJECT
public:
    CardCodeImportDialog(ConsoleContext &context, const QList<CardProductChoice> &products,
                         qint64 selectedProduct, QWidget *parent = nullptr);

    // Reads and previews the CSV at `path`, as choosing the file does.
    void setCsvFile(const QString &path);
    bool isBusy() const { return m_busy; }

signals:
    void imported(qint64 product, qint64 count);

private:
    struct Preview
    {
        int generation = 0;
        QByteArray csv;
        QString error;
        int codeLines = 0;
    };
    static Preview readCsv(const QString &path, int generation);

    void browse();
    void loadPreview();
    void showPreview(const Preview &preview);
    void startImport();
    void showRefusal(const Error &error);
    void setBusy(bool busy);

    ConsoleContext &m_context;
    QComboBox *m_product = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_errors = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_import = nullptr;
    QByteArray m_csv;
    QString m_loadedPath;
    int m_generation = 0;
    bool m_busy = false;
};

} // namespace tessera
