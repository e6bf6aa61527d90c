// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace wc::app {

// Keeps the open case file backed up while the app runs: at once when a file is opened (the one
// at start and any opened later), then every `checkEveryMs` (a backup is written only when the
// newest is older than a day, see core::BackupManager), so an app left running in the tray for
// a week still gets its daily backups. Each backup runs on a worker thread with its own
// connection, so a large file never stalls the window; one runs at a time.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    explicit BackupScheduler(QString backupRoot, qint64 checkEveryMs = 3600LL * 1000,
                             QObject* parent = nullptr);
    // Waits for a running backup: the file must not be closed under it.
    ~BackupScheduler() override;

    // The file to keep backed up from now on; checks it at once.
    void watch(const QString& caseFile);
    QString watched() const { return m_file; }
    // Backs up the watched file if due (on a worker thread). While one is still running the
    // check is queued and runs when it ends (a file opened meanwhile is not skipped).
    void checkNow();
    // Waits until the running backup (if any) has finished.
    void waitForFinished();

private:
    QString m_root;
    QString m_file;
    QTimer m_timer;
    QFutureWatcher<void> m_running;
    bool m_checkQueued = false;
};

} // namespace wc::app
