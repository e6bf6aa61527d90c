// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Entry point: subcommands run headless on QCoreApplication; everything else opens the window.
#include "Application.h"
#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (wc::app::Cli::wantsCli(arguments)) {
        QCoreApplication app(argc, argv);
        wc::app::Application::setIdentity();
        return wc::app::Cli::run(QCoreApplication::arguments());
    }
    return wc::app::Application::runGui(argc, argv);
}
