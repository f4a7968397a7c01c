#include "sellpage.h"

#include "console/consolecontext.h"

namespace tessera {

SellPage::SellPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("sellpage"));
}

void SellPage::activate() {}

} // namespace tessera
