// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/keyring.h"

#include "common/jsontext.h"
#include "crypto/securebytes.h"
#include "storage/sqlitedb.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tessera {

namespace {

const QByteArray kCheckPlaintext = QByteArrayLiteral("tessera data key check v1");
const QByteArray kCheckAad = QByteArrayLiteral("tessera/settings.data_key_check");
const QByteArray kCodeAad = QByteArrayLiteral("tessera/card_codes.code");
const QByteArray kCustomerAad = QByteArrayLiteral("tessera/orders.customer");
const QByteArray kKeyFileHeader = QByteArrayLiteral("tessera-key-file 1");
// Set once a file's plaintext of older versions has been encrypted (or none
// was found), so later opens skip the search: it reads whole tables and takes
// seconds on a file with a million orders. No build that writes plaintext can
// open a file of schema 4 or later. Bump the value when encryptLegacy() learns
// of more plaintext, so every file is searched once more.
const QString kLegacyScrubKey = QStringLiteral("legacy_plaintext_scrubbed");
const QString kLegacyScrubVersion = QStringLiteral("1");

bool hasSettings(SqliteDb &db)
{
    auto s = db.prepare(
        QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'"));
    if (!s)
        return false;
    auto row = s->step();
    return row && *row;
}

Result<std::optional<QString>> readSetting(SqliteDb &db, const QString &key)
{
    if (!hasSettings(db))
        return std::optional<QString>();
    auto s = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!s)
        return s.error();
    s->bind(1, key);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>(s->columnText(0));
}

Result<void> writeSetting(SqliteDb &db, const QString &key, const QString &value)
{
    auto s = db.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)"));
    if (!s)
        return s.error();
    s->bind(1, key).bind(2, value);
    return s->run();
}

QString normalisedName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QString digitsOf(const QString &phone)
{
    QString digits;
    for (const QChar ch : phone)
        if (ch.isDigit())
            digits.append(ch);
    return digits;
}

} // namespace

// ---- PassphraseKeySource

PassphraseKeySource::~PassphraseKeySource()
{
    m_passphrase.fill(QLatin1Char('\0'));
}

Result<std::vector<DataKeyPtr>> PassphraseKeySource::load(SqliteDb &db)
{
    auto wrapped = readSetting(db, QStringLiteral("wrapped_data_key"));
    if (!wrapped)
        return wrapped.error();
    std::vector<DataKeyPtr> keys;
    if (!*wrapped)
        return keys;
    auto key = DataKey::unwrapWithPassphrase((*wrapped)->toUtf8(), m_passphrase);
    if (!key)
        return key.error();
    keys.push_back(std::make_shared<const DataKey>(std::move(*key)));
    return keys;
}

Result<void> PassphraseKeySource::store(SqliteDb &db, const DataKey &key,
                                        const std::vector<DataKeyPtr> &)
{
    auto wrapped = key.wrapWithPassphrase(m_passphrase, m_cost);
    if (!wrapped)
        return wrapped.error();
    return writeSetting(db, QStringLiteral("wrapped_data_key"), QString::fromUtf8(*wrapped));
}

Result<void> PassphraseKeySource::setPassphrase(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The new passphrase is empty."),
                    QStringLiteral("new_passphrase"));
    m_passphrase.fill(QLatin1Char('\0'));
    m_passphrase = passphrase;
    return {};
}

// ---- KeyFileKeySource

