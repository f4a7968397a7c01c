// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcode.h"

#include <qrencode.h>

#include <QPainter>

#include <memory>

namespace tessera {

namespace {

struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

struct QrInputDeleter
{
    void operator()(QRinput *input) const { QRinput_free(input); }
};

using QrCodePtr = std::unique_ptr<QRcode, QrCodeDeleter>;

QrCodePtr encode(const QByteArray &text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    if (!QrCode::isAlphanumeric(text))
        return QrCodePtr(QRcode_encodeData(int(text.size()), bytes, 0, QR_ECLEVEL_M));
    std::unique_ptr<QRinput, QrInputDeleter> input(QRinput_new2(0, QR_ECLEVEL_M));
    if (!input || QRinput_append(input.get(), QR_MODE_AN, int(text.size()), bytes) != 0)
        return {};
    return QrCodePtr(QRcode_encodeInput(input.get()));
}

} // namespace

bool QrCode::isAlphanumeric(const QByteArray &text)
{
    static const QByteArray extra(" $%*+-./:");
    for (char c : text) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || extra.contains(c);
        if (!ok)
            return false;
    }
    return true;
}

std::optional<QImage> QrCode::render(const QByteArray &text, int moduleSize)
{
    if (text.isEmpty() || moduleSize < 1)
        return std::nullopt;
    const QrCodePtr code = encode(text);
    if (!code)
        return std::nullopt;
    const int width = code->width;
    const int side = (width + 2 * kQuietZoneModules) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            // Bit 0 of each byte is the module's colour: 1 is dark.
            if (code->data[y * width + x] & 1)
                painter.fillRect((x + kQuietZoneModules) * moduleSize,
                                 (y + kQuietZoneModules) * moduleSize, moduleSize, moduleSize,
                                 Qt::black);
        }
    }
    return image;
}

} // namespace tessera
