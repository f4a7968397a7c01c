// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace tessera {

// A journal entry's payload or result read once into a flat list of values
// that point back into its text, for the few fields the sales projection
// reads of every sale (QJsonDocument built a whole tree of UTF-16 strings
// per entry on the server's writer). Answers as QJsonValue would: a missing
// member or a value of another type reads as 0, "" or empty.
//
// The text must be one JsonObjectText::isValid() takes (journal up checks
// every payload and result so before it stores them): JsonLite does not check
// UTF-8 again on the writer. parse() takes only texts it reads exactly as
// QJsonDocument does, and
// answers nullopt otherwise (a key with an escape, a key twice in one
// object, a number that is not a plain integer of at most 2^53, any syntax
// error): the caller then reads the text with QJsonDocument.
class JsonLite
{
public:
    class Value
    {
    public:
        bool isUndefined() const { return m_doc == nullptr; }
        bool isObject() const;
        bool isArray() const;
        bool isString() const;
        // An object's member (undefined when there is none or this is no object).
        Value operator[](QByteArrayView key) const;
        bool contains(QByteArrayView key) const { return !(*this)[key].isUndefined(); }
        // An array's items (none when this is no array).
        std::vector<Value> items() const;
        qint64 toInteger() const; // 0 unless a number
        QString toString() const; // "" unless a string

    private:
        friend class JsonLite;
        Value() = default;
        Value(const JsonLite *doc, int node)
            : m_doc(doc)
            , m_node(node)
        {}
        const JsonLite *m_doc = nullptr;
        int m_node = -1;
    };

    static std::optional<JsonLite> parse(QByteArrayView text);
    Value root() const { return Value(this, 0); }

private:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };
    struct Node
    {
        Type type = Type::Null;
        bool escaped = false; // a string with escapes
        int next = 0;         // the node after this one's subtree
        int keyBegin = -1;    // an object member's key, in the text
        int keyLength = 0;
        int begin = 0; // the value in the text (a string without its quotes)
        int length = 0;
        qint64 integer = 0;
    };
    class Parser;

    QByteArrayView m_text;
    std::vector<Node> m_nodes;
};

} // namespace tessera
