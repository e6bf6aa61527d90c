// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QSettings>
#include <QTime>
#include <QString>

#include <memory>

namespace wc::gui {

// Where WalletCase keeps its per-user preferences (language, recent files, first run, the last
// contact channel): one file, ~/.config/<application name>.conf (walletcase.conf for the app).
// The app has no organisation name, and QSettings() refuses to work without one, so every reader
// goes through here. Tests point it at a temporary file.
class AppSettings
{
public:
    static std::unique_ptr<QSettings> open();
    static QString fileName();
    // Test seam: use `path` instead of the user's file (empty = back to the default).
    static void setFileForTesting(const QString& path);

    // The channel of the contact logged last (a Contact::channel key), so the next contact form
    // starts there: people usually call the same hotline again. Empty when none was logged.
    static QString lastContactChannel();
    static void setLastContactChannel(const QString& channel);

    // The hour follow-ups, promises and reminders are set for when the user gives only a day
    // ("follow up in 7 days" means 09:00 then, not the minute the letter was written, which may
    // be 02:24 at night). 09:00 until the user chooses another in Settings.
    static QTime reminderTime();
    static void setReminderTime(const QTime& time);

    // How many automatic backups of each case file are kept (1–60; 7 unless chosen in Settings).
    static int backupsKept();
    static void setBackupsKept(int count);
};

} // namespace wc::gui
