// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictpanel.h"

#include "console/venuetime.h"
#include "verdictstyle.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace tessera {

namespace {

QLabel *label(QWidget *parent, const QString &objectName, double pointSize, bool bold)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    QFont font = l->font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    l->setFont(font);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::NoTextInteraction);
    // As tall as the wrapped text needs; the spare height goes to the
    // stretch above the code line.
    // (A new policy would drop the height-for-width that word wrap set: a
    // headline wrapped onto two lines would get the height of one.)
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    l->setSizePolicy(policy);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return l;
}

} // namespace

VerdictPanel::VerdictPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("checkinResult"));
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);
    setMinimumHeight(360);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(36, 28, 36, 24);
    outer->setSpacing(14);

    auto *top = new QHBoxLayout;
    top->setSpacing(28);
    m_glyph = label(this, QStringLiteral("checkinGlyph"), 84, true);
    m_glyph->setWordWrap(false);
    m_glyph->setAlignment(Qt::AlignCenter);
    m_glyph->setMinimumWidth(150);
    top->addWidget(m_glyph, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(4);
    m_headline = label(this, QStringLiteral("checkinHeadline"), 46, true);
    m_instruction = label(this, QStringLiteral("checkinInstruction"), 24, false);
    titles->addWidget(m_headline);
    titles->addWidget(m_instruction);
    // No alignment on the titles: an aligned layout keeps its size hint's
    // height, too short for a headline that wraps onto two lines.
    top->addLayout(titles, 1);
    outer->addLayout(top);

    m_ticket = label(this, QStringLiteral("checkinTicket"), 36, true);
    m_details = label(this, QStringLiteral("checkinDetails"), 22, false);
    m_reason = label(this, QStringLiteral("checkinReason"), 26, true);
    m_code = label(this, QStringLiteral("checkinCode"), 12, false);
    // Why it was refused matters most after the verdict; then the ticket.
    outer->addSpacing(6);
    outer->addWidget(m_reason);
    outer->addSpacing(6);
    outer->addWidget(m_ticket);
    outer->addWidget(m_details);
    outer->addStretch();
    outer->addWidget(m_code);
    showReady();
}

void VerdictPanel::showReady()
{
    m_kind = QStringLiteral("ready");
    const VerdictStyle style = VerdictStyle::ready();
    paint(style.background, style.text, style.glyph);
    m_headline->setText(tr("Ready to scan"));
    m_instruction->setText(tr("Scan a ticket, or type its code and press Enter."));
    m_ticket->clear();
    m_details->clear();
    m_reason->clear();
    m_code->clear();
    m_ticket->hide();
    m_details->hide();
    m_reason->hide();
}

void VerdictPanel::showOutcome(const ScanOutcome &outcome, const VenueTime &time)
{
    m_kind = ScanOutcome::key(outcome.kind);
    const VerdictStyle style = VerdictStyle::of(outcome.kind);
    paint(style.background, style.text, style.glyph);
    m_headline->setText(ScanWording::headline(outcome));
    m_instruction->setText(ScanWording::instruction(outcome));

    const QStringList lines = ScanWording::ticketLines(outcome, time);
    m_ticket->setText(lines.value(0));
    m_details->setText(lines.mid(1).join(QLatin1Char('\n')));
    m_reason->setText(ScanWording::reason(outcome, time));
    m_ticket->setVisible(!m_ticket->text().isEmpty());
    m_details->setVisible(!m_details->text().isEmpty());
    m_reason->setVisible(!m_reason->text().isEmpty());

    m_code->setText(
        tr("Code %1 · scanned at %2")
            .arg(ScanWording::codeTail(outcome.code), time.timeWithSeconds(outcome.scannedAtMs)));
}

QString VerdictPanel::text() const
{
    QStringList parts;
    for (const QLabel *l : {m_headline, m_instruction, m_ticket, m_details, m_reason, m_code}) {
        if (!l->text().isEmpty())
            parts << l->text();
    }
    return parts.join(QLatin1Char('\n'));
}

void VerdictPanel::paint(const QColor &background, const QColor &text, const QString &glyph)
{
    setStyleSheet(QStringLiteral("#checkinResult { background: %1; border-radius: 14px; }"
                                 "#checkinResult QLabel { color: %2; background: transparent; }")
                      .arg(background.name(), text.name()));
    m_glyph->setText(glyph);
}

} // namespace tessera
