// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/dashboardsourcebar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tessera {

DashboardSourceBar::DashboardSourceBar(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_which = new QComboBox(this);
    m_which->setObjectName(QStringLiteral("dashboardSource"));
    m_which->addItem(tr("This terminal"));
    m_which->addItem(tr("Every terminal (server)"));
    auto *label = new QLabel(tr("&Figures of"), this);
    label->setBuddy(m_which);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("dashboardServerPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("your PIN"));
    m_pin->setMaximumWidth(110);
    m_connect = new QPushButton(tr("Connect"), this);
    m_connect->setObjectName(QStringLiteral("dashboardConnect"));
    row->addWidget(label);
    row->addWidget(m_which);
    row->addWidget(m_pin);
    row->addWidget(m_connect);
    connect(m_which, &QComboBox::currentIndexChanged, this, [this](int index) {
        update();
        if (index == 0)
            emit useLocal();
        else
            m_pin->setFocus();
    });
    const auto go = [this] {
        if (!m_pin->text().isEmpty())
            emit connectServer(m_pin->text());
    };
    connect(m_connect, &QPushButton::clicked, this, go);
    connect(m_pin, &QLineEdit::returnPressed, this, go);
    update();
}

bool DashboardSourceBar::wantsServer() const
{
    return m_which->currentIndex() == 1;
}

void DashboardSourceBar::setConnected(bool connected)
{
    m_connected = connected;
    update();
}

void DashboardSourceBar::clearPin()
{
    m_pin->clear();
    m_connected = false;
    m_which->setCurrentIndex(0);
    update();
}

void DashboardSourceBar::update()
{
    const bool ask = wantsServer() && !m_connected;
    m_pin->setVisible(ask);
    m_connect->setVisible(ask);
}

} // namespace tessera
