#include "managepage.h"

#include "console/consolecontext.h"

namespace tessera {

ManagePage::ManagePage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("managepage"));
}

void ManagePage::activate() {}

} // namespace tessera
