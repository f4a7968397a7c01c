// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercli.h"

#include "adminchannel.h"
#include "alerts/serveralertwatch.h"
#include "catalog/allocationverbs.h"
#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "common/randomsource.h"
#include "engine/engine.h"
#include "live/livehub.h"
#include "metrics/requestmetrics.h"
#include "refunds/refundservice.h"
#include "serverdatadir.h"
#include "serverlog.h"
#include "serverroutes.h"
#include "setup/demoseeder.h"
#include "stopsignals.h"
#include "storage/sqlitedb.h"
#include "sync/journalservice.h"
#include "sync/rebuildsalescommand.h"
#include "terminals/terminalservice.h"
#include "tlsauthority.h"
#include "totalscli.h"
#include "writerhandover.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace tessera {

namespace {

const QString kServerTerminal = QStringLiteral("SERVER");

QCommandLineOption dataOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("data")},
                              ServerCli::tr("The server's data directory."), QStringLiteral("dir"));
}

Result<std::unique_ptr<Engine>> openEngine(const ServerDataDir &dir)
{
    EngineOptions options;
    options.path = dir.database();
    options.terminalId = kServerTerminal;
    auto engine = Engine::open(options);
    if (!engine && engine.error().code == ErrorCode::DatabaseInUse)
        return fail(ErrorCode::DatabaseInUse,
                    ServerCli::tr("Another program already serves %1: %2")
                        .arg(dir.path(), engine.error().message),
                    dir.path());
    return engine;
}

// The SHA-256 of the server CA's certificate, which enrolment codes carry.
QByteArray caSha256(const ServerDataDir &dir)
{
    const QList<QSslCertificate> ca =
        QSslCertificate::fromPath(dir.tlsFile(TlsAuthority::kCaCertificate));
    return ca.size() == 1 ? ca.first().digest(QCryptographicHash::Sha256) : QByteArray();
}

// What `enrol-code` and `revoke` ask, wherever the engine is.
Result<QJsonObject> adminRequest(Engine &engine, TerminalService &terminals,
                                 JournalService &journal, CatalogService &catalog,
                                 const QJsonObject &request, qint64 nowMs)
{
    const QString verb = request.value(QStringLiteral("verb")).toString();
    const QString terminal = request.value(QStringLiteral("terminal")).toString();
    if (verb == QLatin1String("enrol-code")) {
        SecureRandom random;
        return terminals.issueCode(random, terminal,
                                   request.value(QStringLiteral("venue")).toInteger(),
                                   request.value(QStringLiteral("valid_hours")).toInt(), nowMs);
    }
    if (verb == QLatin1String("revoke"))
        return terminals.revoke(terminal);
    if (verb == QLatin1String("allocate"))
        return catalog.allocate(request);
    if (verb == QLatin1String("take-back"))
        return catalog.takeBack(request);
    if (verb == QLatin1String("rebuild-totals"))
        return engine
            .execute(std::make_unique<RebuildSalesCommand>(),
                     QStringLiteral("rebuild-sales:%1").arg(engine.stats().journalSeq))
            .result;
    if (verb == QLatin1String("terminals")) {
        auto list = journal.terminals();
        if (!list)
            return list.error();
        return QJsonObject{{QStringLiteral("terminals"), *list}};
    }
    return fail(ErrorCode::InvalidInput, ServerCli::tr("Unknown admin request \"%1\".").arg(verb),
                QStringLiteral("verb"));
}

// "ADDR:PORT", "[v6]:PORT" or ":PORT".
Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon >= 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon >= 0 ? text.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host.isEmpty() ? QStringLiteral("0.0.0.0") : host);
    if (!portOk || port > 65535 || address.isNull())
        return fail(ErrorCode::InvalidInput,
                    ServerCli::tr("--listen takes ADDRESS:PORT (for example 0.0.0.0:8443), not "
                                  "\"%1\".")
                        .arg(text),
                    QStringLiteral("--listen"));
    return std::pair{address, quint16(port)};
}

} // namespace

int ServerCli::refuse(const Error &error) const
{
    print(m_err, error.message);
    return 1;
}

int ServerCli::notInitialised(const ServerDataDir &dir) const
{
    print(m_err, tr("%1 is not a server's data directory: run tessera-server init --data %1 first.")
                     .arg(dir.path()));
    return 1;
}

void ServerCli::print(std::FILE *to, const QString &text) const
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    std::fflush(to);
}

