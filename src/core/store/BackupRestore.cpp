// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Restoring a case file from its backups, and giving back a file an earlier restore set aside.
#include "store/BackupFiles.h"
#include "store/BackupManager.h"
#include "store/Sqlite.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcRestore, "walletcase.backup.restore")

namespace wc::core {

using namespace backupfiles;

namespace {

constexpr char16_t kAsideMark[] = u".damaged-";

Result<void> lockFor(QLockFile& lock)
{
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return Error{ErrorCode::AlreadyOpen,
                     BackupManager::tr("The case file is open in a WalletCase window. Close it "
                                       "there, then restore the backup."),
                     u"restore: locked"_s};
    }
    return {};
}

// Moves the case file and its companions to a free `.damaged-<stamp>` name. `moved` lists the
// suffixes moved, so a caller can undo. Returns the new name (empty when there was no file).
Result<QString> moveAside(const QString& absolute, qint64 nowMs, QStringList& moved)
{
    if (!QFileInfo::exists(absolute))
        return QString();
    const QString base =
        absolute + QString::fromUtf16(kAsideMark) + stampOf(nowMs, u"yyyyMMdd-HHmmss"_s);
    QString aside = base;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = base + u'-' + QString::number(n);
    for (const char* raw : kCompanionSuffixes) {
        const QString suffix = QString::fromLatin1(raw);
        if (!QFileInfo::exists(absolute + suffix))
            continue;
        if (!renamePath(absolute + suffix, aside + suffix)) {
            const int err = errno;
            for (const QString& done : std::as_const(moved))
                renamePath(aside + done, absolute + done);
            moved.clear();
            return Error{ErrorCode::Io,
                         BackupManager::tr("The current case file could not be moved aside, so "
                                           "nothing was restored. Check that its folder can be "
                                           "written."),
                         u"restore: move aside errno %1"_s.arg(err)};
        }
        moved << suffix;
    }
    return aside;
}

void undoMoveAside(const QString& absolute, const QString& aside, const QStringList& moved)
{
    for (const QString& suffix : moved)
        renamePath(aside + suffix, absolute + suffix);
}

// After a restore the file is back at an older state, with an older change count. Moving the
// count past every backup's keeps "unchanged since the newest backup" true only when it is:
// otherwise a few edits could bring the count back to a newer backup's and hide real changes.
void moveChangeCountPast(const QString& path, const QList<BackupInfo>& backups)
{
    qint64 highest = 0;
    for (const BackupInfo& backup : backups) {
        auto db = sqlite::Database::open(backup.path, SQLITE_OPEN_READONLY);
        if (!db)
            continue;
        if (auto n = db->queryInt(u"SELECT CAST(value AS INTEGER) FROM meta "
                                  "WHERE key = 'changes'"_s))
            highest = std::max(highest, *n);
    }
    auto db = sqlite::Database::open(path, SQLITE_OPEN_READWRITE);
    if (!db
        || !db->exec(u"UPDATE meta SET value = '%1' WHERE key = 'changes'"_s.arg(highest + 1)))
        qCWarning(lcRestore) << "could not move the restored file's change count";
}

} // namespace

Result<QString> BackupManager::restoreNewestGood(const QString& caseFile, qint64 nowMs)
{
    const auto backups = backupsFor(caseFile);
    if (backups.isEmpty()) {
        return Error{ErrorCode::NotFound,
                     tr("There is no automatic backup of this case file, so it cannot be restored. "
                        "The file has not been changed; if you have a copy elsewhere, open that."),
                     u"no backups"_s};
    }
    return restoreFirstGood(caseFile, backups, nowMs, nullptr);
}

Result<QString> BackupManager::restoreBackup(const QString& caseFile, const QString& backupPath,
                                             qint64 nowMs)
{
    const auto all = backupsFor(caseFile);
    const auto chosen = std::find_if(all.begin(), all.end(), [&](const BackupInfo& b) {
        return QFileInfo(b.path) == QFileInfo(backupPath);
    });
    if (chosen == all.end()) {
        return Error{ErrorCode::NotFound,
                     tr("That backup no longer exists. Choose another one; the case file has not "
                        "been changed."),
                     u"restore: chosen backup missing"_s};
    }
    QString aside;
    WC_TRY(restoreFirstGood(caseFile, {*chosen}, nowMs, &aside));
    return aside;
}

