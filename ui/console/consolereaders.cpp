// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolereaders.h"

namespace tessera {

namespace {

constexpr int kWorkerThreads = 2;

} // namespace

ConsoleReaders::ConsoleReaders(QString path, SqliteDb reader, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_reader(std::move(reader))
{
    m_pool.setMaxThreadCount(kWorkerThreads);
}

ConsoleReaders::~ConsoleReaders()
{
    m_pool.waitForDone();
}

Result<SqliteDb> ConsoleReaders::openReader(const QString &path)
{
    return SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
}

Result<std::unique_ptr<ConsoleReaders>> ConsoleReaders::open(const QString &path, QObject *parent)
{
    auto reader = openReader(path);
    if (!reader)
        return reader.error();
    return std::unique_ptr<ConsoleReaders>(new ConsoleReaders(path, std::move(*reader), parent));
}

} // namespace tessera
