// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace wc::app {

// Keeps the open case file backed up while the app runs, so the newest backup holds the latest
// work: when a file is opened (the command line may have changed it since), every
// `checkEveryMs` once something changed and the newest backup is at least `minAgeMs` old, for
// the file left behind when another is opened, and when the app closes (finish()). A file that
// did not change since its newest backup is never copied again (core::BackupManager). Each
// backup runs on a worker thread with its own connection, so a large file never stalls the
// window; one runs at a time, the others wait their turn.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    explicit BackupScheduler(QString backupRoot, qint64 checkEveryMs = 10LL * 60 * 1000,
                             qint64 minAgeMs = 30LL * 60 * 1000, QObject* parent = nullptr);
    // Waits for a running backup: the file must not be closed under it.
    ~BackupScheduler() override;

    // The file to keep backed up from now on; checks it at once, and the one it replaces.
    void watch(const QString& caseFile);
    QString watched() const { return m_file; }
    // The periodic check: backs the watched file up if it changed and the newest backup is old
    // enough (on a worker thread).
    void checkNow();
    // On closing: backs the watched file up if it changed at all, and waits for it.
    void finish();
    // Waits until every queued backup has finished.
    void waitForFinished();

private:
    struct Job
    {
        QString file;
        qint64 minAgeMs = 0;
    };
    void enqueue(const QString& file, qint64 minAgeMs);
    void startNext();

    QString m_root;
    QString m_file;
    qint64 m_minAgeMs;
    QTimer m_timer;
    QFutureWatcher<void> m_running;
    QList<Job> m_queue;
};

} // namespace wc::app
