// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace wc::core {

class CaseStore;

struct BackupInfo
{
    QString path;
    qint64 createdAt = 0; // UTC epoch ms, from the file name
    qint64 size = 0;
};

// Rotating automatic backups of case files, kept in one folder (the app's data folder in the
// app; any folder in tests). Each case file gets its own subfolder, named after the file and a
// hash of its absolute path, so two files called cases.wcase never share backups.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::BackupManager)

public:
    explicit BackupManager(QString backupRoot, int keep = 7, qint64 intervalMs = 24LL * 3600 * 1000);

    QString folderFor(const QString& caseFile) const;
    // Newest first.
    QList<BackupInfo> backupsFor(const QString& caseFile) const;

    // Writes a backup when the newest one is older than the interval (or there is none), then
    // deletes the oldest beyond `keep`. Returns the new backup's path, or an empty string when
    // none was due.
    Result<QString> backupIfDue(CaseStore& store, qint64 nowMs);
    // Always writes a backup (then rotates).
    Result<QString> backupNow(CaseStore& store, qint64 nowMs);

    // For a damaged case file: moves it aside (never deletes it) and puts the newest backup that
    // opens and passes the integrity check in its place. Returns the restored backup's path.
    // The case file must not be open.
    Result<QString> restoreNewestGood(const QString& caseFile, qint64 nowMs);

private:
    QString m_root;
    int m_keep;
    qint64 m_intervalMs;
};

} // namespace wc::core
