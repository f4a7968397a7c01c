// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace tessera::test {

// Checks JSON against the part of JSON Schema the pretix seating-plan schema
// uses (type, properties, required, additionalProperties: false, items, enum,
// local $ref), so tests can prove that what we accept and write is what the
// shared schema allows. A schema keyword it does not know is itself reported:
// the checker never passes a document by ignoring a rule.
class JsonSchemaChecker
{
public:
    explicit JsonSchemaChecker(QJsonObject schema)
        : m_schema(std::move(schema))
    {}

    // An empty schema (and so a checker that reports every value) when the
    // file cannot be read.
    static JsonSchemaChecker fromFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return JsonSchemaChecker(QJsonObject());
        return JsonSchemaChecker(QJsonDocument::fromJson(file.readAll()).object());
    }

    bool isLoaded() const { return m_schema.contains(QLatin1String("definitions")); }

    // "path: problem" for each violation; empty when the value conforms.
    QStringList check(const QJsonValue &value) const
    {
        QStringList problems;
        if (!isLoaded())
            problems.append(QStringLiteral("schema not loaded"));
        else
            checkValue(value, m_schema, QString(), problems);
        return problems;
    }

private:
    QJsonObject resolve(const QJsonObject &node) const
    {
        const QString ref = node.value(QLatin1String("$ref")).toString();
        const QString prefix = QStringLiteral("#/definitions/");
        if (!ref.startsWith(prefix))
            return node;
        return m_schema.value(QLatin1String("definitions"))
            .toObject()
            .value(ref.mid(prefix.size()))
            .toObject();
    }

    static bool hasType(const QJsonValue &value, const QString &type)
    {
        if (type == QLatin1String("object"))
            return value.isObject();
        if (type == QLatin1String("array"))
            return value.isArray();
        if (type == QLatin1String("string"))
            return value.isString();
        if (type == QLatin1String("number"))
            return value.isDouble();
        if (type == QLatin1String("integer"))
            return value.isDouble() && value.toDouble() == std::trunc(value.toDouble());
        if (type == QLatin1String("boolean"))
            return value.isBool();
        if (type == QLatin1String("null"))
            return value.isNull();
        return false;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    void checkValue(const QJsonValue &value, const QJsonObject &rawNode, const QString &path,
                    QStringList &problems) const
    {
        const QJsonObject node = resolve(rawNode);
        static const QSet<QString> known{
            QStringLiteral("$schema"),     QStringLiteral("version"),
            QStringLiteral("title"),       QStringLiteral("description"),
            QStringLiteral("type"),        QStringLiteral("properties"),
            QStringLiteral("required"),    QStringLiteral("additionalProperties"),
            QStringLiteral("definitions"), QStringLiteral("items"),
            QStringLiteral("enum")};
        for (auto it = node.constBegin(); it != node.constEnd(); ++it) {
            if (!known.contains(it.key()))
                problems.append(path + QStringLiteral(": unsupported schema keyword ") + it.key());
        }

        const QJsonValue type = node.value(QLatin1String("type"));
        if (!type.isUndefined()) {
            const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
            bool matches = false;
            for (const QJsonValue &candidate : types)
                matches = matches || hasType(value, candidate.toString());
            if (!matches) {
                problems.append(
                    path + QStringLiteral(": not of type ") +
                    QString::fromUtf8(QJsonDocument(types).toJson(QJsonDocument::Compact)));
                return;
            }
        }
        if (node.contains(QLatin1String("enum")) &&
            !node.value(QLatin1String("enum")).toArray().contains(value)) {
            problems.append(path + QStringLiteral(": not one of the enum values"));
        }
        if (value.isObject())
            checkObject(value.toObject(), node, path, problems);
        if (value.isArray() && node.contains(QLatin1String("items"))) {
            const QJsonObject items = node.value(QLatin1String("items")).toObject();
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                checkValue(array.at(i), items,
                           path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                           problems);
            }
        }
    }

    void checkObject(const QJsonObject &object, const QJsonObject &node, const QString &path,
                     QStringList &problems) const
    {
        const QJsonObject properties = node.value(QLatin1String("properties")).toObject();
        const bool closed = node.value(QLatin1String("additionalProperties")) == QJsonValue(false);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (properties.contains(it.key()))
                checkValue(it.value(), properties.value(it.key()).toObject(), join(path, it.key()),
                           problems);
            else if (closed)
                problems.append(join(path, it.key()) + QStringLiteral(": property not allowed"));
        }
        const QJsonArray required = node.value(QLatin1String("required")).toArray();
        for (const QJsonValue &name : required) {
            if (!object.contains(name.toString()))
                problems.append(join(path, name.toString()) + QStringLiteral(": missing"));
        }
    }

    QJsonObject m_schema;
};

} // namespace tessera::test
