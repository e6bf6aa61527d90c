// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace wc::core {

class CaseStore;

struct BackupInfo
{
    QString path;
    qint64 createdAt = 0; // UTC epoch ms, from the file name (for a set-aside file, its stamp)
    qint64 size = 0;
};

// What a user needs to choose a backup to restore: when it was taken and what it holds.
struct BackupSummary
{
    BackupInfo info;
    bool opens = false;  // it is an SQLite file with a case table
    qint64 cases = -1;   // how many cases it holds (-1 when it does not open)
    std::optional<qint64> changes; // schema 5's change count, when it has one
};

// Rotating automatic backups of case files, kept in one folder (the app's data folder in the
// app; any folder in tests). Each case file gets its own subfolder, named after the file and a
// hash of its absolute path, so two files called cases.wcase never share backups.
//
// A backup is taken only of a file that changed since the newest backup (CaseStore::changeCount
// against the count inside that backup), so the newest backup always holds the latest work and
// an unchanged file is never copied again. Of the backups, the two newest are kept, then the
// newest of each earlier day, up to `keep`: a day of frequent backups does not push out last
// week's.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::BackupManager)

public:
    explicit BackupManager(QString backupRoot, int keep = 7);

    QString folderFor(const QString& caseFile) const;
    // Newest first.
    QList<BackupInfo> backupsFor(const QString& caseFile) const;
    // The same, with each backup opened read-only to count its cases. Newest first.
    QList<BackupSummary> summariesFor(const QString& caseFile) const;

    // Writes a backup when the file changed since the newest backup (or there is none) and the
    // newest is at least `minAgeMs` old. Returns the new backup's path, or an empty string when
    // none was needed.
    Result<QString> backupIfChanged(CaseStore& store, qint64 nowMs, qint64 minAgeMs = 0);
    // Always writes a backup (then rotates).
    Result<QString> backupNow(CaseStore& store, qint64 nowMs);

    // Removes a deleted case (by its uuid) from every backup of the file, so "delete
    // everywhere" leaves no copy of it in the backups either. A backup that does not open
    // cannot be cleaned; `failed` counts those.
    struct Purged
    {
        int cleaned = 0;
        int failed = 0;
    };
    Purged removeCaseFromBackups(const QString& caseFile, const QString& uuid) const;

    // --- restoring (BackupRestore.cpp). The case file must not be open in a window.

    // For a damaged case file: moves it aside (never deletes it) and puts the newest backup that
    // opens and passes the integrity check in its place. Returns the restored backup's path.
    Result<QString> restoreNewestGood(const QString& caseFile, qint64 nowMs);
    // Puts the chosen backup in place of the case file, if it passes the integrity check; the
    // current file (if any) is moved aside, never deleted. Returns where it was moved (empty
    // when there was no file).
    Result<QString> restoreBackup(const QString& caseFile, const QString& backupPath,
                                  qint64 nowMs);
    // Files an earlier restore moved aside (case.wcase.damaged-…), newest first.
    QList<BackupInfo> setAsideFor(const QString& caseFile) const;
    // Moves a set-aside file (with its -wal and -shm) back in place of the case file; the
    // current file is moved aside in turn. Returns where the current file went.
    Result<QString> putBack(const QString& caseFile, const QString& asidePath, qint64 nowMs);

private:
    void rotate(const QString& caseFile) const;
    Result<QString> restoreFirstGood(const QString& caseFile, const QList<BackupInfo>& backups,
                                     qint64 nowMs, QString* movedAside);

    QString m_root;
    int m_keep;
};

} // namespace wc::core
