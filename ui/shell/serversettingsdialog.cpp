// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/serversettingsdialog.h"

#include "console/messagelabel.h"
#include "consoleenrolment.h"
#include "engine/engine.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace tessera {

ServerSettingsDialog::ServerSettingsDialog(Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_path(engine.path())
{
    setWindowTitle(tr("Central server"));
    // Wide enough for an address, a code and the hint in a few lines.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto *layout = new QVBoxLayout(this);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("serverCurrent"));
    m_current->setWordWrap(true);
    layout->addWidget(m_current);

    auto *form = new QFormLayout;
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setPlaceholderText(tr("host:port, e.g. tickets.example.org:8443"));
    form->addRow(tr("Server &address:"), m_address);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("serverCode"));
    m_code->setPlaceholderText(QStringLiteral("TE1-XXXX-XXXX-XXXX-XXXX-…"));
    form->addRow(tr("Enrolment &code:"), m_code);
    layout->addLayout(form);

    auto *hint = new QLabel(
        tr("Ask a manager for a code (tessera-server enrol-code). The code also identifies the "
           "server's certificate, so this console talks only to that server. If the server "
           "moved, type its new address and leave the code empty."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_message = new MessageLabel(QStringLiteral("serverMessage"), this);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_enrol = buttons->addButton(tr("&Enrol"), QDialogButtonBox::AcceptRole);
    m_enrol->setObjectName(QStringLiteral("serverEnrol"));
    m_enrol->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_enrol, &QPushButton::clicked, this, &ServerSettingsDialog::enrol);
    layout->addWidget(buttons);
    showCurrent();
}

void ServerSettingsDialog::showCurrent()
{
    auto link = ServerLink::loadPublic(m_path);
    if (!link) {
        m_current->setText(link.error().message);
        return;
    }
    if (!link->has_value()) {
        m_current->setText(tr("This console is not enrolled with a server: it sells from its own "
                              "database only."));
        return;
    }
    const ServerLink &l = **link;
    m_current->setText(
        tr("Enrolled as terminal %1 with %2 (server certificate %3…).")
            .arg(l.terminal, l.address.authority(),
                 QString::fromLatin1(l.ca.digest(QCryptographicHash::Sha256).toHex().left(16))));
    if (m_address->text().isEmpty())
        m_address->setText(l.address.authority());
}

void ServerSettingsDialog::enrol()
{
    if (m_address->text().trimmed().isEmpty()) {
        m_message->say(tr("Enter the server's address."));
        m_address->setFocus();
        return;
    }
    if (m_code->text().trimmed().isEmpty()) {
        // Enrolled already: a new address without a code moves the link.
        auto link = ServerLink::load(m_engine);
        if (!link) {
            m_message->say(link.error().message);
            return;
        }
        if (link->has_value()) {
            moveAddress(**link);
            return;
        }
        m_message->say(tr("Enter the enrolment code."));
        m_code->setFocus();
        return;
    }
    m_enrol->setEnabled(false);
    m_message->say(tr("Contacting the server…"), MessageLabel::Tone::Info);
    const QString address = m_address->text();
    const QString code = m_code->text();
    Engine *engine = &m_engine;
    QPointer<ServerSettingsDialog> self(this);
    QThread *worker = QThread::create([self, address, code, engine] {
        Result<ServerLink> link = ConsoleEnrolment::enrol(address, code);
        Result<void> saved = link ? link->save(*engine) : Result<void>(link.error());
        const QString terminal = link ? link->terminal : QString();
        const std::optional<Error> error =
            saved ? std::nullopt : std::optional<Error>(saved.error());
        QMetaObject::invokeMethod(qApp, [self, terminal, error] {
            if (!self)
                return;
            self->m_enrol->setEnabled(true);
            if (error) {
                self->m_message->say(error->message);
                (error->where == QLatin1String("code") ? self->m_code : self->m_address)
                    ->setFocus();
                return;
            }
            self->m_code->clear();
            self->showCurrent();
            self->m_message->say(tr("Enrolled as terminal %1.").arg(terminal),
                                 MessageLabel::Tone::Success);
            emit self->enrolled(terminal);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ServerSettingsDialog::moveAddress(const ServerLink &current)
{
    m_enrol->setEnabled(false);
    m_message->say(tr("Contacting the server…"), MessageLabel::Tone::Info);
    const QString address = m_address->text();
    const QString path = m_path;
    QPointer<ServerSettingsDialog> self(this);
    QThread *worker = QThread::create([self, current, address, path] {
        Result<ServerLink> moved = ConsoleEnrolment::moveTo(current, address);
        // The same enrolment and credentials: only the file changes.
        Result<void> saved = moved ? moved->savePublic(path) : Result<void>(moved.error());
        const std::optional<Error> error =
            saved ? std::nullopt : std::optional<Error>(saved.error());
        const QString where = moved ? moved->address.authority() : QString();
        QMetaObject::invokeMethod(qApp, [self, where, error] {
            if (!self)
                return;
            self->m_enrol->setEnabled(true);
            if (error) {
                self->m_message->say(error->message);
                self->m_address->setFocus();
                return;
            }
            self->showCurrent();
            self->m_message->say(tr("This console now talks to the server at %1.").arg(where),
                                 MessageLabel::Tone::Success);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

} // namespace tessera
