// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace tessera {

// Writes short feedback sounds as 16-bit mono PCM WAV files, so the console
// ships no audio files: a sequence of tones and pauses.
class ToneSynth
{
public:
    enum class Wave { Sine, Square };

    struct Tone
    {
        double hz = 0; // 0: silence
        int ms = 0;
        Wave wave = Wave::Sine;
    };

    static constexpr int kSampleRate = 22050;

    // The whole WAV file (header and samples).
    static QByteArray wav(const QList<Tone> &tones, double volume = 0.6);
};

} // namespace tessera
