// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/jsontext.h"

#include "common/utf8.h"

#include <charconv>
#include <string>

namespace tessera {

JsonText::JsonText()
    : m_out(512, Qt::Uninitialized)
    , m_at(m_out.data())
    , m_end(m_at + m_out.size())
{}

void JsonText::grow(size_t count)
{
    const qsizetype used = size();
    m_out.resize(qMax(2 * m_out.size(), used + qsizetype(count) + 256));
    m_at = m_out.data() + used;
    m_end = m_out.data() + m_out.size();
}

void JsonText::put(const char *bytes, size_t count)
{
    std::memcpy(room(count), bytes, count);
    m_at += count;
}

QByteArray JsonText::take()
{
    m_out.truncate(size());
    QByteArray text = std::move(m_out);
    m_out = QByteArray();
    m_at = m_end = nullptr;
    m_needComma = false;
    return text;
}

JsonText &JsonText::beginObject()
{
    room(2);
    separate();
    *m_at++ = '{';
    m_needComma = false;
    return *this;
}

JsonText &JsonText::endObject()
{
    put('}');
    m_needComma = true;
    return *this;
}

JsonText &JsonText::beginArray()
{
    room(2);
    separate();
    *m_at++ = '[';
    m_needComma = false;
    return *this;
}

JsonText &JsonText::endArray()
{
    put(']');
    m_needComma = true;
    return *this;
}

JsonText &JsonText::value(qint64 number)
{
    room(24);
    separate();
    m_at = std::to_chars(m_at, m_at + 21, number).ptr;
    m_needComma = true;
    return *this;
}

JsonText &JsonText::value(bool flag)
{
    room(6);
    separate();
    put(flag ? "true" : "false", flag ? 4 : 5);
    m_needComma = true;
    return *this;
}

JsonText &JsonText::value(const QString &text)
{
    // Most text here (codes, currencies, states, names) is printable ASCII
    // that needs no escape: copied in one pass, or left to the full path at
    // the first character that does.
    const auto *in = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    char *out = room(size_t(n) + 3);
    char *const start = out;
    if (m_needComma)
        *out++ = ',';
    *out++ = '"';
    qsizetype i = 0;
    for (; i < n; ++i) {
        const char16_t c = in[i];
        if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
            break;
        *out++ = char(c);
    }
    if (i == n) {
        *out++ = '"';
        m_at = out;
        m_needComma = true;
        return *this;
    }
    m_at = start;
    std::string utf8;
    appendUtf8(utf8, text);
    return value(std::string_view(utf8));
}

JsonText &JsonText::value(std::string_view utf8)
{
    room(utf8.size() + 3);
    separate();
    *m_at++ = '"';
    escaped(utf8);
    put('"');
    m_needComma = true;
    return *this;
}

void JsonText::escaped(std::string_view utf8)
{
    // Runs of characters that need no escape are copied whole.
    const char *run = utf8.data();
    const char *const end = run + utf8.size();
    for (const char *c = run; c != end; ++c) {
        const auto u = static_cast<unsigned char>(*c);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        put(run, size_t(c - run));
        run = c + 1;
        switch (u) {
        case '"':
            put("\\\"", 2);
            break;
        case '\\':
            put("\\\\", 2);
            break;
        case '\n':
            put("\\n", 2);
            break;
        case '\r':
            put("\\r", 2);
            break;
        case '\t':
            put("\\t", 2);
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escape[] = {'\\', 'u', '0', '0', hex[(u >> 4) & 0xf], hex[u & 0xf]};
            put(escape, sizeof escape);
        }
        }
    }
    put(run, size_t(end - run));
}

} // namespace tessera
