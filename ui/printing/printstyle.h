// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPaintDevice>
#include <QString>

namespace tessera {

// Shared look of printed documents: fonts that cover Latin and CJK text,
// money and venue-time formatting, millimetres to device units.
class PrintStyle
{
    Q_DECLARE_TR_FUNCTIONS(tessera::PrintStyle)

public:
    explicit PrintStyle(const QPaintDevice &device, QLocale locale = QLocale());

    // Device units per millimetre.
    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerMm; }
    // A sans-serif font of `points` size that falls back to Noto CJK for Chinese.
    QFont font(qreal points, QFont::Weight weight = QFont::Normal) const;
    QFont monospace(qreal points, QFont::Weight weight = QFont::Normal) const;

    // MoneyFormat::money in the document's locale: "¥380.00" in Chinese,
    // "CNY 380.00" in English.
    QString money(qint64 minor, const QString &currency) const;
    // VenueTime in the zone `when` carries (the venue's, the box office's),
    // the zone named: "2026-12-10 19:30 UTC+8", the long date, "19:30 UTC+8".
    QString dateTime(const QDateTime &when) const;
    QString date(const QDateTime &when) const;
    QString time(const QDateTime &when) const;
    const QLocale &locale() const { return m_locale; }

private:
    qreal m_dotsPerMm = 1;
    QLocale m_locale;
};

} // namespace tessera
