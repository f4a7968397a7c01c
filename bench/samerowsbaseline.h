// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3;

namespace tessera::bench {

// Where the sales of a run begin: the last ids of a database before it.
struct SalesMarks
{
    qint64 order = 0;
    qint64 line = 0;
    qint64 payment = 0;
    qint64 journalSeq = 0;

    static SalesMarks read(const QString &path);
};

// The rows of one table, read back cell by cell, to be written again as they
// are (ids included, except an `id INTEGER PRIMARY KEY`, which SQLite assigns
// again as it did for the engine).
struct CapturedRows
{
    QStringList columns;
    struct Cell
    {
        int type = 0; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
        qint64 integer = 0;
        double real = 0;
        qsizetype offset = 0; // text and blobs: into `bytes`
        int size = 0;
    };
    std::vector<Cell> cells; // row after row
    QByteArray bytes;
    qint64 rows = 0;
    qint64 payloadBytes = 0; // what the cells hold: 8 per number, the length of texts and blobs

    int columnIndex(const QString &name) const { return int(columns.indexOf(name)); }
    const Cell &cell(qint64 row, int column) const
    {
        return cells[size_t(row * columns.size() + column)];
    }
};

// The limit for the engine's data model on this disk: plain sqlite3 (no
// engine, no savepoints) writing exactly the rows the engine wrote for its
// sales, read back from the engine's database after its run: per sale the
// idempotency look-up, the order (with the sealed customer and blind indexes
// when there is one), the ticket line, the payment and the journal entry;
// per commit the sold seats' event_seats rows and the GA quota, as the
// engine's flush does. Everything bound is prepared before the clock starts
// (sealing, hashing and JSON included), so the baseline pays only SQLite:
// the harshest comparison for the engine.
class SameRowsBaseline
{
public:
    // The rows `enginePath` got after `marks`: one order, line, payment and
    // journal entry per sale, or the run is refused. `quotaId` is the GA
    // quota the sales drew from (0 for seat sales).
    static SameRowsBaseline capture(const QString &enginePath, const SalesMarks &marks,
                                    qint64 quotaId);

    qint64 sales() const { return m_journal.rows; }
    // Bytes of row content per sale (the order, line, payment and journal rows).
    double bytesPerSale() const;

    // Writes the rows into `path` (a copy of the database the engine started
    // from) with `batch` sales per transaction, on a connection opened and
    // checkpointed as the engine's writer is. Returns sales per second.
    double run(const QString &path, int batch) const;

private:
    CapturedRows m_orders, m_lines, m_payments, m_journal, m_seats;
    qint64 m_quotaId = 0;
};

// Plain SQLite's view of two databases: every table's row count and content
// digest, and the page count after a full checkpoint. Empty when the tables
// are identical; otherwise one line per difference.
QStringList compareDatabases(const QString &a, const QString &b, qint64 *pagesA = nullptr,
                             qint64 *pagesB = nullptr);

} // namespace tessera::bench
