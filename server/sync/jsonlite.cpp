// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/jsonlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cstring>

namespace tessera {

class JsonLite::Parser
{
public:
    Parser(QByteArrayView text, std::vector<Node> &nodes)
        : m_text(text)
        , m_p(0)
        , m_nodes(nodes)
    {}

    bool document()
    {
        if (!value(-1, 0, 0))
            return false;
        space();
        return m_p == m_text.size() && m_nodes.front().type == Type::Object;
    }

private:
    static constexpr int kMaxDepth = 64;

    char at(qsizetype i) const { return m_text[i]; }
    void space()
    {
        while (m_p < m_text.size() &&
               (at(m_p) == ' ' || at(m_p) == '\t' || at(m_p) == '\n' || at(m_p) == '\r'))
            ++m_p;
    }
    bool eat(char c)
    {
        space();
        if (m_p < m_text.size() && at(m_p) == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool literal(const char *word)
    {
        const qsizetype n = qsizetype(std::strlen(word));
        if (m_text.size() - m_p < n || std::memcmp(m_text.data() + m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }

    // At a quote: the string's span; escapes are checked when read.
    bool string(int &begin, int &length, bool &escaped)
    {
        if (m_p >= m_text.size() || at(m_p) != '"')
            return false;
        begin = int(++m_p);
        escaped = false;
        while (m_p < m_text.size()) {
            const auto c = static_cast<unsigned char>(at(m_p));
            if (c == '"') {
                length = int(m_p - begin);
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                escaped = true;
                if (m_p + 1 >= m_text.size())
                    return false;
                const char e = at(m_p + 1);
                if (e == 'u') {
                    if (m_text.size() - m_p < 6)
                        return false;
                    for (int i = 2; i < 6; ++i) {
                        const char h = at(m_p + i);
                        if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') ||
                              (h >= 'A' && h <= 'F')))
                            return false;
                    }
                    m_p += 6;
                    continue;
                }
                if (!std::strchr("\"\\/bfnrt", e) || e == '\0')
                    return false;
                m_p += 2;
                continue;
            }
            ++m_p;
        }
        return false;
    }

    bool number(Node &node)
    {
        const qsizetype start = m_p;
        bool negative = false;
        if (at(m_p) == '-') {
            negative = true;
            ++m_p;
        }
        if (m_p >= m_text.size() || at(m_p) < '0' || at(m_p) > '9')
            return false;
        if (at(m_p) == '0' && m_p + 1 < m_text.size() && at(m_p + 1) >= '0' && at(m_p + 1) <= '9')
            return false;
        qint64 v = 0;
        int digits = 0;
        while (m_p < m_text.size() && at(m_p) >= '0' && at(m_p) <= '9') {
            if (++digits > 16)
                return false;
            v = v * 10 + (at(m_p++) - '0');
        }
        // A fraction or an exponent: QJsonDocument's double decides.
        if (m_p < m_text.size() && (at(m_p) == '.' || at(m_p) == 'e' || at(m_p) == 'E'))
            return false;
        if (v > (qint64(1) << 53))
            return false;
        node.integer = negative ? -v : v;
        node.begin = int(start);
        node.length = int(m_p - start);
        return true;
    }

    bool value(int keyBegin, int keyLength, int depth)
    {
        if (depth > kMaxDepth)
            return false;
        space();
        if (m_p >= m_text.size())
            return false;
        const int index = int(m_nodes.size());
        m_nodes.push_back(Node{});
        m_nodes[size_t(index)].keyBegin = keyBegin;
        m_nodes[size_t(index)].keyLength = keyLength;
        const char c = at(m_p);
        Node node;
        if (c == '{') {
            ++m_p;
            node.type = Type::Object;
            if (!eat('}')) {
                std::vector<QByteArrayView> keys;
                do {
                    space();
                    int begin = 0, length = 0;
                    bool escaped = false;
                    if (!string(begin, length, escaped) || escaped || !eat(':'))
                        return false;
                    const QByteArrayView key = m_text.sliced(begin, length);
                    for (const QByteArrayView &k : keys) {
                        if (k == key)
                            return false;
                    }
                    keys.push_back(key);
                    if (!value(begin, length, depth + 1))
                        return false;
                } while (eat(','));
                if (!eat('}'))
                    return false;
            }
        } else if (c == '[') {
            ++m_p;
            node.type = Type::Array;
            if (!eat(']')) {
                do {
                    if (!value(-1, 0, depth + 1))
                        return false;
                } while (eat(','));
                if (!eat(']'))
                    return false;
            }
        } else if (c == '"') {
            node.type = Type::String;
            if (!string(node.begin, node.length, node.escaped))
                return false;
        } else if (c == 't' || c == 'f') {
            node.type = Type::Bool;
            if (!literal(c == 't' ? "true" : "false"))
                return false;
        } else if (c == 'n') {
            node.type = Type::Null;
            if (!literal("null"))
                return false;
        } else {
            node.type = Type::Number;
            if (!number(node))
                return false;
        }
        node.keyBegin = keyBegin;
        node.keyLength = keyLength;
        node.next = int(m_nodes.size());
        m_nodes[size_t(index)] = node;
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_p;
    std::vector<Node> &m_nodes;
};

std::optional<JsonLite> JsonLite::parse(QByteArrayView text)
{
    JsonLite doc;
    doc.m_text = text;
    doc.m_nodes.reserve(64);
    Parser parser(text, doc.m_nodes);
    if (!parser.document())
        return std::nullopt;
    return doc;
}

bool JsonLite::Value::isObject() const
{
    return m_doc && m_doc->m_nodes[size_t(m_node)].type == Type::Object;
}

bool JsonLite::Value::isArray() const
{
    return m_doc && m_doc->m_nodes[size_t(m_node)].type == Type::Array;
}

bool JsonLite::Value::isString() const
{
    return m_doc && m_doc->m_nodes[size_t(m_node)].type == Type::String;
}

JsonLite::Value JsonLite::Value::operator[](QByteArrayView key) const
{
    if (!isObject())
        return {};
    const auto &nodes = m_doc->m_nodes;
    const int end = nodes[size_t(m_node)].next;
    for (int child = m_node + 1; child < end; child = nodes[size_t(child)].next) {
        const Node &n = nodes[size_t(child)];
        if (m_doc->m_text.sliced(n.keyBegin, n.keyLength) == key)
            return Value(m_doc, child);
    }
    return {};
}

std::vector<JsonLite::Value> JsonLite::Value::items() const
{
    std::vector<Value> out;
    if (!isArray())
        return out;
    const auto &nodes = m_doc->m_nodes;
    const int end = nodes[size_t(m_node)].next;
    for (int child = m_node + 1; child < end; child = nodes[size_t(child)].next)
        out.push_back(Value(m_doc, child));
    return out;
}

qint64 JsonLite::Value::toInteger() const
{
    if (!m_doc || m_doc->m_nodes[size_t(m_node)].type != Type::Number)
        return 0;
    return m_doc->m_nodes[size_t(m_node)].integer;
}

QString JsonLite::Value::toString() const
{
    if (!isString())
        return {};
    const Node &n = m_doc->m_nodes[size_t(m_node)];
    const QByteArrayView raw = m_doc->m_text.sliced(n.begin, n.length);
    if (!n.escaped)
        return QString::fromUtf8(raw);
    // Escapes are rare in the fields read: Qt unescapes them as it always does.
    const QByteArray wrapped = "[\"" + raw.toByteArray() + "\"]";
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

} // namespace tessera
