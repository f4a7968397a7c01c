// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <string>

namespace tessera {

// Writes compact JSON straight into bytes. The writer thread answers hot
// commands (sell, hold) with it: building a QJsonObject and serialising it
// costs ten times more, and the writer is the one serial resource.
class JsonText
{
public:
    JsonText() { m_out.reserve(512); }

    JsonText &beginObject();
    JsonText &endObject();
    JsonText &beginArray();
    JsonText &endArray();
    // A member name inside an object (an ASCII identifier from the code, a
    // literal: its length is known here); the next call writes its value.
    template<size_t N>
    JsonText &key(const char (&name)[N])
    {
        separate();
        m_out += '"';
        m_out.append(name, N - 1);
        m_out.append("\":", 2);
        m_needComma = false;
        return *this;
    }
    JsonText &value(qint64 number);
    JsonText &value(const QString &text);
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

    QByteArray take() { return QByteArray(m_out.data(), qsizetype(m_out.size())); }
    // The bytes written so far: where a member may later be spliced in.
    qsizetype size() const { return qsizetype(m_out.size()); }

private:
    void separate()
    {
        if (m_needComma)
            m_out += ',';
    }

    std::string m_out;
    bool m_needComma = false;
};

} // namespace tessera
