// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/jsontext.h"

#include "common/utf8.h"

#include <charconv>

namespace tessera {

JsonText &JsonText::beginObject()
{
    separate();
    m_out += '{';
    m_needComma = false;
    return *this;
}

JsonText &JsonText::endObject()
{
    m_out += '}';
    m_needComma = true;
    return *this;
}

JsonText &JsonText::beginArray()
{
    separate();
    m_out += '[';
    m_needComma = false;
    return *this;
}

JsonText &JsonText::endArray()
{
    m_out += ']';
    m_needComma = true;
    return *this;
}

JsonText &JsonText::value(qint64 number)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    m_out.append(digits, size_t(end - digits));
    m_needComma = true;
    return *this;
}

JsonText &JsonText::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    m_needComma = true;
    return *this;
}

JsonText &JsonText::value(const QString &text)
{
    separate();
    // Most text here (codes, currencies, states, names) is printable ASCII
    // that needs no escape: copied in one pass, or left to the full path at
    // the first character that does.
    const size_t start = m_out.size();
    const auto *in = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    m_out.resize(start + size_t(n) + 2);
    char *out = m_out.data() + start;
    *out++ = '"';
    qsizetype i = 0;
    for (; i < n; ++i) {
        const char16_t c = in[i];
        if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
            break;
        *out++ = char(c);
    }
    if (i == n) {
        *out = '"';
        m_needComma = true;
        return *this;
    }
    m_out.resize(start);
    m_out += '"';
    thread_local std::string utf8;
    utf8.clear();
    appendUtf8(utf8, text);
    // Runs of characters that need no escape are copied whole.
    const char *run = utf8.data();
    const char *const end = run + utf8.size();
    for (const char *c = run; c != end; ++c) {
        const auto u = static_cast<unsigned char>(*c);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        m_out.append(run, size_t(c - run));
        run = c + 1;
        switch (u) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            m_out += "\\u00";
            m_out += hex[(u >> 4) & 0xf];
            m_out += hex[u & 0xf];
        }
        }
    }
    m_out.append(run, size_t(end - run));
    m_out += '"';
    m_needComma = true;
    return *this;
}

} // namespace tessera
