// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "BackupScheduler.h"

#include "gui/dialogs/AppSettings.h"
#include "store/BackupManager.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QLoggingCategory>
#include <QtConcurrent>

#include <utility>

Q_LOGGING_CATEGORY(lcBackupScheduler, "walletcase.backup.scheduler")

namespace wc::app {

namespace {

// Backs up the case file when the last backup is older than a day, through its own shared
// connection (the window keeps its own open meanwhile).
void backupIfDue(const QString& caseFile, const QString& backupRoot)
{
    core::CaseStore::OpenOptions options;
    options.shared = true;
    auto store = core::CaseStore::open(caseFile, options);
    if (!store) {
        qCWarning(lcBackupScheduler) << "backup skipped:" << store.error().detail;
        return;
    }
    // As many as the user chose to keep in Settings (7 unless changed).
    core::BackupManager backups(backupRoot, gui::AppSettings::backupsKept());
    // Real time, even when the app's "now" was moved with --now: backups are about the disk.
    auto written = backups.backupIfDue(**store, core::Clock::system().nowMs());
    if (!written)
        qCWarning(lcBackupScheduler) << "backup failed:" << written.error().detail;
    else if (!written->isEmpty())
        qCInfo(lcBackupScheduler) << "backup written";
}

} // namespace

BackupScheduler::BackupScheduler(QString backupRoot, qint64 checkEveryMs, QObject* parent)
    : QObject(parent), m_root(std::move(backupRoot))
{
    m_timer.setInterval(int(std::min<qint64>(checkEveryMs, INT_MAX)));
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::checkNow);
    connect(&m_running, &QFutureWatcher<void>::finished, this, [this] {
        if (std::exchange(m_checkQueued, false))
            checkNow();
    });
}

BackupScheduler::~BackupScheduler()
{
    waitForFinished();
}

void BackupScheduler::watch(const QString& caseFile)
{
    m_file = caseFile;
    m_timer.start();
    checkNow();
}

void BackupScheduler::checkNow()
{
    if (m_file.isEmpty())
        return;
    if (m_running.isRunning()) {
        m_checkQueued = true;
        return;
    }
    m_running.setFuture(QtConcurrent::run(&backupIfDue, m_file, m_root));
}

void BackupScheduler::waitForFinished()
{
    m_running.waitForFinished();
    if (std::exchange(m_checkQueued, false)) {
        checkNow();
        m_running.waitForFinished();
    }
}

} // namespace wc::app
