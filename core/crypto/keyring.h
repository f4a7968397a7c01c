// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "common/result.h"
#include "crypto/datakey.h"
#include "crypto/keyderivation.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace tessera {

class SqliteDb;

using DataKeyPtr = std::shared_ptr<const DataKey>;

// Where a database's data key is kept. The database itself holds only a check
// value (settings `data_key_check`: a constant sealed under the key), so the
// right key is recognised and a wrong one refused before anything is written.
class KeySource
{
public:
    virtual ~KeySource() = default;
    // The keys kept for the database, newest first (empty: none yet). Reads
    // only; a wrong passphrase fails here.
    virtual Result<std::vector<DataKeyPtr>> load(SqliteDb &db) = 0;
    // Keeps `key` as the newest key; `older` are keys that may still be the
    // live one until the caller's transaction commits. Runs inside the
    // caller's transaction.
    virtual Result<void> store(SqliteDb &db, const DataKey &key,
                               const std::vector<DataKeyPtr> &older) = 0;
    // Once the live key is known (at open): forget the others.
    virtual Result<void> settle(const DataKey &current) = 0;
    // For the next store(); InvalidInput where the source has no passphrase.
    virtual Result<void> setPassphrase(const QString &passphrase) = 0;
    // "passphrase" or "key_file".
    virtual QString kind() const = 0;
};

// The data key wrapped under the operator's passphrase (scrypt) in the
// database's settings (`wrapped_data_key`).
class PassphraseKeySource final : public KeySource
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::PassphraseKeySource)

public:
    explicit PassphraseKeySource(QString passphrase,
                                 ScryptCost cost = KeyDerivation::DefaultScryptCost)
        : m_passphrase(std::move(passphrase))
        , m_cost(cost)
    {}
    ~PassphraseKeySource() override;

    Result<std::vector<DataKeyPtr>> load(SqliteDb &db) override;
    Result<void> store(SqliteDb &db, const DataKey &key,
                       const std::vector<DataKeyPtr> &older) override;
    Result<void> settle(const DataKey &) override { return {}; }
    Result<void> setPassphrase(const QString &passphrase) override;
    QString kind() const override { return QStringLiteral("passphrase"); }

private:
    QString m_passphrase;
    ScryptCost m_cost;
};

// The raw data key in a file of its own (0600), by default `<database>.key`:
// the SQLite file alone then reveals nothing. During a rotation the file holds
// the new and the previous keys until the next open settles on the live one.
class KeyFileKeySource final : public KeySource
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::KeyFileKeySource)

public:
    explicit KeyFileKeySource(QString path)
        : m_path(std::move(path))
    {}
    static QString defaultPath(const QString &databasePath)
    {
        return databasePath + QStringLiteral(".key");
    }
    QString path() const { return m_path; }

    Result<std::vector<DataKeyPtr>> load(SqliteDb &db) override;
    Result<void> store(SqliteDb &db, const DataKey &key,
                       const std::vector<DataKeyPtr> &older) override;
    Result<void> settle(const DataKey &current) override;
    Result<void> setPassphrase(const QString &passphrase) override;
    QString kind() const override { return QStringLiteral("key_file"); }

private:
    Result<void> write(const std::vector<const DataKey *> &keys);

    QString m_path;
    int m_loadedCount = 0;
};

// Sealing and blind indexes of the protected fields, so every reader and
// writer agrees on the additional data and the normalisation.
class SealedFields
{
public:
    static QByteArray sealCode(const DataKey &key, const QString &code);
    static Result<QString> openCode(const DataKey &key, const QByteArray &sealed);
    static QByteArray codeIndex(const DataKey &key, const QString &code);

    // Customer details as sealed compact JSON ({"email","name","phone"}).
    static QByteArray sealCustomer(const DataKey &key, const QString &name, const QString &phone,
                                   const QString &email);
    struct Customer
    {
        QString name, phone, email;
    };
    static Result<Customer> openCustomer(const DataKey &key, const QByteArray &sealed);
    // Blind index of the phone's digits; null when it has none.
    static QByteArray phoneIndex(const DataKey &key, const QString &phone);
    // Blind index of the trimmed, case-folded name with single spaces; null when empty.
    static QByteArray nameIndex(const DataKey &key, const QString &name);
};

// The data key(s) of one open database. Usually one key; after a rotation in
// this process also the previous one, and keyFor() picks whichever opens the
// database's check value as the given connection sees it (so a rolled-back
// rotation falls back by itself). Thread-safe.
class KeyRing
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::KeyRing)

public:
    // Finds the database's key through `source`; writes nothing, so a wrong
    // passphrase leaves the file as it was. No key yet is fine (prepare()).
    static Result<std::unique_ptr<KeyRing>> open(SqliteDb &db, KeySource &source);
    // After migration: creates and stores the key on first use, settles the
    // source on the live key, and encrypts plaintext left by older versions
    // (card codes, customers, journalled requests), scrubbing freed pages.
    Result<void> prepare(SqliteDb &db);

    DataKeyPtr keyFor(SqliteDb &db) const;
    // Changes whenever the ring gains a key, so whoever keeps keyFor()'s
    // answer knows when to ask again.
    quint64 generation() const { return m_generation.load(std::memory_order_acquire); }
    // The newest key without asking the database (null: none yet): usually
    // the live one; whoever uses it checks against keyFor() on the writer.
    DataKeyPtr newest() const;
    KeySource &source() { return m_source; }

    // Rotation, inside the writer's transaction: `fresh` becomes the key
    // (stored through the source, check value replaced).
    Result<void> adopt(SqliteDb &db, DataKeyPtr fresh);

    // The check value in `db`'s settings (empty when none).
    static Result<QByteArray> readCheck(SqliteDb &db);
    static bool opensCheck(const DataKey &key, const QByteArray &check);

private:
    explicit KeyRing(KeySource &source)
        : m_source(source)
    {}
    Result<void> writeCheck(SqliteDb &db, const DataKey &key);
    Result<void> encryptLegacy(SqliteDb &db);

    KeySource &m_source;
    mutable std::mutex m_mutex;
    std::vector<DataKeyPtr> m_keys; // newest first
    std::atomic<quint64> m_generation{0};
};

} // namespace tessera
