// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QStringList>

namespace wc::app {

// The command-line interface: the same executable, subcommands that need no display
// (see docs/cli.md). Runs on a QCoreApplication.
class Cli
{
public:
    // True when the arguments ask for a subcommand, --version or --help rather than the GUI.
    static bool wantsCli(const QStringList& arguments);
    // Runs the command; returns the process exit code. Output goes to stdout, errors to stderr.
    static int run(const QStringList& arguments);
};

} // namespace wc::app
