// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Internal to BackupManager: file-level helpers shared by taking and restoring backups.
#pragma once

#include "util/Result.h"

#include <QString>

#include <optional>

namespace wc::core::backupfiles {

// backup-20260115-093000-123.wcase: the UTC time it was taken, to the millisecond, so names sort
// by age and the age can be read back without trusting file times.
QString backupName(qint64 ms);
std::optional<qint64> timeOfBackup(const QString& fileName);
QString stampOf(qint64 ms, const QString& format);

QString absoluteOf(const QString& caseFile);
// The same lock file CaseStore::open takes, so a restore never swaps a file a window has open.
QString lockFileFor(const QString& absolute);

// SQLite keeps these beside a database; they belong to it and move with it.
inline constexpr const char* kCompanionSuffixes[] = {"", "-wal", "-shm", "-journal"};
void removeWithCompanions(const QString& path);
bool renamePath(const QString& from, const QString& to);

// Opens a copy of a backup the way the app would and checks everything CaseStore can check.
bool isGoodCaseFile(const QString& path);

} // namespace wc::core::backupfiles
