#include "shiftpage.h"

#include "console/consolecontext.h"

namespace tessera {

ShiftPage::ShiftPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("shiftpage"));
}

void ShiftPage::activate() {}

} // namespace tessera
