// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "payments/sandboxqrprovider.h"

#include <QCoreApplication>

namespace tessera {

// The QR sandbox's behaviour as a demo or a test rig types it, e.g.
//   latency=500-2000,failure=0.1,lost=0.02,errors=insufficient_funds:3+timeout:1
// Keys: latency (ms, or MIN-MAX), failure and lost (shares 0..1), errors
// (normalised error codes with weights, joined by "+"), seed. Missing keys
// keep `base`'s values. A bad entry is refused naming the key.
class SandboxQrSettings
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SandboxQrSettings)

public:
    static Result<SandboxQrConfig> parse(const QString &spec, SandboxQrConfig base = {});
};

} // namespace tessera
