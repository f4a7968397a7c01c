// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <time.h>

namespace tessera::test {

// The demo venue and box office are in Asia/Shanghai; the PC running a test
// is put in New York, so a time shown in the PC's zone cannot pass for the
// venue's (19:30 in Shanghai is 06:30 or 07:30 in New York).
inline void putThePcInNewYork()
{
    qputenv("TZ", "America/New_York");
    tzset();
}

} // namespace tessera::test
