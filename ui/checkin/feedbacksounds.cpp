// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbacksounds.h"

#include "tonesynth.h"

#include <QFile>
#include <QSoundEffect>
#include <QTemporaryDir>
#include <QUrl>

namespace tessera {

namespace {

using Tone = ToneSynth::Tone;
using Wave = ToneSynth::Wave;

QList<Tone> tonesOf(FeedbackSounds::Sound sound)
{
    switch (sound) {
    case FeedbackSounds::Sound::Admit:
        return {{1760, 90, Wave::Sine}, {0, 50, Wave::Sine}, {2093, 120, Wave::Sine}};
    case FeedbackSounds::Sound::Refuse:
        return {{160, 600, Wave::Square}};
    case FeedbackSounds::Sound::Alarm:
        return {{220, 110, Wave::Square},
                {0, 50, Wave::Sine},
                {220, 110, Wave::Square},
                {0, 50, Wave::Sine},
                {220, 110, Wave::Square}};
    case FeedbackSounds::Sound::Attention:
        return {{880, 160, Wave::Sine}, {587, 260, Wave::Sine}};
    }
    return {};
}

} // namespace

FeedbackSounds::FeedbackSounds(QObject *parent)
    : QObject(parent)
{}

FeedbackSounds::~FeedbackSounds() = default;

FeedbackSounds::Sound FeedbackSounds::soundFor(ScanOutcome::Kind kind)
{
    using Kind = ScanOutcome::Kind;
    switch (kind) {
    case Kind::Valid:
        return Sound::Admit;
    case Kind::AlreadyUsed:
    case Kind::Revoked:
        return Sound::Refuse;
    case Kind::Forged:
    case Kind::NotATicket:
        return Sound::Alarm;
    case Kind::OtherEvent:
    case Kind::Expired:
    case Kind::NotYetValid:
    case Kind::Failed:
        return Sound::Attention;
    }
    return Sound::Attention;
}

QString FeedbackSounds::name(Sound sound)
{
    switch (sound) {
    case Sound::Admit:
        return QStringLiteral("admit");
    case Sound::Refuse:
        return QStringLiteral("refuse");
    case Sound::Alarm:
        return QStringLiteral("alarm");
    case Sound::Attention:
        return QStringLiteral("attention");
    }
    return {};
}

void FeedbackSounds::play(Sound sound)
{
    prepare();
    m_last = sound;
    if (QSoundEffect *effect = m_effects[size_t(sound)]) {
        effect->stop();
        effect->play();
    }
    emit played(sound);
}

void FeedbackSounds::prepare()
{
    if (m_prepared)
        return;
    m_prepared = true;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        qWarning("check-in sounds: no temporary folder (%s); scans stay silent",
                 qPrintable(m_dir->errorString()));
        return;
    }
    for (int i = 0; i < kSounds; ++i) {
        const auto sound = Sound(i);
        QFile file(m_dir->filePath(name(sound) + QStringLiteral(".wav")));
        if (!file.open(QIODevice::WriteOnly) || file.write(ToneSynth::wav(tonesOf(sound))) < 0) {
            qWarning("check-in sounds: cannot write %s", qPrintable(file.fileName()));
            continue;
        }
        file.close();
        auto *effect = new QSoundEffect(this);
        effect->setSource(QUrl::fromLocalFile(file.fileName()));
        m_effects[size_t(i)] = effect;
    }
}

} // namespace tessera
