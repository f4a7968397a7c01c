#pragma once

#include <QWidget>

namespace tessera {

class ConsoleContext;

// Placeholder until the screen lands: the console's navigation needs it.
class OrdersPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersPage(ConsoleContext &context, QWidget *parent = nullptr);

public slots:
    // The screen was brought to the front: refresh and focus its first field.
    void activate();

private:
    ConsoleContext &m_context;
};

} // namespace tessera
