// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QString>

namespace wc::app {

// Writes the app's log to a rotating file (spdlog) and routes Qt's messages (qDebug, qCWarning …)
// into it. What is logged must never contain personal data: names, phone numbers, letter text,
// amounts. Log categories and error details only. File names are cut out of every line (Qt's
// own warnings name the files they could not open).
class Logging
{
public:
    // Starts logging into `folder`/walletcase.log (created if needed). `folder`, its parent (the
    // app's data folder) and the log files are made the user's alone (0700, 0600), also when an
    // older version created them open. Returns false, and keeps Qt's default handler, when the
    // folder cannot be written.
    static bool start(const QString& folder);
    // Closes the log file and gives Qt's messages back to the handler before start() (tests).
    static void stop();
    static QString logFilePath();
    static void flush();
};

} // namespace wc::app
