// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QString>

#include <optional>

namespace wc::core {

// Reads a SQLite write-ahead log the way SQLite's recovery does, before SQLite opens it, to say
// what recovery will silently drop. SQLite replays frames up to the first one whose checksum
// fails and forgets the rest; a damaged byte in the log thus loses every change committed after
// it without a word. (File format: https://www.sqlite.org/fileformat2.html#walformat.)
struct WalReport
{
    bool headerDamaged = false; // the log has content but no valid header: none of it is used
    int appliedCommits = 0;     // transactions recovery will replay
    int droppedCommits = 0;     // committed transactions after the damage, which it will not
};

class WalInspector
{
public:
    // Nothing when there is no log, or it holds nothing to recover.
    static std::optional<WalReport> inspect(const QString& walPath);
};

} // namespace wc::core
