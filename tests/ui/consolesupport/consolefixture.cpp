// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"

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
    if (auto staff = DemoStaff::seed(m_db.engine()); !staff)
        qFatal("demo staff: %s", qPrintable(staff.error().toString()));
    m_context = std::make_unique<ConsoleContext>(m_db.engine(), m_db.clock());
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->resize(1440, 900);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qWarning("the main window was not exposed");
}

ConsoleFixture::~ConsoleFixture()
{
    m_window.reset();
    if (m_context)
        m_context->waitForBackgroundWork();
    m_context.reset();
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
    auto *user = m_window->findChild<QComboBox *>(QStringLiteral("loginName"));
    auto *pin = m_window->findChild<QLineEdit *>(QStringLiteral("loginPin"));
    if (!user || !pin || !m_window->isLocked())
        return false;
    user->setCurrentText(name);
    pin->setFocus();
    pin->clear();
    QTest::keyClicks(pin, pinOf(name));
    QTest::keyClick(pin, Qt::Key_Return);
    return waitFor([this, name] {
        return !m_window->isLocked() && m_context->user() && m_context->user()->name == name;
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
    return saveScreenshot(*m_window, name);
}

bool ConsoleFixture::saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = QStringLiteral(TESSERA_SOURCE_DIR "/docs/screenshots");
    QDir().mkpath(dir);
    return widget.grab().save(QDir(dir).filePath(name));
}

ScopedLanguage::ScopedLanguage(const QString &locale)
{
    QLocale::setDefault(QLocale(locale));
    installTranslations(*qApp, QLocale(locale));
}

ScopedLanguage::~ScopedLanguage()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    QLocale::setDefault(QLocale::c());
}

} // namespace tessera::test