int ServerCli::usage(const QString &problem) const
{
    print(m_err, problem);
    print(m_err, tr("Usage: tessera-server init --data DIR [--host NAME]... [--address IP]... "
                    "[--demo]\n"
                    "       tessera-server run --data DIR [--listen ADDRESS:PORT]\n"
                    "       tessera-server enrol-code --data DIR --terminal NAME --venue ID "
                    "[--valid-hours H]\n"
                    "       tessera-server revoke --data DIR --terminal NAME\n"
                    "       tessera-server terminals --data DIR\n"
                    "       tessera-server allocate --data DIR --terminal NAME --event ID "
                    "(--seats ID,ID… | --count N | --ga QUOTA --places N)\n"
                    "       tessera-server allocate --data DIR --terminal NAME --card PRODUCT "
                    "--codes N\n"
                    "       tessera-server take-back --data DIR --terminal NAME --event ID "
                    "[--seats ID,ID… | --ga QUOTA [--places N]]\n"
                    "       tessera-server take-back --data DIR --terminal NAME --card PRODUCT "
                    "[--codes N]\n"
                    "       tessera-server totals --data DIR [--event ID] [--json]\n"
                    "       tessera-server conflicts --data DIR\n"
                    "       tessera-server rebuild-totals --data DIR"));
    return 2;
}

int ServerCli::run(const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (verb == QLatin1String("init"))
        return init(rest);
    if (verb == QLatin1String("run"))
        return serve(rest);
    if (verb == QLatin1String("enrol-code"))
        return enrolCode(rest);
    if (verb == QLatin1String("revoke"))
        return revoke(rest);
    if (verb == QLatin1String("terminals"))
        return listTerminals(rest);
    if (verb == QLatin1String("allocate") || verb == QLatin1String("take-back")) {
        auto request = AllocationVerbs::parse(verb, rest);
        if (!request)
            return usage(request.error().message);
        return admin(request->take(QStringLiteral("data")).toString(), *request);
    }
    if (verb == QLatin1String("totals"))
        return TotalsCli(m_out, m_err).totals(rest);
    if (verb == QLatin1String("conflicts"))
        return TotalsCli(m_out, m_err).conflicts(rest);
    if (verb == QLatin1String("rebuild-totals"))
        return rebuildTotals(rest);
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h"))
        return usage(tr("tessera-server: the central server of Tessera."));
    return usage(tr("Unknown command \"%1\".").arg(verb));
}

int ServerCli::init(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption data = dataOption();
    const QCommandLineOption host(QStringList{QStringLiteral("host")},
                                  tr("A host name the certificate is valid for (repeatable)."),
                                  QStringLiteral("name"));
    const QCommandLineOption address(QStringList{QStringLiteral("address")},
                                     tr("An IP address the certificate is valid for (repeatable)."),
                                     QStringLiteral("ip"));
    const QCommandLineOption demo(QStringList{QStringLiteral("demo")},
                                  tr("Seed a demo venue and event."));
    parser.addOptions({data, host, address, demo});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!parser.isSet(data))
        return usage(tr("init needs --data DIR."));
    const ServerDataDir dir(parser.value(data));
    if (dir.isInitialised()) {
        print(m_err,
              tr("%1 is already a server's data directory; nothing was changed.").arg(dir.path()));
        return 1;
    }
    for (const QString &path : {dir.tlsFile(TlsAuthority::kCaKey), dir.database()}) {
        if (QFile::exists(path)) {
            print(m_err, tr("%1 holds part of a server (%2) but not all of it; nothing was "
                            "changed. Move it away or finish it by hand.")
                             .arg(dir.path(), path));
            return 1;
        }
    }
    TlsAuthority::Names names;
    names.hosts = parser.values(host);
    names.addresses = parser.values(address);
    if (names.hosts.isEmpty()) {
        names.hosts << QStringLiteral("localhost");
        const QString local = QHostInfo::localHostName();
        if (!local.isEmpty() && local != QLatin1String("localhost"))
            names.hosts << local;
    }
    if (names.addresses.isEmpty())
        names.addresses << QStringLiteral("127.0.0.1") << QStringLiteral("::1");
    // Everything that can be refused is checked before anything is written.
    auto pem = TlsAuthority::create(names, m_clock.nowMs() / 1000);
    if (!pem)
        return refuse(pem.error());
    if (!QDir().mkpath(dir.path())) {
        print(m_err, tr("Cannot create the folder %1.").arg(dir.path()));
        return 1;
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto engine = openEngine(dir);
    if (!engine)
        return refuse(engine.error());
    if (auto r = TerminalService(**engine, {}).prepare(); !r)
        return refuse(r.error());
    if (auto r = CatalogService(**engine, nullptr).prepare(); !r)
        return refuse(r.error());
    QJsonObject summary{{QStringLiteral("data"), dir.path()}};
    if (parser.isSet(demo)) {
        auto ids = DemoSeeder::seed(**engine, m_clock.nowMs());
        if (!ids)
            return refuse(ids.error());
        summary.insert(QStringLiteral("demo"), DemoSeeder::toJson(*ids));
    }
    engine->reset();
    if (auto r = TlsAuthority::write(*pem, dir.tlsFolder()); !r)
        return refuse(r.error());
    summary.insert(QStringLiteral("ca_fingerprint"),
                   TlsAuthority::fingerprint(pem->caCertificate).value());
    summary.insert(QStringLiteral("hosts"), QJsonArray::fromStringList(names.hosts));
    summary.insert(QStringLiteral("addresses"), QJsonArray::fromStringList(names.addresses));
    print(m_out, QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented)));
    return 0;
}

