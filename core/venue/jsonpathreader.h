// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>
#include <QVarLengthArray>

#include <array>
#include <optional>

namespace tessera {

// The base of strict JSON readers: typed reads that track the path to the
// value being read, so a refusal says exactly where it is
// ("zones[0].rows[1].seats[2].category"). A reader stops at its first error;
// every read returns false once it has failed, and error() says why.
class JsonPathReader
{
    Q_DECLARE_TR_FUNCTIONS(tessera::JsonPathReader)

public:
public:
    const Error &error() const { return m_error; }

protected:
    // Pushes a property name or an array index onto the path for its lifetime.
    class PathScope
    {
    public:
        PathScope(JsonPathReader &reader, QLatin1String key)
            : m_reader(reader)
        {
            m_reader.m_path.append({key, -1});
        }
        PathScope(JsonPathReader &reader, qsizetype index)
            : m_reader(reader)
        {
            m_reader.m_path.append({QLatin1String(), index});
        }
        ~PathScope() { m_reader.m_path.removeLast(); }
        PathScope(const PathScope &) = delete;
        PathScope &operator=(const PathScope &) = delete;

    private:
        JsonPathReader &m_reader;
    };

    // "zones[0].rows[1]"; empty at the document's root.
    QString currentPath() const;
    // The current path with one more property name.
    QString pathTo(const QString &key) const;
    QString pathTo(QLatin1String key) const { return pathTo(QString(key)); }

    bool fail(ErrorCode code, const QString &message, const QString &where);
    // Refuses the value at the current path (or at its property key).
    bool wrongType(const QJsonValue &value, const QString &expected);
    bool wrongType(QLatin1String key, const QJsonValue &value, const QString &expected);
    bool unknownProperty(const QString &name, const QString &allowed);

    // Splits an object into the values of its allowed properties (Undefined
    // when absent), refusing every other property: a misspelt one would
    // otherwise be dropped silently.
    template<std::size_t N>
    bool takeFields(const QJsonObject &object, const std::array<QLatin1String, N> &allowed,
                    std::array<QJsonValue, N> &values)
    {
        // Looking the allowed names up avoids making a QString of every key,
        // which dominates on plans with tens of thousands of seats; only
        // when some key was not among them are the keys themselves read.
        qsizetype found = 0;
        for (std::size_t i = 0; i < N; ++i) {
            const auto it = object.constFind(allowed[i]);
            if (it == object.constEnd()) {
                values[i] = QJsonValue(QJsonValue::Undefined);
            } else {
                values[i] = it.value();
                ++found;
            }
        }
        if (found == object.size())
            return true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString name = it.key();
            if (!contains(allowed, name))
                return unknownProperty(name, joined(allowed));
        }
        return true;
    }

    // takeFields() for the value at the current path, which must be an object.
    template<std::size_t N>
    bool takeObject(const QJsonValue &value, const std::array<QLatin1String, N> &allowed,
                    std::array<QJsonValue, N> &values)
    {
        if (!value.isObject())
            return wrongType(value, tr("an object"));
        return takeFields(value.toObject(), allowed, values);
    }

    // Refuses an absent (Undefined) required property.
    bool require(const QJsonValue &value, QLatin1String key);

    // Each reads the property `key` of the current object into `out`.
    bool readString(const QJsonValue &value, QLatin1String key, QString &out);
    bool readOptionalString(const QJsonValue &value, QLatin1String key,
                            std::optional<QString> &out);
    bool readNumber(const QJsonValue &value, QLatin1String key, double &out);
    bool readInteger(const QJsonValue &value, QLatin1String key, int &out);
    bool readOptionalInteger(const QJsonValue &value, QLatin1String key, std::optional<int> &out);

    template<std::size_t N>
    static QString joined(const std::array<QLatin1String, N> &names)
    {
        QString list;
        for (QLatin1String name : names)
            list += (list.isEmpty() ? QString() : QStringLiteral(", ")) + name;
        return list;
    }

    template<std::size_t N>
    static bool contains(const std::array<QLatin1String, N> &names, const QString &value)
    {
        for (QLatin1String name : names) {
            if (name == value)
                return true;
        }
        return false;
    }

private:
    // A property name or, when key is empty, an array index.
    struct PathStep
    {
        QLatin1String key;
        qsizetype index = -1;
    };

    // The last path step as people read it: "position" or "zones[2]".
    QString currentName() const;
    static QString typeName(const QJsonValue &value);

    QVarLengthArray<PathStep, 16> m_path;
    Error m_error;
};

} // namespace tessera
