// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/journalbatchtext.h"

#include "sync/jsonobjecttext.h"

#include <cstring>

namespace tessera {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

// A text the slow path keeps: not blank once trimmed. Only a visible ASCII
// character is taken as proof; anything else goes the slow way.
bool hasVisibleAscii(const QByteArray &text)
{
    for (char c : text) {
        if (c > ' ' && c < 0x7F)
            return true;
    }
    return false;
}

class Reader
{
public:
    explicit Reader(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {}

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool eat(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool null()
    {
        skipSpace();
        if (m_end - m_p >= 4 && std::memcmp(m_p, "null", 4) == 0) {
            m_p += 4;
            return true;
        }
        return false;
    }

    // A plain positive integer of at most 9e15 (what JsonFields::positive
    // takes, written the usual way).
    bool positive(qint64 &value)
    {
        skipSpace();
        if (m_p >= m_end || *m_p < '1' || *m_p > '9')
            return false;
        qint64 v = 0;
        int digits = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            if (++digits > 16)
                return false;
            v = v * 10 + (*m_p++ - '0');
        }
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false;
        if (v > qint64(9'000'000'000'000'000))
            return false;
        value = v;
        return true;
    }

    // A JSON string, unescaped into UTF-8; false on anything not valid
    // (a control character, a bad escape or UTF-8 sequence, a lone surrogate).
    bool string(QByteArray &out)
    {
        out.resize(0);
        skipSpace();
        if (m_p >= m_end || *m_p != '"')
            return false;
        ++m_p;
        // One allocation: the unescaped text is never longer than the raw one.
        out.reserve(rawLength());
        const char *run = m_p;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                out.append(run, m_p - run);
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                out.append(run, m_p - run);
                if (!escape(out))
                    return false;
                run = m_p;
                continue;
            }
            if (c < 0x80) {
                ++m_p;
                continue;
            }
            if (!utf8Sequence())
                return false;
        }
        return false;
    }

private:
    // Bytes from here to the string's closing quote (or the end).
    qsizetype rawLength() const
    {
        const char *p = m_p;
        while (p < m_end) {
            const void *stop = std::memchr(p, '"', size_t(m_end - p));
            if (!stop)
                return m_end - m_p;
            const char *quote = static_cast<const char *>(stop);
            // Escaped when an odd number of backslashes stands before it.
            const char *b = quote;
            while (b > m_p && b[-1] == '\\')
                --b;
            if ((quote - b) % 2 == 0)
                return quote - m_p;
            p = quote + 1;
        }
        return m_end - m_p;
    }

    bool hex4(char32_t &value)
    {
        if (m_end - m_p < 4)
            return false;
        value = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0)
                return false;
            value = (value << 4) | char32_t(h);
        }
        m_p += 4;
        return true;
    }

    // At a backslash: appends what it stands for.
    bool escape(QByteArray &out)
    {
        ++m_p;
        if (m_p >= m_end)
            return false;
        const char c = *m_p++;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out.append(c);
            return true;
        case 'b':
            out.append('\b');
            return true;
        case 'f':
            out.append('\f');
            return true;
        case 'n':
            out.append('\n');
            return true;
        case 'r':
            out.append('\r');
            return true;
        case 't':
            out.append('\t');
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        char32_t cp = 0;
        if (!hex4(cp))
            return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return false;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                return false;
            m_p += 2;
            char32_t low = 0;
            if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
                return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        appendUtf8(out, cp);
        return true;
    }

    // At a byte >= 0x80: one well-formed UTF-8 sequence (RFC 3629: no
    // overlong forms, no surrogates, nothing above U+10FFFF).
    bool utf8Sequence()
    {
        const auto b0 = static_cast<unsigned char>(*m_p);
        int length = 0;
        char32_t cp = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            cp = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            cp = b0 & 0x07;
        } else {
            return false;
        }
        if (m_end - m_p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            const auto b = static_cast<unsigned char>(m_p[i]);
            if ((b & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (b & 0x3F);
        }
        if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        m_p += length;
        return true;
    }

    const char *m_p;
    const char *m_end;
};

enum Field : unsigned {
    Seq = 1u << 0,
    Kind = 1u << 1,
    IdemKey = 1u << 2,
    RequestHash = 1u << 3,
    Payload = 1u << 4,
    ResultField = 1u << 5,
    Actor = 1u << 6,
    CreatedAt = 1u << 7,
};
constexpr unsigned kRequired =
    Seq | Kind | IdemKey | RequestHash | Payload | ResultField | CreatedAt;

bool requestHash(const QByteArray &text, QByteArray &out)
{
    if (text.size() != 64)
        return false;
    out.resize(32);
    for (int i = 0; i < 32; ++i) {
        const int hi = hexValue(text[2 * i]);
        const int lo = hexValue(text[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = char((hi << 4) | lo);
    }
    return true;
}

bool entry(Reader &in, ShippedEntry &e, QByteArray &key, QByteArray &text)
{
    if (!in.eat('{'))
        return false;
    unsigned seen = 0;
    do {
        if (!in.string(key) || !in.eat(':'))
            return false;
        unsigned field = 0;
        bool ok = false;
        if (key == "seq") {
            field = Seq;
            ok = in.positive(e.seq);
        } else if (key == "kind" || key == "idem_key") {
            field = key == "kind" ? Kind : IdemKey;
            ok = in.string(text) && hasVisibleAscii(text);
            if (ok)
                (field == Kind ? e.kind : e.idemKey) = QString::fromUtf8(text);
        } else if (key == "request_hash") {
            field = RequestHash;
            ok = in.string(text) && requestHash(text, e.requestHash);
        } else if (key == "payload" || key == "result") {
            field = key == "payload" ? Payload : ResultField;
            QByteArray &target = field == Payload ? e.payload : e.result;
            ok = in.string(target) && JsonObjectText::isValid(target);
        } else if (key == "actor") {
            field = Actor;
            if (in.null()) {
                ok = true;
            } else {
                ok = in.string(text);
                if (ok)
                    e.actor = QString::fromUtf8(text);
            }
        } else if (key == "created_at") {
            field = CreatedAt;
            ok = in.positive(e.createdAt);
        }
        if (!ok || (seen & field))
            return false;
        seen |= field;
    } while (in.eat(','));
    return in.eat('}') && (seen & kRequired) == kRequired;
}

} // namespace

std::optional<std::vector<ShippedEntry>> JournalBatchText::parse(QByteArrayView body)
{
    Reader in(body);
    QByteArray key, text;
    if (!in.eat('{') || !in.string(key) || key != "entries" || !in.eat(':') || !in.eat('['))
        return std::nullopt;
    std::vector<ShippedEntry> out;
    do {
        if (out.size() >= size_t(JournalBatch::kMaxEntries))
            return std::nullopt;
        ShippedEntry e;
        if (!entry(in, e, key, text))
            return std::nullopt;
        if (!out.empty() && e.seq != out.back().seq + 1)
            return std::nullopt;
        out.push_back(std::move(e));
    } while (in.eat(','));
    if (!in.eat(']') || !in.eat('}') || !in.atEnd())
        return std::nullopt;
    return out;
}

} // namespace tessera
