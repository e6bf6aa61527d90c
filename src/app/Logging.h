// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QString>

namespace wc::app {

// Writes the app's log to a rotating file (spdlog) and routes Qt's messages (qDebug, qCWarning …)
// into it. What is logged must never contain personal data: names, phone numbers, letter text,
// amounts. Log categories and error details only.
class Logging
{
public:
    // Starts logging into `folder`/walletcase.log (created if needed). Returns false, and keeps
    // Qt's default handler, when the folder cannot be written.
    static bool start(const QString& folder);
    static QString logFilePath();
    static void flush();
};

} // namespace wc::app
