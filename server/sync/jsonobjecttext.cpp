// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/jsonobjecttext.h"

#include <cctype>
#include <cstring>
#include <vector>

namespace tessera {

namespace {

class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_p(reinterpret_cast<const unsigned char *>(text.data()))
        , m_end(m_p + text.size())
    {}

    bool document()
    {
        skipSpace();
        if (!at('{') || !value())
            return false;
        skipSpace();
        return m_p == m_end;
    }

private:
    bool at(unsigned char c) const { return m_p < m_end && *m_p == c; }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool literal(const char *word)
    {
        for (; *word; ++word, ++m_p) {
            if (m_p == m_end || *m_p != static_cast<unsigned char>(*word))
                return false;
        }
        return true;
    }
    bool digits()
    {
        const unsigned char *start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > start;
    }
    bool number()
    {
        if (at('-'))
            ++m_p;
        if (at('0'))
            ++m_p;
        else if (!digits())
            return false;
        if (at('.')) {
            ++m_p;
            if (!digits())
                return false;
        }
        if (at('e') || at('E')) {
            ++m_p;
            if (at('+') || at('-'))
                ++m_p;
            if (!digits())
                return false;
        }
        return true;
    }
    bool continuation(int count, unsigned min, unsigned max, unsigned code)
    {
        for (int i = 0; i < count; ++i, ++m_p) {
            if (m_p == m_end || (*m_p & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (*m_p & 0x3F);
        }
        return code >= min && code <= max && !(code >= 0xD800 && code <= 0xDFFF);
    }
    bool string()
    {
        ++m_p; // the opening quote
        while (m_p < m_end) {
            const unsigned char c = *m_p++;
            if (c == '"')
                return true;
            if (c < 0x20)
                return false;
            if (c == '\\') {
                if (m_p == m_end)
                    return false;
                const unsigned char e = *m_p++;
                if (e == 'u') {
                    for (int i = 0; i < 4; ++i, ++m_p) {
                        if (m_p == m_end || !std::isxdigit(*m_p))
                            return false;
                    }
                } else if (!std::strchr("\"\\/bfnrt", e) || e == 0) {
                    return false;
                }
            } else if (c >= 0x80) {
                const bool ok = (c & 0xE0) == 0xC0   ? continuation(1, 0x80, 0x7FF, c & 0x1F)
                                : (c & 0xF0) == 0xE0 ? continuation(2, 0x800, 0xFFFF, c & 0x0F)
                                : (c & 0xF8) == 0xF0 ? continuation(3, 0x10000, 0x10FFFF, c & 0x07)
                                                     : false;
                if (!ok)
                    return false;
            }
        }
        return false;
    }
    // One value; containers iteratively, with their kinds on a stack.
    bool value()
    {
        std::vector<unsigned char> open; // '{' or '['
        for (;;) {
            skipSpace();
            if (m_p == m_end)
                return false;
            bool scalar = true;
            switch (*m_p) {
            case '{':
            case '[':
                if (int(open.size()) >= JsonObjectText::kMaxDepth)
                    return false;
                open.push_back(*m_p++);
                skipSpace();
                if (at(open.back() == '{' ? '}' : ']')) {
                    ++m_p;
                    open.pop_back();
                    break; // an empty container is a complete value
                }
                if (open.back() == '{' && !member())
                    return false;
                scalar = false;
                break;
            case '"':
                if (!string())
                    return false;
                break;
            case 't':
                if (!literal("true"))
                    return false;
                break;
            case 'f':
                if (!literal("false"))
                    return false;
                break;
            case 'n':
                if (!literal("null"))
                    return false;
                break;
            default:
                if (!number())
                    return false;
            }
            if (!scalar)
                continue; // the container's first value comes next
            // A value is complete: close what it completes, or go on after a comma.
            for (;;) {
                if (open.empty())
                    return true;
                skipSpace();
                if (at(',')) {
                    ++m_p;
                    if (open.back() == '{' && !member())
                        return false;
                    break;
                }
                if (!at(open.back() == '{' ? '}' : ']'))
                    return false;
                ++m_p;
                open.pop_back();
            }
        }
    }
    // `"name" :` before an object's value.
    bool member()
    {
        skipSpace();
        if (!at('"') || !string())
            return false;
        skipSpace();
        if (!at(':'))
            return false;
        ++m_p;
        return true;
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
};

} // namespace

bool JsonObjectText::isValid(QByteArrayView text)
{
    return Scanner(text).document();
}

} // namespace tessera
