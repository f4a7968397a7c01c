#include "checkinpage.h"

#include "console/consolecontext.h"

namespace tessera {

CheckInPage::CheckInPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("checkinpage"));
}

void CheckInPage::activate() {}

} // namespace tessera
