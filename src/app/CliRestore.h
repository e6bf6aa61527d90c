// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QString>

namespace wc::app::cli {

struct RestoreOptions
{
    bool list = false;   // print the backups (number, date, cases, size) and change nothing
    int backup = 0;      // 1 = newest; 0 = the newest that is good
    bool force = false;  // restore even over a file that opens and passes the check
};

// `walletcase restore FILE`: lists the file's backups or puts one in place of the file, which is
// moved aside, never deleted. A healthy file is replaced only with --force.
int restore(const QString& file, const RestoreOptions& options);

} // namespace wc::app::cli
