// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/UrlOpener.h"

#include <QDesktopServices>
#include <QUrl>

namespace wc::gui {

namespace {

UrlOpener::Handler& testHandler()
{
    static UrlOpener::Handler handler;
    return handler;
}

} // namespace

bool UrlOpener::open(const QUrl& url)
{
    if (const Handler& handler = testHandler())
        return handler(url);
    return QDesktopServices::openUrl(url);
}

void UrlOpener::setHandlerForTesting(Handler handler)
{
    testHandler() = std::move(handler);
}

QString UrlOpener::mailFailureMessage()
{
    return tr("No email program could be opened on this computer. Use \"Copy letter\" instead and "
              "paste the letter into your email, the provider's web form or its in-app chat.");
}

} // namespace wc::gui
