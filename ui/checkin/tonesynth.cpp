// SPDX-License-Identifier: GPL-3.0-or-later
#include "tonesynth.h"

#include <QtEndian>

#include <cmath>
#include <numbers>

namespace tessera {

namespace {

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

} // namespace

QByteArray ToneSynth::wav(const QList<Tone> &tones, double volume)
{
    // Short fades at both ends of every tone, so they do not click.
    constexpr int kFadeSamples = kSampleRate / 200;
    QByteArray pcm;
    for (const Tone &tone : tones) {
        const int samples = kSampleRate * tone.ms / 1000;
        for (int i = 0; i < samples; ++i) {
            double value = 0;
            if (tone.hz > 0) {
                const double phase = std::fmod(tone.hz * i / kSampleRate, 1.0);
                value = tone.wave == Wave::Sine ? std::sin(2 * std::numbers::pi * phase)
                                                : (phase < 0.5 ? 0.5 : -0.5);
                const int edge = std::min(i, samples - 1 - i);
                if (edge < kFadeSamples)
                    value *= double(edge) / kFadeSamples;
            }
            appendLe16(pcm, quint16(qint16(std::lround(value * volume * 32767))));
        }
    }
    QByteArray out;
    out.append("RIFF", 4);
    appendLe32(out, quint32(36 + pcm.size()));
    out.append("WAVEfmt ", 8);
    appendLe32(out, 16); // format chunk size
    appendLe16(out, 1);  // PCM
    appendLe16(out, 1);  // mono
    appendLe32(out, kSampleRate);
    appendLe32(out, kSampleRate * 2); // bytes per second
    appendLe16(out, 2);               // bytes per frame
    appendLe16(out, 16);              // bits per sample
    out.append("data", 4);
    appendLe32(out, quint32(pcm.size()));
    out.append(pcm);
    return out;
}

} // namespace tessera