Result<std::vector<DataKeyPtr>> KeyFileKeySource::load(SqliteDb &)
{
    std::vector<DataKeyPtr> keys;
    QFile file(m_path);
    if (!file.exists())
        return keys;
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::CorruptKey,
                    tr("Cannot read the key file: %1").arg(file.errorString()), m_path);
    QByteArray bytes = file.readAll();
    const QList<QByteArray> lines = bytes.split('\n');
    wipe(bytes);
    if (lines.isEmpty() || lines.first().trimmed() != kKeyFileHeader)
        return fail(ErrorCode::CorruptKey, tr("This is not a Tessera key file."), m_path);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        auto decoded =
            QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(ErrorCode::CorruptKey, tr("The key file is damaged."), m_path);
        auto key = DataKey::fromRaw(decoded.decoded);
        if (!key)
            return fail(ErrorCode::CorruptKey,
                        tr("The key file is damaged: %1").arg(key.error().message), m_path);
        keys.push_back(std::make_shared<const DataKey>(std::move(*key)));
    }
    for (QByteArray line : lines)
        wipe(line);
    if (keys.empty())
        return fail(ErrorCode::CorruptKey, tr("The key file holds no key."), m_path);
    m_loadedCount = int(keys.size());
    return keys;
}

Result<void> KeyFileKeySource::write(const std::vector<const DataKey *> &keys)
{
    QByteArray bytes = kKeyFileHeader + '\n';
    for (const DataKey *key : keys) {
        QByteArray raw = key->exportRaw();
        bytes += raw.toBase64() + '\n';
        wipe(raw);
    }
    // Written under a temporary name with 0600 from the start, synced, then
    // renamed over the old file, so a crash leaves one whole file or the other.
    const QByteArray target = QFile::encodeName(m_path);
    const QByteArray temporary = target + ".tmp";
    const auto failed = [&](const QString &what) {
        wipe(bytes);
        ::unlink(temporary.constData());
        return fail(ErrorCode::StorageError, tr("Cannot write the key file: %1").arg(what), m_path);
    };
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return failed(QString::fromLocal8Bit(strerror(errno)));
    ::fchmod(fd, 0600);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n <= 0) {
            ::close(fd);
            return failed(QString::fromLocal8Bit(strerror(errno)));
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        ::close(fd);
        return failed(QString::fromLocal8Bit(strerror(errno)));
    }
    ::close(fd);
    if (::rename(temporary.constData(), target.constData()) != 0)
        return failed(QString::fromLocal8Bit(strerror(errno)));
    wipe(bytes);
    const QByteArray folder = QFile::encodeName(QFileInfo(m_path).absolutePath());
    if (const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

Result<void> KeyFileKeySource::store(SqliteDb &, const DataKey &key,
                                     const std::vector<DataKeyPtr> &older)
{
    std::vector<const DataKey *> keys{&key};
    for (const DataKeyPtr &k : older)
        keys.push_back(k.get());
    if (auto r = write(keys); !r)
        return r;
    m_loadedCount = int(keys.size());
    return {};
}

Result<void> KeyFileKeySource::settle(const DataKey &current)
{
    if (m_loadedCount <= 1)
        return {};
    if (auto r = write({&current}); !r)
        return r;
    m_loadedCount = 1;
    return {};
}

Result<void> KeyFileKeySource::setPassphrase(const QString &)
{
    return fail(ErrorCode::InvalidInput,
                tr("This database keeps its data key in a key file, not under a passphrase."),
                QStringLiteral("new_passphrase"));
}

// ---- SealedFields

QByteArray SealedFields::sealCode(const DataKey &key, const QString &code)
{
    return key.encrypt(code.toUtf8(), kCodeAad);
}

Result<QString> SealedFields::openCode(const DataKey &key, const QByteArray &sealed)
{
    auto plain = key.decrypt(sealed, kCodeAad);
    if (!plain)
        return plain.error();
    return QString::fromUtf8(*plain);
}

QByteArray SealedFields::codeIndex(const DataKey &key, const QString &code)
{
    return key.blindIndex(QByteArrayLiteral("card_code\n") + code.toUtf8());
}

QByteArray SealedFields::sealCustomer(const DataKey &key, const QString &name, const QString &phone,
                                      const QString &email)
{
    // Sealed on the caller's thread for every sale with a customer: written
    // straight (members in QJsonObject's sorted order), not through
    // QJsonObject, which cost more than the encryption itself.
    JsonText o;
    o.beginObject();
    if (!email.isEmpty())
        o.field("email", email);
    if (!name.isEmpty())
        o.field("name", name);
    if (!phone.isEmpty())
        o.field("phone", phone);
    o.endObject();
    QByteArray plain = o.take();
    QByteArray sealed = key.encrypt(plain, kCustomerAad);
    wipe(plain);
    return sealed;
}

Result<SealedFields::Customer> SealedFields::openCustomer(const DataKey &key,
                                                          const QByteArray &sealed)
{
    auto plain = key.decrypt(sealed, kCustomerAad);
    if (!plain)
        return plain.error();
    const QJsonObject o = QJsonDocument::fromJson(*plain).object();
    wipe(*plain);
    return Customer{o.value(QStringLiteral("name")).toString(),
                    o.value(QStringLiteral("phone")).toString(),
                    o.value(QStringLiteral("email")).toString()};
}

QByteArray SealedFields::phoneIndex(const DataKey &key, const QString &phone)
{
    const QString digits = digitsOf(phone);
    if (digits.isEmpty())
        return {};
    return key.blindIndex(QByteArrayLiteral("phone\n") + digits.toUtf8());
}

QByteArray SealedFields::nameIndex(const DataKey &key, const QString &name)
{
    const QString normalised = normalisedName(name);
    if (normalised.isEmpty())
        return {};
    return key.blindIndex(QByteArrayLiteral("name\n") + normalised.toUtf8());
}

// ---- KeyRing

Result<QByteArray> KeyRing::readCheck(SqliteDb &db)
{
    auto value = readSetting(db, QStringLiteral("data_key_check"));
    if (!value)
        return value.error();
    if (!*value)
        return QByteArray();
    return QByteArray::fromBase64((*value)->toLatin1());
}

bool KeyRing::opensCheck(const DataKey &key, const QByteArray &check)
{
    auto plain = key.decrypt(check, kCheckAad);
    return plain && *plain == kCheckPlaintext;
}

Result<std::unique_ptr<KeyRing>> KeyRing::open(SqliteDb &db, KeySource &source)
{
    std::unique_ptr<KeyRing> ring(new KeyRing(source));
    auto check = readCheck(db);
    if (!check)
        return check.error();
    auto keys = source.load(db);
    if (!keys)
        return keys.error();
    if (check->isEmpty()) {
        // A new file (or one from before encryption): the source's key, if it
        // has one, becomes the database's key in prepare().
        if (!keys->empty())
            ring->m_keys.push_back(keys->front());
        return ring;
    }
    for (const DataKeyPtr &key : *keys) {
        if (opensCheck(*key, *check)) {
            ring->m_keys.push_back(key);
            return ring;
        }
    }
    if (keys->empty()) {
        auto wrapped = readSetting(db, QStringLiteral("wrapped_data_key"));
        if (wrapped && *wrapped)
            return fail(ErrorCode::WrongPassphrase,
                        tr("This database's data key is protected by a passphrase; give the "
                           "passphrase to open it. Nothing was changed."));
        return fail(ErrorCode::CorruptKey,
                    tr("This database's data key is missing (its key file is gone?). Nothing "
                       "was changed."),
                    QStringLiteral("data_key"));
    }
    return fail(ErrorCode::CorruptKey,
                tr("The data key does not belong to this database. Nothing was changed."),
                QStringLiteral("data_key"));
}

Result<void> KeyRing::writeCheck(SqliteDb &db, const DataKey &key)
{
    return writeSetting(db, QStringLiteral("data_key_check"),
                        QString::fromLatin1(key.encrypt(kCheckPlaintext, kCheckAad).toBase64()));
}

Result<void> KeyRing::prepare(SqliteDb &db)
{
    auto check = readCheck(db);
    if (!check)
        return check.error();
    if (check->isEmpty()) {
        DataKeyPtr key =
            m_keys.empty() ? std::make_shared<const DataKey>(DataKey::generate()) : m_keys.front();
        SqliteTransaction txn(db);
        if (!txn.begun())
            return txn.begun().error();
        if (auto r = m_source.store(db, *key, {}); !r)
            return r;
        if (auto r = writeCheck(db, *key); !r)
            return r;
        if (auto r = txn.commit(); !r)
            return r;
        std::lock_guard lock(m_mutex);
        m_keys = {key};
        m_generation.fetch_add(1, std::memory_order_release);
    }
    if (auto r = m_source.settle(*m_keys.front()); !r)
        return r;
    return encryptLegacy(db);
}

Result<void> KeyRing::encryptLegacy(SqliteDb &db)
{
    auto scrubbed = readSetting(db, kLegacyScrubKey);
    if (!scrubbed)
        return scrubbed.error();
    if (*scrubbed && **scrubbed == kLegacyScrubVersion)
        return {};
    const DataKey &key = *m_keys.front();
    auto count = db.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM card_codes WHERE code IS NOT NULL) + "
        "(SELECT COUNT(*) FROM orders WHERE customer_name IS NOT NULL OR customer_phone IS NOT "
        "NULL OR customer_email IS NOT NULL) + "
        "(SELECT COUNT(*) FROM journal WHERE (kind = 'import_card_codes' AND "
        "json_extract(payload, '$.csv') IS NOT NULL) OR (kind = 'sell' AND "
        "json_extract(payload, '$.customer') IS NOT NULL))"));
    if (!count)
        return count.error();
    if (auto row = count->step(); !row)
        return row.error();
    if (count->columnInt(0) == 0) {
        count->reset();
        return writeSetting(db, kLegacyScrubKey, kLegacyScrubVersion);
    }
    count->reset();

    // Freed space is zeroed so the plaintext does not linger in the file.
    if (auto r = db.exec(QStringLiteral("PRAGMA secure_delete = ON")); !r)
        return r;
    {
        SqliteTransaction txn(db);
        if (!txn.begun())
            return txn.begun().error();
        struct Code
        {
            qint64 id;
            QString code;
        };
        std::vector<Code> codes;
        auto read = db.prepare(QStringLiteral("SELECT id, code FROM card_codes "
                                              "WHERE code IS NOT NULL"));
        if (!read)
            return read.error();
        for (;;) {
            auto row = read->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            codes.push_back({read->columnInt(0), read->columnText(1)});
        }
        read->reset();
        auto update = db.prepare(QStringLiteral(
            "UPDATE card_codes SET code = NULL, code_enc = ?, code_index = ? WHERE id = ?"));
        if (!update)
            return update.error();
        for (const Code &c : codes) {
            update->bind(1, SealedFields::sealCode(key, c.code))
                .bind(2, SealedFields::codeIndex(key, c.code))
                .bind(3, c.id);
            if (auto r = update->run(); !r)
                return r;
        }

        struct Person
        {
            qint64 id;
            QString name, phone, email;
        };
        std::vector<Person> people;
        auto readOrders = db.prepare(
            QStringLiteral("SELECT id, customer_name, customer_phone, customer_email FROM orders "
                           "WHERE customer_name IS NOT NULL OR customer_phone IS NOT NULL OR "
                           "customer_email IS NOT NULL"));
        if (!readOrders)
            return readOrders.error();
        for (;;) {
            auto row = readOrders->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            people.push_back({readOrders->columnInt(0), readOrders->columnText(1),
                              readOrders->columnText(2), readOrders->columnText(3)});
        }
        readOrders->reset();
        auto updateOrder = db.prepare(QStringLiteral(
            "UPDATE orders SET customer_name = NULL, customer_phone = NULL, customer_email = NULL, "
            "customer_enc = ?, phone_index = ?, name_index = ? WHERE id = ?"));
        if (!updateOrder)
            return updateOrder.error();
        for (const Person &p : people) {
            const QByteArray phone = SealedFields::phoneIndex(key, p.phone);
            const QByteArray name = SealedFields::nameIndex(key, p.name);
            updateOrder->bind(1, SealedFields::sealCustomer(key, p.name, p.phone, p.email));
            phone.isNull() ? updateOrder->bindNull(2) : updateOrder->bind(2, phone);
            name.isNull() ? updateOrder->bindNull(3) : updateOrder->bind(3, name);
            updateOrder->bind(4, p.id);
            if (auto r = updateOrder->run(); !r)
                return r;
        }

        // Journalled requests of older versions carried the codes and the
        // customer: keep what they did, not the secrets (see docs/security.md).
        struct Entry
        {
            qint64 seq;
            QString kind;
            QByteArray payload;
        };
        std::vector<Entry> entries;
        auto readJournal = db.prepare(QStringLiteral(
            "SELECT seq, kind, payload FROM journal WHERE (kind = 'import_card_codes' AND "
            "json_extract(payload, '$.csv') IS NOT NULL) OR (kind = 'sell' AND "
            "json_extract(payload, '$.customer') IS NOT NULL)"));
        if (!readJournal)
            return readJournal.error();
        for (;;) {
            auto row = readJournal->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            entries.push_back({readJournal->columnInt(0), readJournal->columnText(1),
                               readJournal->columnBlob(2)});
        }
        readJournal->reset();
        auto updateJournal =
            db.prepare(QStringLiteral("UPDATE journal SET payload = ? WHERE seq = ?"));
        if (!updateJournal)
            return updateJournal.error();
        for (const Entry &e : entries) {
            QJsonObject o = QJsonDocument::fromJson(e.payload).object();
            if (e.kind == QLatin1String("sell")) {
                o.remove(QStringLiteral("customer"));
            } else {
                const QByteArray csv = o.value(QStringLiteral("csv")).toString().toUtf8();
                o.remove(QStringLiteral("csv"));
                o.insert(QStringLiteral("csv_sha256"),
                         QString::fromLatin1(
                             QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));
            }
            updateJournal->bindText(1, QJsonDocument(o).toJson(QJsonDocument::Compact))
                .bind(2, e.seq);
            if (auto r = updateJournal->run(); !r)
                return r;
        }
        if (auto r = writeSetting(db, kLegacyScrubKey, kLegacyScrubVersion); !r)
            return r;
        if (auto r = txn.commit(); !r)
            return r;
    }
    if (auto r = db.exec(QStringLiteral("PRAGMA secure_delete = OFF")); !r)
        return r;
    // Copy the scrubbed pages home and empty the log, which held the old ones.
    return db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

DataKeyPtr KeyRing::newest() const
{
    std::lock_guard lock(m_mutex);
    return m_keys.empty() ? DataKeyPtr() : m_keys.front();
}

DataKeyPtr KeyRing::keyFor(SqliteDb &db) const
{
    std::lock_guard lock(m_mutex);
    if (m_keys.size() <= 1)
        return m_keys.empty() ? DataKeyPtr() : m_keys.front();
    auto check = readCheck(db);
    if (check && !check->isEmpty()) {
        for (const DataKeyPtr &key : m_keys)
            if (opensCheck(*key, *check))
                return key;
    }
    return m_keys.front();
}

Result<void> KeyRing::adopt(SqliteDb &db, DataKeyPtr fresh)
{
    std::vector<DataKeyPtr> older;
    {
        std::lock_guard lock(m_mutex);
        older = m_keys;
    }
    if (auto r = m_source.store(db, *fresh, older); !r)
        return r;
    if (auto r = writeCheck(db, *fresh); !r)
        return r;
    std::lock_guard lock(m_mutex);
    m_keys.insert(m_keys.begin(), std::move(fresh));
    m_generation.fetch_add(1, std::memory_order_release);
    return {};
}

} // namespace tessera