Result<QString> BackupManager::restoreFirstGood(const QString& caseFile,
                                                const QList<BackupInfo>& backups, qint64 nowMs,
                                                QString* movedAside)
{
    const QString absolute = absoluteOf(caseFile);
    QLockFile lock(lockFileFor(absolute));
    WC_TRY(lockFor(lock));

    // Each candidate is checked as a copy beside the case file: the backups stay untouched, and
    // the good one moves into place with a rename, never a half-copied file.
    const QString candidate = absolute + u".restoring"_s;
    const BackupInfo* good = nullptr;
    for (const BackupInfo& backup : backups) {
        removeWithCompanions(candidate);
        if (!QFile::copy(backup.path, candidate)) {
            removeWithCompanions(candidate);
            return Error{ErrorCode::Io,
                         tr("The backup could not be copied next to the case file. Check that "
                            "the disk has free space and that the folder can be written; the "
                            "case file has not been changed."),
                         u"restore: copy failed"_s};
        }
        (void)::chmod(QFile::encodeName(candidate).constData(), 0600);
        if (isGoodCaseFile(candidate)) {
            good = &backup;
            break;
        }
    }
    if (!good) {
        removeWithCompanions(candidate);
        return Error{ErrorCode::Corrupt,
                     // Spelled out rather than "%n backup(s)": English has no plural
                     // translation file.
                     backups.size() == 1
                         ? tr("The backup could not be opened, so nothing was restored. The case "
                              "file has not been changed.")
                         : tr("None of the %1 backups of this case file could be opened, so "
                              "nothing was restored. The case file has not been changed.")
                               .arg(backups.size()),
                     u"restore: no good backup among %1"_s.arg(backups.size())};
    }
    moveChangeCountPast(candidate, backupsFor(caseFile));

    // The current file is kept, renamed, with its -wal and -shm: they may hold the only copy of
    // recent edits, and a -wal left beside the restored file would be replayed into it.
    QStringList moved;
    auto aside = moveAside(absolute, nowMs, moved);
    if (!aside) {
        removeWithCompanions(candidate);
        return std::move(aside).error();
    }
    if (!renamePath(candidate, absolute)) {
        const int err = errno;
        undoMoveAside(absolute, *aside, moved);
        removeWithCompanions(candidate);
        return Error{ErrorCode::Io,
                     tr("The backup could not be put in place of the case file. Check that its "
                        "folder can be written; the case file has not been changed."),
                     u"restore: rename errno %1"_s.arg(err)};
    }
    (void)::chmod(QFile::encodeName(absolute).constData(), 0600);
    qCInfo(lcRestore) << "restored a backup taken at" << good->createdAt;
    if (movedAside)
        *movedAside = *aside;
    return good->path;
}

QList<BackupInfo> BackupManager::setAsideFor(const QString& caseFile) const
{
    const QFileInfo info(absoluteOf(caseFile));
    const QString mark = info.fileName() + QString::fromUtf16(kAsideMark);
    QList<BackupInfo> out;
    const auto entries = QDir(info.absolutePath()).entryInfoList({mark + u'*'}, QDir::Files);
    for (const QFileInfo& entry : entries) {
        const QString stamp = entry.fileName().mid(mark.size());
        // Companions (-wal, -shm, -journal) travel with their file and are not listed.
        if (stamp.endsWith(u"-wal"_s) || stamp.endsWith(u"-shm"_s)
            || stamp.endsWith(u"-journal"_s))
            continue;
        const QDateTime at(QDate::fromString(stamp.left(8), u"yyyyMMdd"_s),
                           QTime::fromString(stamp.mid(9, 6), u"HHmmss"_s), Qt::UTC);
        if (!at.isValid())
            continue;
        out.append({entry.absoluteFilePath(), at.toMSecsSinceEpoch(), entry.size()});
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.createdAt > b.createdAt;
    });
    return out;
}

Result<QString> BackupManager::putBack(const QString& caseFile, const QString& asidePath,
                                       qint64 nowMs)
{
    const QString absolute = absoluteOf(caseFile);
    const auto aside = setAsideFor(caseFile);
    const bool known = std::any_of(aside.begin(), aside.end(), [&](const BackupInfo& b) {
        return QFileInfo(b.path) == QFileInfo(asidePath);
    });
    if (!known) {
        return Error{ErrorCode::NotFound,
                     tr("That set-aside file no longer exists; the case file has not been "
                        "changed."),
                     u"put back: unknown file"_s};
    }
    QLockFile lock(lockFileFor(absolute));
    WC_TRY(lockFor(lock));

    QStringList moved;
    auto current = moveAside(absolute, nowMs, moved);
    if (!current)
        return std::move(current).error();
    QStringList returned;
    for (const char* raw : kCompanionSuffixes) {
        const QString suffix = QString::fromLatin1(raw);
        if (!QFileInfo::exists(asidePath + suffix))
            continue;
        if (!renamePath(asidePath + suffix, absolute + suffix)) {
            const int err = errno;
            for (const QString& done : std::as_const(returned))
                renamePath(absolute + done, asidePath + done);
            undoMoveAside(absolute, *current, moved);
            return Error{ErrorCode::Io,
                         tr("The set-aside file could not be moved back. Check that its folder "
                            "can be written; nothing was changed."),
                         u"put back: rename errno %1"_s.arg(err)};
        }
        returned << suffix;
    }
    qCInfo(lcRestore) << "put a set-aside file back";
    return *current;
}

} // namespace wc::core
