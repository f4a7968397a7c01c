// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/csvrecordreader.h"

#include <algorithm>
#include <cstring>

namespace tessera {

CsvRecordReader::CsvRecordReader(QByteArrayView data, qsizetype start)
    : m_data(data)
    , m_pos(std::min(start, data.size()))
{}

void CsvRecordReader::read(CsvRecord &record)
{
    record.line = m_line;
    record.fields.clear();
    record.problem = CsvRecord::Problem::None;
    record.blank = false;

    const qsizetype size = m_data.size();
    for (;;) {
        CsvField field;
        const bool quoted = m_pos < size && m_data[m_pos] == '"';
        if (quoted) {
            if (!readQuotedField(field)) {
                record.fields.append(field);
                record.problem = CsvRecord::Problem::UnterminatedQuote;
                return;
            }
        } else if (!readUnquotedField(field)) {
            record.fields.append(field);
            record.problem = CsvRecord::Problem::QuoteInUnquotedField;
            skipRestOfLine();
            return;
        }
        record.fields.append(field);

        if (m_pos >= size)
            break;
        const char c = m_data[m_pos];
        if (c == ',') {
            ++m_pos;
            continue;
        }
        if (c == '\n') {
            ++m_pos;
            ++m_line;
            break;
        }
        if (c == '\r' && (m_pos + 1 == size || m_data[m_pos + 1] == '\n')) {
            m_pos = std::min(m_pos + 2, size);
            ++m_line;
            break;
        }
        // Only a quoted field can stop anywhere else: `"abc"x`.
        record.problem = CsvRecord::Problem::TextAfterClosingQuote;
        skipRestOfLine();
        return;
    }

    record.blank =
        std::all_of(record.fields.cbegin(), record.fields.cend(), [this](const CsvField &f) {
            if (f.quoted)
                return false;
            for (qsizetype i = f.begin; i < f.end; ++i) {
                if (m_data[i] != ' ' && m_data[i] != '\t')
                    return false;
            }
            return true;
        });
}

bool CsvRecordReader::readQuotedField(CsvField &field)
{
    const qsizetype size = m_data.size();
    field.quoted = true;
    field.begin = m_pos + 1;
    qsizetype p = field.begin;
    for (;;) {
        const void *hit = std::memchr(m_data.data() + p, '"', size_t(size - p));
        if (!hit) {
            m_line += countNewlines(p, size);
            field.end = size;
            m_pos = size;
            return false;
        }
        const qsizetype quote = static_cast<const char *>(hit) - m_data.data();
        m_line += countNewlines(p, quote);
        if (quote + 1 < size && m_data[quote + 1] == '"') {
            field.hasEscapedQuotes = true;
            p = quote + 2;
            continue;
        }
        field.end = quote;
        m_pos = quote + 1;
        return true;
    }
}

bool CsvRecordReader::readUnquotedField(CsvField &field)
{
    const qsizetype size = m_data.size();
    field.begin = m_pos;
    qsizetype p = m_pos;
    bool strayQuote = false;
    while (p < size) {
        const char c = m_data[p];
        if (c == ',' || c == '\n')
            break;
        if (c == '"')
            strayQuote = true;
        ++p;
    }
    field.end = p;
    // The CR of a CRLF (or of a file ending in a lone CR) ends the line, it is not data.
    if (field.end > field.begin && m_data[field.end - 1] == '\r' &&
        (p == size || m_data[p] == '\n'))
        --field.end;
    m_pos = field.end;
    return !strayQuote;
}

void CsvRecordReader::skipRestOfLine()
{
    const qsizetype size = m_data.size();
    const void *hit =
        m_pos < size ? std::memchr(m_data.data() + m_pos, '\n', size_t(size - m_pos)) : nullptr;
    if (!hit) {
        m_pos = size;
        return;
    }
    m_pos = static_cast<const char *>(hit) - m_data.data() + 1;
    ++m_line;
}

int CsvRecordReader::countNewlines(qsizetype from, qsizetype to) const
{
    return int(std::count(m_data.data() + from, m_data.data() + to, '\n'));
}

} // namespace tessera
