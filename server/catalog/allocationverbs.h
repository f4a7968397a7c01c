// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

namespace tessera {

// `tessera-server allocate` and `take-back`, read from the command line into
// the admin request the running server (or the CLI's own engine) answers:
//   allocate  --data DIR --terminal NAME --event ID (--seats G1,G2… | --count N
//             | --ga QUOTA --places N)
//   allocate  --data DIR --terminal NAME --card PRODUCT --codes N
//   take-back --data DIR --terminal NAME --card PRODUCT [--codes N]
//   take-back --data DIR --terminal NAME --event ID [--seats G1,G2…]
// The answer holds "data" (the directory) besides the request's fields.
class AllocationVerbs
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AllocationVerbs)

public:
    static Result<QJsonObject> parse(const QString &verb, const QStringList &arguments);

private:
    static Result<QJsonObject> cardRequest(const QString &verb, const QCommandLineParser &parser,
                                           const QCommandLineOption &data,
                                           const QCommandLineOption &terminal,
                                           const QCommandLineOption &event,
                                           const QCommandLineOption &card,
                                           const QCommandLineOption &codes);
};

} // namespace tessera
