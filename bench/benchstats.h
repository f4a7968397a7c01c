// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace tessera::bench {

// Percentile by nearest rank of an unsorted sample (copied, then sorted).
double percentile(std::vector<double> samples, double p);
double median(std::vector<double> samples);

} // namespace tessera::bench
