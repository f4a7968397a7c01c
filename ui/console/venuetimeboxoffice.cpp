// SPDX-License-Identifier: GPL-3.0-or-later
// VenueTime::boxOffice, with the console (tessera_ui): the rest of VenueTime is
// in tessera_documents, which tessera-cli links without the console.
#include "venuetime.h"

#include "console/consolecontext.h"
#include "setup/boxofficetimezone.h"

namespace tessera {

VenueTime VenueTime::boxOffice(ConsoleContext &context)
{
    return VenueTime(QTimeZone(BoxOfficeTimeZone::read(context.reader()).toUtf8()),
                     context.clock());
}

} // namespace tessera
