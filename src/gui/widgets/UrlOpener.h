// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QUrl;

namespace wc::gui {

// Opens a URL with the desktop's handler (a mailto: draft in the mail client, a web form in the
// browser). A seam around QDesktopServices::openUrl: tests capture the URL instead of starting a
// mail client.
class UrlOpener
{
    Q_DECLARE_TR_FUNCTIONS(wc::gui::UrlOpener)

public:
    using Handler = std::function<bool(const QUrl&)>;

    // True when a handler took the URL. False when there is none (no mail client set up).
    static bool open(const QUrl& url);
    // Replaces the desktop (tests); an empty handler restores it.
    static void setHandlerForTesting(Handler handler);

    // What to tell the user when open() returned false for a mailto: URL: set up a mail program
    // or copy the letter and send it by hand.
    static QString mailFailureMessage();
};

} // namespace wc::gui
