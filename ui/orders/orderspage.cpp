#include "orderspage.h"

#include "console/consolecontext.h"

namespace tessera {

OrdersPage::OrdersPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("orderspage"));
}

void OrdersPage::activate() {}

} // namespace tessera