int ServerCli::serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption data = dataOption();
    const QCommandLineOption listen(QStringList{QStringLiteral("listen")},
                                    tr("Address and port to serve on."),
                                    QStringLiteral("address:port"), QStringLiteral("0.0.0.0:8443"));
    parser.addOptions({data, listen});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!parser.isSet(data))
        return usage(tr("run needs --data DIR."));
    auto where = parseListen(parser.value(listen));
    if (!where)
        return usage(where.error().message);
    const ServerDataDir dir(parser.value(data));
    const ServerLog log(m_clock, m_err);
    if (!dir.isInitialised())
        return notInitialised(dir);
    const QList<QSslCertificate> certificate =
        QSslCertificate::fromPath(dir.tlsFile(TlsAuthority::kServerCertificate));
    QFile keyFile(dir.tlsFile(TlsAuthority::kServerKey));
    const QSslKey key(keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll() : QByteArray(),
                      QSsl::Ec);
    if (certificate.size() != 1 || key.isNull()) {
        print(m_err, tr("The TLS certificate or key in %1 cannot be read.").arg(dir.tlsFolder()));
        return 1;
    }
    auto engine = openEngine(dir);
    if (!engine)
        return refuse(engine.error());
    TerminalService terminals(**engine, caSha256(dir));
    if (auto r = terminals.prepare(); !r)
        return refuse(r.error());
    auto reader = SqliteDb::open(dir.database(), SqliteDb::Mode::ReadOnly);
    if (!reader)
        return refuse(reader.error());
    JournalService journal(**engine, *reader, m_clock);
    CatalogService catalog(**engine, &*reader);
    if (auto r = catalog.prepare(); !r)
        return refuse(r.error());
    QHttpServer http;
    RequestMetrics metrics;
    // Dashboards' WebSockets on the same port (/v1/live).
    LiveHub live(http, {&**engine, &*reader, &journal, &metrics, &m_clock});
    RefundService refunds(**engine, *reader, m_clock);
    ServerRoutes::install(http, {&**engine, &*reader, &terminals, &journal, &catalog, &metrics,
                                 &m_clock, &live, &refunds});
    // The alert rules judged over every terminal; each start and end logged.
    ServerAlertWatch alerts({&**engine, &*reader, &journal, &metrics, &m_clock},
                            [&log](const QString &line) { log.line(line); });
    QObject::connect(&alerts, &ServerAlertWatch::alertsChanged, &live, &LiveHub::salesChanged);
    alerts.start();
    // The chain includes the CA, so a console can pin it on first contact
    // against the fingerprint in its enrolment code (ServerPin).
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(
        certificate + QSslCertificate::fromPath(dir.tlsFile(TlsAuthority::kCaCertificate)));
    tls.setPrivateKey(key);
    http.sslSetup(tls);
    const quint16 port = http.listen(where->first, where->second);
    if (!port) {
        print(m_err, tr("Cannot listen on %1.").arg(parser.value(listen)));
        return 1;
    }
    AdminChannel admin([&](const QJsonObject &request) {
        auto answer = adminRequest(**engine, terminals, journal, catalog, request, m_clock.nowMs());
        const QString verb = request.value(QStringLiteral("verb")).toString();
        if (answer && verb == QLatin1String("rebuild-totals"))
            log.line(tr("totals rebuilt from %1 journal entries")
                         .arg(answer->value(QStringLiteral("entries")).toInteger()));
        else if (answer && verb != QLatin1String("terminals"))
            log.line(tr("%1 for terminal %2")
                         .arg(request.value(QStringLiteral("verb")).toString(),
                              request.value(QStringLiteral("terminal")).toString()));
        return answer;
    });
    if (auto r = admin.listen(dir.adminSocket()); !r)
        log.line(r.error().message);
    // tessera-cli on the server's database (staff, events, prices) while it
    // runs: its changes are handed to this engine.
    WriterHandover handover(**engine, m_clock);
    if (auto r = handover.listen(); !r)
        log.line(r.error().message);
    StopSignals stop;
    QObject::connect(&stop, &StopSignals::stopRequested, &stop, [&](const QString &signal) {
        log.line(tr("stopping (%1)").arg(signal));
        QCoreApplication::quit();
    });
    const QString host = where->first.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + where->first.toString() + QLatin1Char(']')
                             : where->first.toString();
    log.line(tr("serving %1 (journal at %2)").arg(dir.path()).arg((*engine)->stats().journalSeq));
    log.line(tr("listening on https://%1:%2").arg(host).arg(port));
    const int code = QCoreApplication::exec();
    handover.close();
    *reader = SqliteDb(); // closed before the writer, so the last close folds the WAL in
    engine->reset();
    log.line(tr("stopped"));
    return code;
}

