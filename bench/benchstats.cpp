// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchstats.h"

#include <algorithm>
#include <cmath>

namespace tessera::bench {

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const double rank = std::ceil(p / 100.0 * double(samples.size()));
    const size_t index = size_t(std::clamp(rank, 1.0, double(samples.size()))) - 1;
    return samples[index];
}

double median(std::vector<double> samples)
{
    return percentile(std::move(samples), 50);
}

} // namespace tessera::bench
