#pragma once

#include <QByteArray>
#include <QString>

namespace tessera {

// Writes compact JSON straight into bytes. The writer thread answers hot
// commands (sell, hold) with it: building a QJsonObject and serialising it
// costs ten times more, and the writer is the one serial resource.
class JsonText
{
public:
    JsonText() { m_out.reserve(256); }

    JsonText &beginObject();
    JsonText &endObject();
    JsonText &beginArray();
    JsonText &endArray();
    // A member name inside an object; the next call writes its value.
    JsonText &key(const char *name);
    JsonText &value(qint64 number);
    JsonText &value(const QString &text);
    JsonText &value(bool flag);
    // Shorthands for key + value.
    JsonText &field(const char *name, qint64 number) { return key(name).value(number); }
    JsonText &field(const char *name, const QString &text) { return key(name).value(text); }

    QByteArray take() { return std::move(m_out); }

private:
    void separate();

    QByteArray m_out;
    bool m_needComma = false;
};

} // namespace tessera
