// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QString>

namespace wc::core::privatefiles {

// The app's own files say things about the user (the log, recently opened case files in the
// settings), so only the user may read them, whatever the umask: folders 0700, files 0600.
// Both also take group and other access away from what an older version left behind.

// Creates `folder` and its missing parents (each 0700); an existing `folder` loses group and
// other access. Parents that exist are left alone: they may be shared (~/.config). False when
// the folder does not exist afterwards.
bool makeFolder(const QString& folder);

// Creates `file` empty with 0600 when it is missing, otherwise sets it to 0600, so a writer
// that keeps permissions (QSaveFile, an appending logger) keeps it private. False when the
// file cannot be created or its mode cannot be set.
bool makeFile(const QString& file);

} // namespace wc::core::privatefiles
