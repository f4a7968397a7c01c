// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>
#include <QVarLengthArray>

namespace tessera {

// One field of a CSV record: a byte range of the input, quotes excluded, still UTF-8.
struct CsvField
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool quoted = false;
    // The range holds "" pairs that stand for one quote each.
    bool hasEscapedQuotes = false;
};

struct CsvRecord
{
    enum class Problem { None, UnterminatedQuote, QuoteInUnquotedField, TextAfterClosingQuote };

    // 1-based line where the record starts; a quoted field may carry it over several lines.
    int line = 0;
    QVarLengthArray<CsvField, 4> fields;
    Problem problem = Problem::None;
    // Nothing but spaces, tabs and commas: what an editor or a spreadsheet leaves behind.
    bool blank = false;
};

// Splits RFC 4180 text into records without copying it. Kept apart from the card-code rules
// so its byte-level care (CRLF, quotes over several lines, line numbers) is checked on its own.
class CsvRecordReader
{
public:
    // Reading starts at `start` (past a BOM); the data must outlive the reader.
    explicit CsvRecordReader(QByteArrayView data, qsizetype start = 0);

    bool atEnd() const { return m_pos >= m_data.size(); }
    // The line the next record starts on.
    int line() const { return m_line; }
    // Reads the next record. After a malformed one it resumes at the next line.
    void read(CsvRecord &record);

private:
    bool readQuotedField(CsvField &field);
    bool readUnquotedField(CsvField &field);
    void skipRestOfLine();
    int countNewlines(qsizetype from, qsizetype to) const;

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace tessera
