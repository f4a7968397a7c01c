// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstring>
#include <string_view>

namespace tessera {

// Writes compact JSON straight into bytes. The writer thread answers hot
// commands (sell, hold) with it: building a QJsonObject and serialising it
// costs ten times more, and the writer is the one serial resource. The bytes
// go into the QByteArray take() hands over, through a pointer: a member name
// is one copy, and nothing is copied again at the end.
class JsonText
{
public:
    JsonText();

    JsonText &beginObject();
    JsonText &endObject();
    JsonText &beginArray();
    JsonText &endArray();
    // A member name inside an object (an ASCII identifier from the code, a
    // literal: its length is known here); the next call writes its value.
    template<size_t N>
    JsonText &key(const char (&name)[N])
    {
        char *out = room(N + 3);
        if (m_needComma)
            *out++ = ',';
        *out++ = '"';
        std::memcpy(out, name, N - 1);
        out += N - 1;
        *out++ = '"';
        *out++ = ':';
        m_at = out;
        m_needComma = false;
        return *this;
    }
    JsonText &value(qint64 number);
    JsonText &value(const QString &text);
    // UTF-8 text (escaped as needed).
    JsonText &value(std::string_view utf8);
    JsonText &value(bool flag);
    // Shorthands for key + value.
    template<size_t N>
    JsonText &field(const char (&name)[N], qint64 number)
    {
        return key(name).value(number);
    }
    template<size_t N>
    JsonText &field(const char (&name)[N], const QString &text)
    {
        return key(name).value(text);
    }
    template<size_t N>
    JsonText &field(const char (&name)[N], std::string_view utf8)
    {
        return key(name).value(utf8);
    }

    // The text written; the writer is empty afterwards.
    QByteArray take();
    // The bytes written so far: where a member may later be spliced in.
    qsizetype size() const { return m_at ? qsizetype(m_at - m_out.constData()) : 0; }

private:
    // Where the next `count` bytes go (the buffer grows when they do not fit).
    char *room(size_t count)
    {
        if (size_t(m_end - m_at) < count)
            grow(count);
        return m_at;
    }
    void grow(size_t count);
    void separate()
    {
        if (m_needComma)
            *m_at++ = ',';
    }
    void put(char c) { *room(1) = c, ++m_at; }
    void put(const char *bytes, size_t count);
    void escaped(std::string_view utf8);

    QByteArray m_out;
    char *m_at = nullptr;
    char *m_end = nullptr;
    bool m_needComma = false;
};

} // namespace tessera