int ServerCli::enrolCode(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption data = dataOption();
    const QCommandLineOption terminal(QStringList{QStringLiteral("terminal")},
                                      tr("The terminal's name (letters, digits, - _ .)."),
                                      QStringLiteral("name"));
    const QCommandLineOption venue(QStringList{QStringLiteral("venue")},
                                   tr("The venue the terminal sells for (its id)."),
                                   QStringLiteral("id"));
    const QCommandLineOption hours(QStringList{QStringLiteral("valid-hours")},
                                   tr("How long the code may be used (hours, default 24)."),
                                   QStringLiteral("hours"), QStringLiteral("24"));
    parser.addOptions({data, terminal, venue, hours});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!parser.isSet(data) || !parser.isSet(terminal) || !parser.isSet(venue))
        return usage(tr("enrol-code needs --data DIR, --terminal NAME and --venue ID."));
    bool venueOk = false, hoursOk = false;
    const qint64 venueId = parser.value(venue).toLongLong(&venueOk);
    const int validHours = parser.value(hours).toInt(&hoursOk);
    if (!venueOk || venueId <= 0)
        return usage(
            tr("--venue takes a venue's id (a number), not \"%1\".").arg(parser.value(venue)));
    if (!hoursOk)
        return usage(
            tr("--valid-hours takes a number of hours, not \"%1\".").arg(parser.value(hours)));
    return admin(parser.value(data), {{QStringLiteral("verb"), QStringLiteral("enrol-code")},
                                      {QStringLiteral("terminal"), parser.value(terminal)},
                                      {QStringLiteral("venue"), venueId},
                                      {QStringLiteral("valid_hours"), validHours}});
}

int ServerCli::revoke(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption data = dataOption();
    const QCommandLineOption terminal(QStringList{QStringLiteral("terminal")},
                                      tr("The terminal's name."), QStringLiteral("name"));
    parser.addOptions({data, terminal});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!parser.isSet(data) || !parser.isSet(terminal))
        return usage(tr("revoke needs --data DIR and --terminal NAME."));
    return admin(parser.value(data), {{QStringLiteral("verb"), QStringLiteral("revoke")},
                                      {QStringLiteral("terminal"), parser.value(terminal)}});
}

int ServerCli::admin(const QString &data, const QJsonObject &request)
{
    const ServerDataDir dir(data);
    if (!dir.isInitialised())
        return notInitialised(dir);
    // A running server does it with its own engine.
    std::optional<Result<QJsonObject>> answer =
        AdminChannel::call(dir.adminSocket(), request, 10000);
    if (!answer) {
        auto engine = openEngine(dir);
        if (!engine)
            return refuse(engine.error());
        TerminalService terminals(**engine, caSha256(dir));
        if (auto r = terminals.prepare(); !r)
            return refuse(r.error());
        auto reader = SqliteDb::open(dir.database(), SqliteDb::Mode::ReadOnly);
        if (!reader)
            return refuse(reader.error());
        JournalService journal(**engine, *reader, m_clock);
        CatalogService catalog(**engine, &*reader);
        if (auto r = catalog.prepare(); !r)
            return refuse(r.error());
        answer = adminRequest(**engine, terminals, journal, catalog, request, m_clock.nowMs());
    }
    if (!*answer)
        return refuse(answer->error());
    print(m_out, QString::fromUtf8(QJsonDocument(**answer).toJson(QJsonDocument::Indented)));
    return 0;
}

int ServerCli::rebuildTotals(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption data = dataOption();
    parser.addOptions({data});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!parser.isSet(data))
        return usage(tr("rebuild-totals needs --data DIR."));
    return admin(parser.value(data), {{QStringLiteral("verb"), QStringLiteral("rebuild-totals")}});
}

int ServerCli::listTerminals(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption data = dataOption();
    parser.addOptions({data});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!parser.isSet(data))
        return usage(tr("terminals needs --data DIR."));
    return admin(parser.value(data), {{QStringLiteral("verb"), QStringLiteral("terminals")}});
}

} // namespace tessera
