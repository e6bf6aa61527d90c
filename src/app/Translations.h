// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QString>

namespace wc::app {

// Installs Qt's own translations (qtbase: dialog buttons, the file dialog …) and WalletCase's
// for `language` ("zh_CN", "en"), or for the system language when it is empty; a named language
// also becomes the default QLocale. Used by the window and the command line.
void installTranslations(const QString& language);

// Before the application object exists: makes the C library's and QLocale::system()'s date
// formats follow `language` when it was chosen over the system's (--lang, Settings). Qt's file
// dialog writes its dates with QLocale::system(), so a Chinese UI on an English system
// otherwise lists "12/7/26 3:03 AM". Nothing changes for an empty language.
void alignSystemLocale(const QString& language);

} // namespace wc::app
