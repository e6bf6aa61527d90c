// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "BackupScheduler.h"

#include "gui/dialogs/AppSettings.h"
#include "store/BackupManager.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QLoggingCategory>
#include <QThread>
#include <QtConcurrent>

#include <utility>

#include <sys/syscall.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcBackupScheduler, "walletcase.backup.scheduler")

namespace wc::app {

namespace {

// Backs the case file up if it changed since its newest backup, through its own shared
// connection (the window keeps its own open meanwhile).
// A backup of a large file (1.7 GB at 100,000 cases) must not slow the window or anything else
// on the computer: while it runs, its pool thread takes CPU only when nothing else wants it
// (QThread::IdlePriority is SCHED_IDLE on Linux) and the disk only when idle (the idle I/O
// class). Pool threads are reused, so both are put back afterwards.
class IdlePriority
{
public:
    IdlePriority()
    {
        QThread::currentThread()->setPriority(QThread::IdlePriority);
        setIoClass(IoprioClassIdle);
    }
    ~IdlePriority()
    {
        setIoClass(IoprioClassNone);
        QThread::currentThread()->setPriority(QThread::NormalPriority);
    }
    IdlePriority(const IdlePriority&) = delete;
    IdlePriority& operator=(const IdlePriority&) = delete;

private:
    // From linux/ioprio.h, which glibc does not wrap.
    static constexpr int IoprioClassNone = 0;
    static constexpr int IoprioClassIdle = 3;
    static constexpr int IoprioWhoProcess = 1; // with id 0: the calling thread
    static constexpr int IoprioClassShift = 13;

    static void setIoClass(int ioClass)
    {
#ifdef SYS_ioprio_set
        (void)::syscall(SYS_ioprio_set, IoprioWhoProcess, 0, ioClass << IoprioClassShift);
#else
        Q_UNUSED(ioClass);
#endif
    }
};

void backupIfChanged(const QString& caseFile, const QString& backupRoot, qint64 minAgeMs)
{
    const IdlePriority idle;
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
    auto written = backups.backupIfChanged(**store, core::Clock::system().nowMs(), minAgeMs);
    if (!written)
        qCWarning(lcBackupScheduler) << "backup failed:" << written.error().detail;
    else if (!written->isEmpty())
        qCInfo(lcBackupScheduler) << "backup written";
}

} // namespace

BackupScheduler::BackupScheduler(QString backupRoot, qint64 checkEveryMs, qint64 minAgeMs,
                                 QObject* parent)
    : QObject(parent), m_root(std::move(backupRoot)), m_minAgeMs(minAgeMs)
{
    m_timer.setInterval(int(std::min<qint64>(checkEveryMs, INT_MAX)));
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::checkNow);
    connect(&m_running, &QFutureWatcher<void>::finished, this, &BackupScheduler::startNext);
}

BackupScheduler::~BackupScheduler()
{
    waitForFinished();
}

void BackupScheduler::watch(const QString& caseFile)
{
    // The file being left may hold changes made since its last backup.
    if (!m_file.isEmpty() && m_file != caseFile)
        enqueue(m_file, 0);
    m_file = caseFile;
    m_timer.start();
    enqueue(m_file, 0);
}

void BackupScheduler::checkNow()
{
    if (!m_file.isEmpty())
        enqueue(m_file, m_minAgeMs);
}

void BackupScheduler::finish()
{
    m_timer.stop();
    if (!m_file.isEmpty())
        enqueue(m_file, 0);
    waitForFinished();
}

void BackupScheduler::enqueue(const QString& file, qint64 minAgeMs)
{
    for (Job& job : m_queue) {
        if (job.file == file) {
            job.minAgeMs = std::min(job.minAgeMs, minAgeMs);
            return;
        }
    }
    m_queue.append({file, minAgeMs});
    if (!m_running.isRunning())
        startNext();
}

void BackupScheduler::startNext()
{
    if (m_queue.isEmpty() || m_running.isRunning())
        return;
    const Job job = m_queue.takeFirst();
    m_running.setFuture(QtConcurrent::run(&backupIfChanged, job.file, m_root, job.minAgeMs));
}

void BackupScheduler::waitForFinished()
{
    // The watcher's finished signal needs the event loop; here the queue is drained directly.
    for (;;) {
        m_running.waitForFinished();
        if (m_queue.isEmpty())
            return;
        const Job job = m_queue.takeFirst();
        m_running.setFuture(QtConcurrent::run(&backupIfChanged, job.file, m_root, job.minAgeMs));
    }
}

} // namespace wc::app
