// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scanoutcome.h"

#include <QObject>

#include <array>
#include <memory>
#include <optional>

class QSoundEffect;
class QTemporaryDir;

namespace tessera {

// The short sounds a gate plays after each scan, so the person at the gate
// hears the verdict without looking: a high double beep to let in, a low
// buzz to refuse, a pulsing alarm for forgeries, a falling two-tone to
// check something. The sounds are synthesised into a temporary folder on
// first use; with no audio device nothing is heard and nothing fails.
class FeedbackSounds : public QObject
{
    Q_OBJECT

public:
    enum class Sound { Admit, Refuse, Alarm, Attention };
    Q_ENUM(Sound)

    explicit FeedbackSounds(QObject *parent = nullptr);
    ~FeedbackSounds() override;

    static Sound soundFor(ScanOutcome::Kind kind);
    // "admit", "refuse"… (tests, logs).
    static QString name(Sound sound);

    // Writes the sounds and loads them, so the first scan is heard on time
    // (play() does it too when needed).
    void prepare();
    void play(Sound sound);
    std::optional<Sound> lastPlayed() const { return m_last; }

signals:
    void played(tessera::FeedbackSounds::Sound sound);

private:
    static constexpr int kSounds = 4;
    bool m_prepared = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::array<QSoundEffect *, kSounds> m_effects{};
    std::optional<Sound> m_last;
};

} // namespace tessera
