// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>

#include <optional>

namespace tessera {

// Renders text as a QR code image (error correction M, 4-module quiet zone);
// the encoder library stays behind this header.
class QrCode
{
public:
    static constexpr int kQuietZoneModules = 4;

    // Alphanumeric mode when every byte allows it (signed ticket codes are
    // upper-case base32 and '.'), else 8-bit. Black on white, each module
    // `moduleSize` pixels square. Nothing when the text does not fit a QR code.
    static std::optional<QImage> render(const QByteArray &text, int moduleSize);

    // True when the text fits QR alphanumeric mode: 0-9 A-Z space $ % * + - . / :
    static bool isAlphanumeric(const QByteArray &text);
};

} // namespace tessera
