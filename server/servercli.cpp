// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercli.h"

#include "common/clock.h"
#include "engine/engine.h"
#include "serverdatadir.h"
#include "serverlog.h"
#include "serverroutes.h"
#include "setup/demoseeder.h"
#include "stopsignals.h"
#include "tlsauthority.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
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
                    "       tessera-server run --data DIR [--listen ADDRESS:PORT]"));
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
    if (!pem) {
        print(m_err, pem.error().message);
        return 1;
    }
    if (!QDir().mkpath(dir.path())) {
        print(m_err, tr("Cannot create the folder %1.").arg(dir.path()));
        return 1;
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto engine = openEngine(dir);
    if (!engine) {
        print(m_err, engine.error().message);
        return 1;
    }
    QJsonObject summary{{QStringLiteral("data"), dir.path()}};
    if (parser.isSet(demo)) {
        auto ids = DemoSeeder::seed(**engine, m_clock.nowMs());
        if (!ids) {
            print(m_err, ids.error().message);
            return 1;
        }
        summary.insert(QStringLiteral("demo"), DemoSeeder::toJson(*ids));
    }
    engine->reset();
    if (auto r = TlsAuthority::write(*pem, dir.tlsFolder()); !r) {
        print(m_err, r.error().message);
        return 1;
    }
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
    if (!dir.isInitialised()) {
        print(m_err, tr("%1 is not a server's data directory: run tessera-server init --data %1 "
                        "first.")
                         .arg(dir.path()));
        return 1;
    }
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
    if (!engine) {
        print(m_err, engine.error().message);
        return 1;
    }
    QHttpServer http;
    ServerRoutes::install(http, **engine, m_clock);
    http.sslSetup(certificate.first(), key);
    const quint16 port = http.listen(where->first, where->second);
    if (!port) {
        print(m_err, tr("Cannot listen on %1.").arg(parser.value(listen)));
        return 1;
    }
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
    engine->reset();
    log.line(tr("stopped"));
    return code;
}

} // namespace tessera
