// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs of the central server, from this terminal's side.

#include "verbs/syncverbs.h"

#include "catalogpuller.h"
#include "cli.h"
#include "clisession.h"
#include "consoleenrolment.h"
#include "journalshipper.h"
#include "verbarguments.h"

#include <QCryptographicHash>

namespace tessera {

namespace {

Result<ServerLink> linkOf(CliSession &session)
{
    // The credentials are sealed in the database: read through a reader and
    // the data key, so this works while the console holds the writer.
    auto db = session.reader();
    if (!db)
        return db.error();
    auto key = session.dataKey();
    if (!key)
        return key.error();
    auto link = ServerLink::load(session.settings().databasePath, **db, **key);
    if (!link)
        return link.error();
    if (!link->has_value())
        return fail(ErrorCode::NotFound,
                    CliText::tr("This terminal is not enrolled with a server: run "
                                "tessera-cli sync enrol --server HOST:PORT --code TE1-… first."),
                    QStringLiteral("server"));
    return **link;
}

QJsonObject describe(const ServerLink &link)
{
    return {{QStringLiteral("server"), link.address.authority()},
            {QStringLiteral("terminal"), link.terminal},
            {QStringLiteral("terminal_id"), link.terminalId},
            {QStringLiteral("venue"), link.venue},
            {QStringLiteral("ca_fingerprint"),
             QString(QStringLiteral("sha256:") +
                     QString::fromLatin1(link.ca.digest(QCryptographicHash::Sha256).toHex()))}};
}

Result<QJsonObject> enrol(CliSession &session, const VerbArguments &args)
{
    auto server = args.required(QStringLiteral("server"));
    if (!server)
        return server.error();
    auto code = args.required(QStringLiteral("code"));
    if (!code)
        return code.error();
    // The credentials are sealed into the database by its writer: refused
    // at once while the console holds it (enrol there, Settings ▸ Server).
    auto engine = session.engine();
    if (!engine)
        return engine.error();
    auto link = ConsoleEnrolment::enrol(*server, *code);
    if (!link)
        return link.error();
    if (auto r = link->save(**engine); !r)
        return r.error();
    return describe(*link);
}

QJsonObject reportJson(const ServerLink &link, const JournalShipper::Report &report)
{
    QJsonObject o = describe(link);
    o.insert(QStringLiteral("online"), true);
    o.insert(QStringLiteral("local_end"), report.local);
    o.insert(QStringLiteral("acked"), report.acked);
    o.insert(QStringLiteral("backlog"), report.backlog());
    o.insert(QStringLiteral("shipped"), report.shipped);
    return o;
}

Result<QJsonObject> now(CliSession &session, const VerbArguments &)
{
    auto link = linkOf(session);
    if (!link)
        return link.error();
    auto report = JournalShipper(session.settings().databasePath, *link).shipOnce();
    if (!report)
        return report.error();
    QJsonObject out = reportJson(*link, *report);
    // Catalog down needs the writer: when the console holds it, its own
    // agent applies the catalog.
    auto engine = session.engine();
    if (!engine) {
        if (engine.error().code != ErrorCode::DatabaseInUse)
            return engine.error();
        out.insert(QStringLiteral("catalog"), engine.error().message);
        return out;
    }
    auto pulled = CatalogPuller(session.settings().databasePath, *link).pullOnce(**engine);
    if (!pulled)
        return pulled.error();
    out.insert(QStringLiteral("catalog"),
               QJsonObject{{QStringLiteral("version"), pulled->version},
                           {QStringLiteral("rows"), pulled->rows},
                           {QStringLiteral("granted"), pulled->granted},
                           {QStringLiteral("released"), pulled->released},
                           {QStringLiteral("card_keys"), pulled->cardKeys},
                           {QStringLiteral("topped_up"), pulled->toppedUp}});
    return out;
}

} // namespace

QList<Verb> syncVerbs()
{
    const QString group = QStringLiteral("sync");
    return {
        {group,
         QStringLiteral("enrol"),
         {},
         CliText::tr("Enrol this terminal with the central server (address and one-time code "
                     "from tessera-server enrol-code); its certificate is pinned through the "
                     "code."),
         {valueOption("server", CliText::tr("The server's address, HOST:PORT."), "HOST:PORT"),
          valueOption("code", CliText::tr("The one-time enrolment code."), "TE1-…")},
         &enrol,
         Permission::ManageStaff},
        {group,
         QStringLiteral("now"),
         {},
         CliText::tr("Ship this terminal's journal to the server now and apply what the "
                     "server changed in the catalog and this terminal's allocation; answers "
                     "what the server has and what is left to send."),
         {},
         &now,
         Permission::ViewJournal},
    };
}

} // namespace tessera
