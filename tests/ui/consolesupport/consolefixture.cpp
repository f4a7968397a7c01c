// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "testpaths.h"

#include "common/translations.h"
#include "setup/demostaff.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QTest>
#include <QTranslator>

namespace tessera::test {

ConsoleFixture::ConsoleFixture(int cardCodes)
    : m_db(true, cardCodes)
{
    // As the console starts: English with its plural forms, unless a test
    // has put a language in place.
    if (qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly).isEmpty())
        installTranslations(*qApp, QLocale::c());
    if (auto staff = DemoStaff::seed(m_db.engine()); !staff)
        qFatal("demo staff: %s", qPrintable(staff.error().toString()));
    // A fixed seed: the QR sandbox behaves the same in every run.
    m_payments = std::make_unique<ConsolePayments>(m_db.clock(), ConsolePayments::demoSandbox(1));
    auto readers = ConsoleReaders::open(m_db.engine().path());
    if (!readers)
        qFatal("readers: %s", qPrintable(readers.error().toString()));
    m_readers = std::move(*readers);
    m_context =
        std::make_unique<ConsoleContext>(m_db.engine(), m_db.clock(), *m_readers, *m_payments);
    m_host = std::make_unique<ConsoleWindowHost>(*m_context);
    window().resize(1440, 900);
    window().show();
    if (!QTest::qWaitForWindowExposed(&window()))
        qWarning("the main window was not exposed");
}

ConsoleFixture::~ConsoleFixture()
{
    m_host.reset();
    if (m_context)
        m_context->waitForBackgroundWork();
    m_context.reset();
    m_readers.reset();
    m_payments.reset();
}

QString ConsoleFixture::pinOf(const QString &name)
{
    for (const DemoStaff::Member &member : DemoStaff::members()) {
        if (member.name == name)
            return member.pin;
    }
    return {};
}

bool ConsoleFixture::signIn(const QString &name)
{
    auto *user = window().findChild<QComboBox *>(QStringLiteral("loginName"));
    auto *pin = window().findChild<QLineEdit *>(QStringLiteral("loginPin"));
    if (!user || !pin || !window().isLocked())
        return false;
    user->setCurrentText(name);
    pin->setFocus();
    pin->clear();
    QTest::keyClicks(pin, pinOf(name));
    QTest::keyClick(pin, Qt::Key_Return);
    return waitFor([this, name] {
        return !window().isLocked() && m_context->user() && m_context->user()->name == name;
    });
}

bool ConsoleFixture::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

bool ConsoleFixture::saveScreenshot(const QString &name)
{
    return saveScreenshot(window(), name);
}

bool ConsoleFixture::saveScreenshot(QWidget &widget, const QString &name)
{
    return widget.grab().save(screenshotPath(name));
}

ScopedLanguage::ScopedLanguage(const QString &locale)
{
    ConsoleWindowHost::installLanguage(*qApp, QLocale(locale));
}

ScopedLanguage::~ScopedLanguage()
{
    ConsoleWindowHost::installLanguage(*qApp, QLocale::c());
}

} // namespace tessera::test
