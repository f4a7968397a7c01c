// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scanoutcome.h"

#include <QFrame>

class QLabel;

namespace tessera {

// The big, colour-coded result of the latest scan: a tick or cross, the
// verdict, whether to let the holder in, the seat, type and event, and why.
// It keeps the result until the next scan.
class VerdictPanel : public QFrame
{
    Q_OBJECT
    // "ready" before the first scan, then ScanOutcome::key of the latest.
    Q_PROPERTY(QString kind READ kind)

public:
    explicit VerdictPanel(QWidget *parent = nullptr);

    void showReady();
    // Times in `time`'s zone, "today" by its clock.
    void showOutcome(const ScanOutcome &outcome, const VenueTime &time);
    QString kind() const { return m_kind; }
    // Everything the panel says, one line each (tests, accessibility).
    QString text() const;

private:
    void paint(const QColor &background, const QColor &text, const QString &glyph);

    QString m_kind;
    QLabel *m_glyph = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_instruction = nullptr;
    QLabel *m_ticket = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_code = nullptr;
};

} // namespace tessera
