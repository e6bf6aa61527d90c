// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

namespace wc::app {

// Start-up of the GUI: identity, logging, translations, the case file, the main window.
class Application
{
public:
    // Organisation and application names, which decide the data folder.
    static void setIdentity();
    // The application font, with the Simplified Chinese face for the characters the default
    // family lacks. Needs a QApplication; the screenshot tool calls it too.
    static void setUpFonts();
    static int runGui(int argc, char** argv);
};

} // namespace wc::app
