// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/cardcodecsv.h"

#include "catalog/csvrecordreader.h"
#include "catalog/firstlineofcode.h"
#include "catalog/validuntil.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <utility>

namespace tessera {
namespace {

QString lineLabel(int line)
{
    return QStringLiteral("line %1").arg(line);
}

// User text inside a message, cut short so one absurd field cannot flood the error list.
QString quotedExcerpt(QStringView text)
{
    constexpr qsizetype MaxShown = 40;
    if (text.size() <= MaxShown)
        return QLatin1Char('"') + text + QLatin1Char('"');
    qsizetype cut = MaxShown;
    if (text[cut - 1].isHighSurrogate())
        --cut;
    return QLatin1Char('"') + text.first(cut) + QChar(0x2026) + QLatin1Char('"');
}

// QString::fromUtf8() would silently turn bad bytes into U+FFFD, and a code that changed on
// import would never match the one printed on the physical card.
bool isValidUtf8(const char *text, qsizetype size)
{
    const auto *s = reinterpret_cast<const uchar *>(text);
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = s[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        char32_t smallest = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, cp = lead & 0x1F, smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, cp = lead & 0x0F, smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, cp = lead & 0x07, smallest = 0x10000;
        } else {
            return false;
        }
        if (size - i < length)
            return false;
        for (int k = 1; k < length; ++k) {
            const uchar next = s[i + k];
            if ((next & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (next & 0x3F);
        }
        if (cp < smallest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

// Characters nobody can see on a card or type at the counter: a code holding one would be
// sold but never redeemed.
bool isInvisible(char32_t cp)
{
    if (cp < 0x80)
        return cp < 0x20 || cp == 0x7F;
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

struct LineProblem
{
    ErrorCode code;
    QString message;
};

std::optional<LineProblem> checkCode(const QString &code)
{
    if (code.isEmpty()) {
        return LineProblem{
            ErrorCode::MissingField,
            QCoreApplication::translate("tessera::CardCodeCsv", "the code is empty")};
    }
    qsizetype codePoints = 0;
    char32_t first = 0;
    char32_t last = 0;
    std::optional<char32_t> invisible;
    for (qsizetype i = 0; i < code.size(); ++i) {
        char32_t cp = code[i].unicode();
        if (code[i].isHighSurrogate() && i + 1 < code.size() && code[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(code[i], code[i + 1]);
            ++i;
        }
        if (codePoints++ == 0)
            first = cp;
        last = cp;
        if (!invisible && isInvisible(cp))
            invisible = cp;
    }
    if (QChar::isSpace(first) || QChar::isSpace(last)) {
        return LineProblem{
            ErrorCode::InvalidInput,
            QCoreApplication::translate("tessera::CardCodeCsv",
                                        "the code has leading or trailing whitespace")};
    }
    if (invisible) {
        const QString hex = QStringLiteral("U+%1").arg(uint(*invisible), 4, 16, QLatin1Char('0'));
        return LineProblem{
            ErrorCode::InvalidInput,
            QCoreApplication::translate("tessera::CardCodeCsv",
                                        "the code contains an invisible or control character (%1)")
                .arg(hex.toUpper())};
    }
    if (codePoints > CardCodeCsv::MaxCodeLength) {
        return LineProblem{ErrorCode::InvalidInput,
                           QCoreApplication::translate("tessera::CardCodeCsv",
                                                       "the code is %1 characters long; at most %2 "
                                                       "are allowed")
                               .arg(codePoints)
                               .arg(CardCodeCsv::MaxCodeLength)};
    }
    return std::nullopt;
}

void appendCsvField(QByteArray &out, const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    const bool needsQuotes = std::any_of(utf8.cbegin(), utf8.cend(), [](char c) {
        return c == ',' || c == '"' || c == '\r' || c == '\n';
    });
    if (!needsQuotes) {
        out += utf8;
        return;
    }
    out += '"';
    out += utf8.replace('"', QByteArrayView("\"\""));
    out += '"';
}

QString syntaxMessage(CsvRecord::Problem problem)
{
    switch (problem) {
    case CsvRecord::Problem::UnterminatedQuote:
        return QCoreApplication::translate(
            "tessera::CardCodeCsv",
            "unterminated quote: the quoted field that starts on this line is never closed");
    case CsvRecord::Problem::QuoteInUnquotedField:
        return QCoreApplication::translate(
            "tessera::CardCodeCsv", "a quote inside a field that does not start with one; put the "
                                    "whole field in quotes and double the quotes inside it (\"\")");
    case CsvRecord::Problem::TextAfterClosingQuote:
        return QCoreApplication::translate(
            "tessera::CardCodeCsv", "text after a closing quote; a quote that belongs to the field "
                                    "must be doubled (\"\")");
    case CsvRecord::Problem::None:
        break;
    }
    return {};
}

// One pass over the file, collecting every problem rather than stopping at the first: an
// operator fixing a file from a supplier wants the whole list at once.
class CardCodeChecker
{
public:
    explicit CardCodeChecker(const QByteArray &csv)
        : m_csv(csv)
    {}

    CardCodeCsvReport run()
    {
        readFile();
        if (!m_report.ok())
            m_report.rows.clear();
        return std::move(m_report);
    }

private:
    void readFile()
    {
        if (m_csv.startsWith("\xFF\xFE") || m_csv.startsWith("\xFE\xFF")) {
            addError(1, ErrorCode::InvalidInput, [] {
                return QCoreApplication::translate("tessera::CardCodeCsv",
                                                   "the file is UTF-16; save it as UTF-8");
            });
            return;
        }
        CsvRecordReader reader(m_csv, m_csv.startsWith("\xEF\xBB\xBF") ? 3 : 0);
        CsvRecord record;
        bool onlyBlank = true;
        while (!reader.atEnd() && onlyBlank) {
            reader.read(record);
            onlyBlank = record.blank;
        }
        if (onlyBlank) {
            addError(1, ErrorCode::MissingField, [] {
                return QCoreApplication::translate(
                    "tessera::CardCodeCsv",
                    "the file is empty; it needs a header line naming the "
                    "columns (such as \"code\") and then one code per line");
            });
            return;
        }
        if (record.line != 1) {
            addError(1, ErrorCode::MissingField, [] {
                return QCoreApplication::translate(
                    "tessera::CardCodeCsv",
                    "the first line is blank; it must be the header naming the columns (such as "
                    "\"code\")");
            });
            return;
        }
        if (!readHeader(record))
            return;

        const int lineAfterHeader = reader.line();
        reserveFor(m_csv.count('\n'));
        QList<int> pendingBlankLines;
        int rowCount = 0;
        while (!reader.atEnd()) {
            reader.read(record);
            if (record.blank) {
                // An error only if a row follows: editors and spreadsheets leave some at the end.
                pendingBlankLines.append(record.line);
                continue;
            }
            for (int blankLine : std::as_const(pendingBlankLines)) {
                addError(blankLine, ErrorCode::InvalidInput, [] {
                    return QCoreApplication::translate("tessera::CardCodeCsv",
                                                       "blank line; remove it or put a code on it");
                });
            }
            pendingBlankLines.clear();
            ++rowCount;
            checkRow(record);
        }
        if (rowCount == 0) {
            addError(lineAfterHeader, ErrorCode::MissingField, [] {
                return QCoreApplication::translate("tessera::CardCodeCsv",
                                                   "there are no codes, only the header");
            });
        }
    }

    bool readHeader(const CsvRecord &header)
    {
        if (header.problem != CsvRecord::Problem::None) {
            addError(header.line, ErrorCode::InvalidInput,
                     [&] { return syntaxMessage(header.problem); });
            return false;
        }
        if (!allValidUtf8(header))
            return false;

        QStringList unknown;
        QStringList repeated;
        QList<int> unnamed;
        bool anyKnown = false;
        for (int i = 0; i < header.fields.size(); ++i) {
            const QString name = decode(header.fields[i]).trimmed();
            const QString lower = name.toLower();
            int *column = nullptr;
            if (lower == QLatin1String("code"))
                column = &m_codeColumn;
            else if (lower == QLatin1String("serial"))
                column = &m_serialColumn;
            else if (lower == QLatin1String("valid_until"))
                column = &m_validUntilColumn;

            if (name.isEmpty())
                unnamed.append(i + 1);
            else if (!column)
                unknown.append(quotedExcerpt(name));
            else if (*column >= 0)
                repeated.append(quotedExcerpt(name));
            else
                *column = i;
            anyKnown = anyKnown || column != nullptr;
        }

        if (!anyKnown) {
            // Most likely a bare list of codes: say what the first line must be.
            addError(header.line, ErrorCode::MissingField, [&] {
                return QCoreApplication::translate(
                           "tessera::CardCodeCsv",
                           "the header is missing: the first line must name the columns (code, "
                           "serial, valid_until), but it reads %1. A plain list of codes needs "
                           "\"code\" as its first line")
                    .arg(quotedExcerpt(decode(header.fields.front())));
            });
            return false;
        }
        if (!unknown.isEmpty()) {
            addError(header.line, ErrorCode::InvalidInput, [&] {
                return QCoreApplication::translate("tessera::CardCodeCsv",
                                                   "unknown column(s) in the header: %1; the "
                                                   "known columns are code, serial and valid_until")
                    .arg(unknown.join(QStringLiteral(", ")));
            });
        }
        if (!repeated.isEmpty()) {
            addError(header.line, ErrorCode::InvalidInput, [&] {
                return QCoreApplication::translate("tessera::CardCodeCsv",
                                                   "column(s) named twice in the header: %1")
                    .arg(repeated.join(QStringLiteral(", ")));
            });
        }
        for (int column : std::as_const(unnamed)) {
            addError(header.line, ErrorCode::InvalidInput, [&] {
                return QCoreApplication::translate("tessera::CardCodeCsv",
                                                   "column %1 of the header has no name")
                    .arg(column);
            });
        }
        if (m_codeColumn < 0) {
            addError(header.line, ErrorCode::MissingField, [] {
                return QCoreApplication::translate("tessera::CardCodeCsv",
                                                   "the header has no \"code\" column");
            });
            return false;
        }
        m_columnCount = int(header.fields.size());
        return true;
    }

    void checkRow(const CsvRecord &record)
    {
        if (record.problem != CsvRecord::Problem::None) {
            addError(record.line, ErrorCode::InvalidInput,
                     [&] { return syntaxMessage(record.problem); });
            return;
        }
        if (record.fields.size() != m_columnCount) {
            addError(record.line, ErrorCode::InvalidInput, [&] {
                return QCoreApplication::translate("tessera::CardCodeCsv",
                                                   "expected %1 fields, found %2")
                    .arg(m_columnCount)
                    .arg(record.fields.size());
            });
            return;
        }
        if (!allValidUtf8(record))
            return;

        CardCodeRow row;
        row.line = record.line;
        row.code = decode(record.fields[m_codeColumn]);
        if (const auto problem = checkCode(row.code)) {
            addError(record.line, problem->code, [&] { return problem->message; });
        } else {
            if (const int firstLine = m_firstLines.insert(row.code, record.line)) {
                addError(record.line, ErrorCode::DuplicateId, [&] {
                    return QCoreApplication::translate("tessera::CardCodeCsv",
                                                       "duplicate code, first seen on line %1")
                        .arg(firstLine);
                });
            }
        }
        if (m_serialColumn >= 0)
            row.serial = decode(record.fields[m_serialColumn]);
        if (m_validUntilColumn >= 0) {
            const QString text = decode(record.fields[m_validUntilColumn]);
            const QStringView trimmed = QStringView(text).trimmed();
            if (!trimmed.isEmpty()) {
                if (const auto ms = parseValidUntil(trimmed)) {
                    row.validUntilMs = *ms;
                } else {
                    addError(record.line, ErrorCode::InvalidInput, [&] {
                        return QCoreApplication::translate(
                                   "tessera::CardCodeCsv",
                                   "valid_until %1 is not an ISO 8601 date or date-time from 1970 "
                                   "on, such as 2025-12-31 or 2025-12-31T18:00:00+08:00")
                            .arg(quotedExcerpt(trimmed));
                    });
                }
            }
        }
        if (m_report.ok())
            m_report.rows.append(std::move(row));
    }

    bool allValidUtf8(const CsvRecord &record)
    {
        for (const CsvField &field : record.fields) {
            if (!isValidUtf8(m_csv.constData() + field.begin, field.end - field.begin)) {
                addError(record.line, ErrorCode::InvalidInput, [] {
                    return QCoreApplication::translate(
                        "tessera::CardCodeCsv",
                        "the text is not valid UTF-8; save the file as \"CSV UTF-8\" (a plain "
                        "\"CSV\" from a spreadsheet may use a local encoding such as GBK)");
                });
                return false;
            }
        }
        return true;
    }

    QString decode(const CsvField &field) const
    {
        QString text = QString::fromUtf8(m_csv.constData() + field.begin, field.end - field.begin);
        if (field.hasEscapedQuotes)
            text.replace(QStringLiteral("\"\""), QStringLiteral("\""));
        return text;
    }

    void reserveFor(qsizetype lines)
    {
        m_report.rows.reserve(lines);
        m_firstLines.reserve(lines);
    }

    // Lines arrive in increasing order, so counting changes of line counts invalid lines.
    template<typename MakeMessage>
    void addError(int line, ErrorCode code, MakeMessage &&makeMessage)
    {
        if (line != m_lastInvalidLine) {
            ++m_report.invalidLineCount;
            m_lastInvalidLine = line;
        }
        if (m_report.lineErrors.size() >= CardCodeCsv::MaxListedErrors)
            return;
        Error error;
        error.code = code;
        error.message = makeMessage();
        error.where = lineLabel(line);
        m_report.lineErrors.append(std::move(error));
    }

    const QByteArray &m_csv;
    CardCodeCsvReport m_report;
    int m_lastInvalidLine = 0;
    int m_columnCount = 0;
    int m_codeColumn = -1;
    int m_serialColumn = -1;
    int m_validUntilColumn = -1;
    FirstLineOfCode m_firstLines;
};

} // namespace

CardCodeCsvReport CardCodeCsv::check(const QByteArray &csv)
{
    return CardCodeChecker(csv).run();
}

Result<CardCodeBatch> CardCodeCsv::parse(const QByteArray &csv)
{
    CardCodeCsvReport report = check(csv);
    if (report.ok())
        return CardCodeBatch{std::move(report.rows)};

    const Error &first = report.lineErrors.constFirst();
    const QString summary =
        report.invalidLineCount == 1
            ? QCoreApplication::translate("tessera::CardCodeCsv",
                                          "1 line is invalid; nothing was imported: %1")
                  .arg(first.message)
            : QCoreApplication::translate("tessera::CardCodeCsv",
                                          "%n lines are invalid; nothing was imported. The "
                                          "first: %1",
                                          nullptr, report.invalidLineCount)
                  .arg(first.message);
    Error error = fail(first.code, summary, first.where);
    error.details.reserve(report.lineErrors.size());
    for (const Error &lineError : std::as_const(report.lineErrors))
        error.details.append(lineError.where + QStringLiteral(": ") + lineError.message);
    return error;
}

QByteArray CardCodeCsv::write(const QList<CardCodeRow> &rows)
{
    QByteArray out;
    out.reserve(64 + rows.size() * 64);
    out += "\xEF\xBB\xBF"
           "code,serial,valid_until\r\n";
    for (const CardCodeRow &row : rows) {
        appendCsvField(out, row.code);
        out += ',';
        appendCsvField(out, row.serial);
        out += ',';
        if (row.validUntilMs != 0)
            out += formatValidUntil(row.validUntilMs);
        out += "\r\n";
    }
    return out;
}

} // namespace tessera
