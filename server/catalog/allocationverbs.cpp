// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/allocationverbs.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace tessera {

// allocate --card PRODUCT --codes N, take-back --card PRODUCT [--codes N]:
// card keys belong to no event.
Result<QJsonObject>
AllocationVerbs::cardRequest(const QString &verb, const QCommandLineParser &parser,
                             const QCommandLineOption &data, const QCommandLineOption &terminal,
                             const QCommandLineOption &event, const QCommandLineOption &card,
                             const QCommandLineOption &codes)
{
    const bool allocate = verb == QLatin1String("allocate");
    if (!parser.isSet(data) || !parser.isSet(terminal) || (allocate && !parser.isSet(codes)))
        return fail(ErrorCode::MissingField,
                    allocate ? tr("allocate --card needs --data DIR, --terminal NAME and --codes "
                                  "N.")
                             : tr("take-back --card needs --data DIR and --terminal NAME."));
    if (parser.isSet(event))
        return fail(ErrorCode::InvalidInput,
                    tr("Card keys belong to no event: %1 --card takes no --event.").arg(verb),
                    QStringLiteral("--event"));
    QJsonObject request{{QStringLiteral("verb"), verb},
                        {QStringLiteral("data"), parser.value(data)},
                        {QStringLiteral("terminal"), parser.value(terminal)},
                        {QStringLiteral("card"), parser.value(card)}};
    if (parser.isSet(codes)) {
        bool ok = false;
        const qint64 n = parser.value(codes).toLongLong(&ok);
        if (!ok || n <= 0)
            return fail(ErrorCode::InvalidInput,
                        tr("--codes takes a number above 0, not \"%1\".").arg(parser.value(codes)),
                        QStringLiteral("--codes"));
        request.insert(QStringLiteral("codes"), n);
    }
    return request;
}

Result<QJsonObject> AllocationVerbs::parse(const QString &verb, const QStringList &arguments)
{
    const bool allocate = verb == QLatin1String("allocate");
    QCommandLineParser parser;
    const QCommandLineOption data(QStringList{QStringLiteral("data")},
                                  tr("The server's data directory."), QStringLiteral("dir"));
    const QCommandLineOption terminal(QStringList{QStringLiteral("terminal")},
                                      tr("The terminal's name."), QStringLiteral("name"));
    const QCommandLineOption event(QStringList{QStringLiteral("event")}, tr("The event's id."),
                                   QStringLiteral("id"));
    const QCommandLineOption seats(QStringList{QStringLiteral("seats")},
                                   tr("Seats by their plan ids, separated by commas."),
                                   QStringLiteral("ids"));
    const QCommandLineOption count(QStringList{QStringLiteral("count")},
                                   tr("How many of the server's seats to give."),
                                   QStringLiteral("n"));
    const QCommandLineOption ga(QStringList{QStringLiteral("ga")}, tr("A GA quota's name."),
                                QStringLiteral("quota"));
    const QCommandLineOption places(QStringList{QStringLiteral("places")},
                                    allocate ? tr("How many places of the GA quota to give.")
                                             : tr("How many places of the GA quota to take "
                                                  "back (all unsold when not given)."),
                                    QStringLiteral("n"));
    const QCommandLineOption card(QStringList{QStringLiteral("card")},
                                  tr("A card product's name: give that many of its card keys."),
                                  QStringLiteral("product"));
    const QCommandLineOption codes(QStringList{QStringLiteral("codes")},
                                   allocate ? tr("How many card keys of the product to give.")
                                            : tr("How many card keys of the product to take "
                                                 "back (all unsold when not given)."),
                                   QStringLiteral("n"));
    parser.addOptions({data, terminal, event, seats, ga, places, card, codes});
    if (allocate)
        parser.addOption(count);
    // arguments[0] is the program, as QCommandLineParser expects.
    if (!parser.parse(arguments))
        return fail(ErrorCode::InvalidInput, parser.errorText());
    if (parser.isSet(card))
        return cardRequest(verb, parser, data, terminal, event, card, codes);
    if (parser.isSet(codes))
        return fail(ErrorCode::InvalidInput, tr("--codes goes with --card PRODUCT."),
                    QStringLiteral("--codes"));
    if (!parser.isSet(data) || !parser.isSet(terminal) || !parser.isSet(event))
        return fail(ErrorCode::MissingField,
                    tr("%1 needs --data DIR, --terminal NAME and --event ID.").arg(verb));
    bool ok = false;
    const qint64 eventId = parser.value(event).toLongLong(&ok);
    if (!ok || eventId <= 0)
        return fail(
            ErrorCode::InvalidInput,
            tr("--event takes an event's id (a number), not \"%1\".").arg(parser.value(event)),
            QStringLiteral("--event"));
    QJsonObject request{{QStringLiteral("verb"), verb},
                        {QStringLiteral("data"), parser.value(data)},
                        {QStringLiteral("terminal"), parser.value(terminal)},
                        {QStringLiteral("event"), eventId}};
    const int ways =
        int(parser.isSet(seats)) + int(allocate && parser.isSet(count)) + int(parser.isSet(ga));
    if (allocate && ways != 1)
        return fail(ErrorCode::InvalidInput,
                    tr("allocate takes one of --seats, --count or --ga (with --places)."));
    if (!allocate && ways > 1)
        return fail(ErrorCode::InvalidInput,
                    tr("take-back takes --seats or --ga (with --places, or all), not both."));
    if (!allocate && parser.isSet(places) && !parser.isSet(ga))
        return fail(ErrorCode::InvalidInput, tr("--places goes with --ga NAME."),
                    QStringLiteral("--places"));
    if (parser.isSet(seats)) {
        const QStringList list = parser.value(seats).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QJsonArray ids;
        for (const QString &s : list)
            ids.push_back(s.trimmed());
        if (ids.isEmpty())
            return fail(ErrorCode::InvalidInput, tr("--seats names no seat."),
                        QStringLiteral("--seats"));
        request.insert(QStringLiteral("seats"), ids);
    }
    for (const auto &[option, key] : {std::pair{&count, "count"}, std::pair{&places, "places"}}) {
        if (!parser.isSet(*option) || (!allocate && option == &count))
            continue;
        const qint64 n = parser.value(*option).toLongLong(&ok);
        if (!ok || n <= 0)
            return fail(ErrorCode::InvalidInput,
                        tr("--%1 takes a number above 0, not \"%2\".")
                            .arg(QLatin1String(key), parser.value(*option)),
                        QStringLiteral("--") + QLatin1String(key));
        request.insert(QLatin1String(key), n);
    }
    if (parser.isSet(ga)) {
        if (allocate && !parser.isSet(places))
            return fail(ErrorCode::MissingField, tr("--ga needs --places N."),
                        QStringLiteral("--places"));
        request.insert(QStringLiteral("ga"), parser.value(ga));
    }
    return request;
}

} // namespace tessera
