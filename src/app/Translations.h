// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QString>

namespace wc::app {

// Installs Qt's own translations (dialog buttons …) and WalletCase's for `language` ("zh_CN",
// "en"), or for the system language when it is empty; a named language also becomes the default
// QLocale. Used by the window and the command line.
void installTranslations(const QString& language);

} // namespace wc::app
