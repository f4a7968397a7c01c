// SPDX-License-Identifier: GPL-3.0-or-later
#include "payments/sandboxqrsettings.h"

namespace tessera {

namespace {

Result<double> share(const QString &key, const QString &value)
{
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok || v < 0 || v > 1)
        return fail(
            ErrorCode::InvalidInput,
            SandboxQrSettings::tr("\"%1\" is a share between 0 and 1, not \"%2\".").arg(key, value),
            key);
    return v;
}

} // namespace

Result<SandboxQrConfig> SandboxQrSettings::parse(const QString &spec, SandboxQrConfig base)
{
    SandboxQrConfig config = std::move(base);
    for (const QString &entry : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        const QString key = entry.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : entry.mid(eq + 1).trimmed();
        if (eq < 0 || value.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        tr("\"%1\" needs a value (key=value).").arg(entry.trimmed()), key);
        if (key == QLatin1String("latency")) {
            const QStringList bounds = value.split(QLatin1Char('-'));
            bool okMin = false;
            bool okMax = bounds.size() == 1;
            const int min = bounds.value(0).toInt(&okMin);
            const int max = bounds.size() == 2 ? bounds[1].toInt(&okMax) : min;
            if (bounds.size() > 2 || !okMin || !okMax || min < 0 || max < min || max > 600'000)
                return fail(ErrorCode::InvalidInput,
                            tr("\"latency\" is milliseconds or MIN-MAX (at most 600000), not "
                               "\"%1\".")
                                .arg(value),
                            key);
            config.minLatencyMs = min;
            config.maxLatencyMs = max;
        } else if (key == QLatin1String("failure") || key == QLatin1String("lost")) {
            auto v = share(key, value);
            if (!v)
                return v.error();
            (key == QLatin1String("failure") ? config.failureRate : config.lostRate) = *v;
        } else if (key == QLatin1String("errors")) {
            QList<SandboxErrorWeight> mix;
            for (const QString &item : value.split(QLatin1Char('+'))) {
                const QStringList parts = item.split(QLatin1Char(':'));
                bool ok = parts.size() == 2;
                const int weight = ok ? parts[1].toInt(&ok) : 0;
                const PaymentError error = paymentErrorFromName(parts.value(0));
                if (!ok || weight <= 0 || error == PaymentError::None ||
                    paymentErrorName(error) != parts.value(0))
                    return fail(ErrorCode::InvalidInput,
                                tr("\"%1\" is not CODE:WEIGHT with a known error code and a "
                                   "positive weight.")
                                    .arg(item),
                                key);
                mix.push_back({error, weight});
            }
            config.errorMix = mix;
        } else if (key == QLatin1String("seed")) {
            bool ok = false;
            const quint64 seed = value.toULongLong(&ok);
            if (!ok)
                return fail(ErrorCode::InvalidInput,
                            tr("\"seed\" is a whole number, not \"%1\".").arg(value), key);
            config.seed = seed;
        } else {
            return fail(ErrorCode::InvalidInput,
                        tr("Unknown sandbox setting \"%1\"; known: latency, failure, lost, "
                           "errors, seed.")
                            .arg(key),
                        key);
        }
    }
    return config;
}

} // namespace tessera
