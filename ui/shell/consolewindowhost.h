// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>

class QCoreApplication;

namespace tessera {

class ConsoleContext;
class MainWindow;

// Keeps the console's main window, and builds it anew when the user picks
// another language in Settings: the new translations are installed and the
// window is rebuilt in them, on the same context, so whoever is signed in
// stays signed in and an unfinished sale's cart goes on in the new window.
class ConsoleWindowHost : public QObject
{
    Q_OBJECT

public:
    // `context` must outlive the host.
    explicit ConsoleWindowHost(ConsoleContext &context, QObject *parent = nullptr);
    ~ConsoleWindowHost() override;

    MainWindow &window() const { return *m_window; }

    // Installs `locale`'s translations (removing the previous ones), makes it
    // the default locale and rebuilds the window in it, where the old one was.
    void switchLanguage(const QLocale &locale);

    // Replaces the application's translators by `locale`'s.
    static void installLanguage(QCoreApplication &app, const QLocale &locale);

signals:
    // The window was rebuilt; the old one is being deleted.
    void windowReplaced(tessera::MainWindow *window);

private:
    MainWindow *buildWindow();

    ConsoleContext &m_context;
    QPointer<MainWindow> m_window;
};

} // namespace tessera
