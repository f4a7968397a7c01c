// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/utf8.h"

namespace tessera {

void appendUtf8(std::string &out, QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    // At most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units);
    // write into room made once, then trim.
    const size_t start = out.size();
    out.resize(start + 3 * size_t(n));
    char *d = out.data() + start;
    for (qsizetype i = 0; i < n; ++i) {
        const char32_t c = p[i];
        if (c < 0x80) {
            *d++ = char(c);
            continue;
        }
        char32_t cp = c;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            cp = QChar::surrogateToUcs4(char16_t(c), p[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c)) {
            cp = 0xFFFD; // a lone surrogate is not text
        }
        if (cp < 0x800) {
            *d++ = char(0xC0 | (cp >> 6));
            *d++ = char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            *d++ = char(0xE0 | (cp >> 12));
            *d++ = char(0x80 | ((cp >> 6) & 0x3F));
            *d++ = char(0x80 | (cp & 0x3F));
        } else {
            *d++ = char(0xF0 | (cp >> 18));
            *d++ = char(0x80 | ((cp >> 12) & 0x3F));
            *d++ = char(0x80 | ((cp >> 6) & 0x3F));
            *d++ = char(0x80 | (cp & 0x3F));
        }
    }
    out.resize(size_t(d - out.data()));
}

} // namespace tessera
