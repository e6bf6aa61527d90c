// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Entry point: subcommands run headless on QCoreApplication; everything else opens the window.
#include "Application.h"
#include "Cli.h"
#include "CliCommands.h"

#include <QCoreApplication>
#include <QImageReader>

int main(int argc, char** argv)
{
    // Qt 6.4 refuses to decode an image over 128 MB, less than a 48-megapixel photo needs; 256 MB
    // holds report::Thumbnails::MaxPixels (60 MP) at 32 bits, so the limit that bites is ours.
    QImageReader::setAllocationLimit(256);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (wc::app::Cli::wantsCli(arguments)) {
        // export --pdf draws text: fonts need a QGuiApplication (offscreen, no display needed).
        if (wc::app::cli::needsGuiApplication(arguments))
            return wc::app::cli::runOnGuiApplication(argc, argv);
        QCoreApplication app(argc, argv);
        wc::app::Application::setIdentity();
        return wc::app::Cli::run(QCoreApplication::arguments());
    }
    return wc::app::Application::runGui(argc, argv);
}
