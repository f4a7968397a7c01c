// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace tessera {

// One card key (卡密) read from or written to a CSV file.
struct CardCodeRow
{
    QString code;
    QString serial;
    // Last instant at which the code is valid, ms since the Unix epoch (UTC); 0 = no expiry.
    qint64 validUntilMs = 0;
    // 1-based line where the row starts, as a text editor shows it; write() ignores it.
    int line = 0;

    bool operator==(const CardCodeRow &) const = default;
};

// The codes of a file that passed every check.
struct CardCodeBatch
{
    QList<CardCodeRow> rows;
};

// What check() found: the rows, or every problem, so the user can fix the file in one go.
struct CardCodeCsvReport
{
    // Empty as soon as one line is invalid: an import is all or nothing.
    QList<CardCodeRow> rows;
    // One per problem, in line order, with where = "line N"; at most CardCodeCsv::MaxListedErrors.
    QList<Error> lineErrors;
    // Lines with at least one problem, including those past the listing cap.
    int invalidLineCount = 0;

    bool ok() const { return invalidLineCount == 0; }
};

// Reads and writes the CSV files that card-key pools are imported from and exported to.
//
// RFC 4180, UTF-8 (a BOM is accepted), LF or CRLF. The first line is a required header
// naming the columns, case-insensitive: "code" and optionally "serial" and "valid_until"
// (ISO 8601 date or date-time, UTC when no offset is given; a date alone means the end of
// that day, 23:59:59.999 UTC). Blank lines at the end are ignored.
class CardCodeCsv
{
public:
    static constexpr int MaxCodeLength = 256;
    static constexpr int MaxListedErrors = 1000;

    // Checks the whole file and lists every problem it finds.
    static CardCodeCsvReport check(const QByteArray &csv);
    // check(), summarised: the rows, or one error counting the invalid lines and naming the
    // first, with every listed line error in Error::details ("line 9: the code is empty").
    static Result<CardCodeBatch> parse(const QByteArray &csv);
    // A file that check() reads back to the same codes, serials and expiries: UTF-8 with a BOM
    // (so spreadsheet programs pick the right encoding), CRLF, quoting where needed.
    static QByteArray write(const QList<CardCodeRow> &rows);
};

} // namespace tessera
