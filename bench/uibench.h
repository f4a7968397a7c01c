#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace tessera::bench {

struct UiBenchOptions
{
    QString workDir;
    int stadiumSeats = 80000;
    int rounds = 3;     // medians are reported
    int panSteps = 200; // frames per pan
};

// The seat map on a stadium: reading it from SQLite, the first frame, and the
// frames of a pan at a mid zoom; the keys tessera-bench ui --json prints.
// Needs a QApplication (any platform; tessera-bench uses offscreen).
QJsonObject runUiBench(const UiBenchOptions &options,
                       const std::function<void(const QString &)> &progress);

// tessera-bench ui: its own QApplication and options, so the other scenarios
// stay free of Widgets.
int runUiBenchMain(int argc, char *argv[]);

} // namespace tessera::bench
