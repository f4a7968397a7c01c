// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>

namespace tessera {

// What a server's data directory holds (`tessera-server init --data DIR`):
//   server.db, server.db.key   the server's engine database and its data key
//   server.db.lock             held by the running server (one per directory)
//   admin.sock                 the running server's local socket (AdminChannel)
//   tls/ca.pem, tls/ca.key     the server's own CA (the key never leaves)
//   tls/server.pem, server.key the TLS certificate it serves
class ServerDataDir
{
public:
    explicit ServerDataDir(const QString &path)
        : m_dir(QDir(path).absolutePath())
    {}

    QString path() const { return m_dir.path(); }
    QString database() const { return m_dir.filePath(QStringLiteral("server.db")); }
    QString adminSocket() const { return m_dir.filePath(QStringLiteral("admin.sock")); }
    QString tlsFolder() const { return m_dir.filePath(QStringLiteral("tls")); }
    QString tlsFile(const char *name) const
    {
        return QDir(tlsFolder()).filePath(QString::fromLatin1(name));
    }
    // Initialised: the database and the TLS files are there.
    bool isInitialised() const;

private:
    QDir m_dir;
};

} // namespace tessera
