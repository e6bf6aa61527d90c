// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "store/BackupManager.h"

#include "store/CaseStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <optional>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcBackup, "walletcase.backup")

namespace wc::core {

namespace {

// backup-20260115-093000-123.wcase: the UTC time it was taken, to the millisecond, so names sort
// by age and the age can be read back without trusting file times.
constexpr char16_t kPrefix[] = u"backup-";
constexpr char16_t kSuffix[] = u".wcase";
constexpr char16_t kStamp[] = u"yyyyMMdd-HHmmss-zzz";

QString stampOf(qint64 ms, const QString& format)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(format);
}

QString backupName(qint64 ms)
{
    return QString::fromUtf16(kPrefix) + stampOf(ms, QString::fromUtf16(kStamp))
        + QString::fromUtf16(kSuffix);
}

std::optional<qint64> timeOfBackup(const QString& fileName)
{
    const QString prefix = QString::fromUtf16(kPrefix);
    const QString suffix = QString::fromUtf16(kSuffix);
    if (!fileName.startsWith(prefix) || !fileName.endsWith(suffix))
        return std::nullopt;
    const QString stamp =
        fileName.mid(prefix.size(), fileName.size() - prefix.size() - suffix.size());
    const QDateTime at(QDate::fromString(stamp.left(8), u"yyyyMMdd"_s),
                       QTime::fromString(stamp.mid(9), u"HHmmss-zzz"_s), Qt::UTC);
    if (!at.isValid() || backupName(at.toMSecsSinceEpoch()) != fileName)
        return std::nullopt;
    return at.toMSecsSinceEpoch();
}

QString absoluteOf(const QString& caseFile)
{
    return QDir::cleanPath(QFileInfo(caseFile).absoluteFilePath());
}

// The same lock file CaseStore::open takes, so a restore never swaps a file a window has open.
QString lockFileFor(const QString& absolute)
{
    const QFileInfo info(absolute);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString target = info.exists() ? info.canonicalFilePath()
                                         : QDir(folder).filePath(info.fileName());
    return (target.isEmpty() ? absolute : target) + u".lock"_s;
}

// SQLite keeps these beside a database; they belong to it and move with it.
constexpr const char* kCompanionSuffixes[] = {"", "-wal", "-shm", "-journal"};

void removeWithCompanions(const QString& path)
{
    for (const char* suffix : kCompanionSuffixes)
        QFile::remove(path + QString::fromLatin1(suffix));
}

bool renamePath(const QString& from, const QString& to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// Backups hold the same personal data as the case file.
Result<void> makePrivateFolder(const QString& root, const QString& folder)
{
    const bool rootExisted = QFileInfo::exists(root);
    if (!QDir().mkpath(folder)) {
        return Error{ErrorCode::ReadOnly,
                     BackupManager::tr("The backup folder %1 cannot be created. Check that you "
                                       "may write there; your case file itself is unaffected.")
                         .arg(QDir::toNativeSeparators(root)),
                     u"mkpath backup folder"_s};
    }
    if (!rootExisted)
        (void)::chmod(QFile::encodeName(root).constData(), 0700);
    (void)::chmod(QFile::encodeName(folder).constData(), 0700);
    return {};
}

// Opens a copy of a backup the way the app would and checks everything CaseStore can check.
bool isGoodCaseFile(const QString& path)
{
    CaseStore::OpenOptions options;
    options.shared = true; // a private copy; the case file's own lock is held by the caller
    auto opened = CaseStore::open(path, options);
    if (!opened) {
        qCWarning(lcBackup) << "backup does not open:" << opened.error().detail;
        return false;
    }
    auto store = std::move(*opened);
    auto problems = store->checkIntegrity();
    // An older backup was upgraded on opening; the backup itself still holds the old version.
    if (!store->preMigrationCopy().isEmpty())
        QFile::remove(store->preMigrationCopy());
    store.reset();
    if (!problems) {
        qCWarning(lcBackup) << "backup check failed:" << problems.error().detail;
        return false;
    }
    if (!problems->isEmpty()) {
        qCWarning(lcBackup) << "backup has" << problems->size() << "integrity problems";
        return false;
    }
    return true;
}

} // namespace

BackupManager::BackupManager(QString backupRoot, int keep, qint64 intervalMs)
    : m_root(std::move(backupRoot)), m_keep(std::max(keep, 1)), m_intervalMs(intervalMs)
{
}

QString BackupManager::folderFor(const QString& caseFile) const
{
    const QString absolute = absoluteOf(caseFile);
    const QByteArray hash =
        QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    QString base = QFileInfo(absolute).completeBaseName();
    if (base.isEmpty())
        base = u"case"_s;
    return QDir(m_root).filePath(base + u'-' + QString::fromLatin1(hash));
}

QList<BackupInfo> BackupManager::backupsFor(const QString& caseFile) const
{
    QList<BackupInfo> out;
    const QDir folder(folderFor(caseFile));
    const auto entries = folder.entryInfoList(
        {QString::fromUtf16(kPrefix) + u'*' + QString::fromUtf16(kSuffix)}, QDir::Files);
    for (const QFileInfo& entry : entries) {
        if (const auto at = timeOfBackup(entry.fileName()))
            out.append({entry.absoluteFilePath(), *at, entry.size()});
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.createdAt > b.createdAt;
    });
    return out;
}

Result<QString> BackupManager::backupIfDue(CaseStore& store, qint64 nowMs)
{
    const auto existing = backupsFor(store.path());
    // A backup stamped in the future (the clock was wrong then) does not hold off new ones.
    if (!existing.isEmpty() && existing.first().createdAt <= nowMs
        && nowMs - existing.first().createdAt < m_intervalMs)
        return QString();
    return backupNow(store, nowMs);
}

Result<QString> BackupManager::backupNow(CaseStore& store, qint64 nowMs)
{
    const QString folder = folderFor(store.path());
    WC_TRY(makePrivateFolder(m_root, folder));
    qint64 at = nowMs;
    QString target = QDir(folder).filePath(backupName(at));
    while (QFileInfo::exists(target))
        target = QDir(folder).filePath(backupName(++at));

    if (auto written = store.backupTo(target); !written) {
        Error e = std::move(written).error();
        e.message = e.code == ErrorCode::DiskFull
            ? tr("The automatic backup could not be written because the disk is full. Free some "
                 "space; your case file itself is unaffected.")
            : tr("The automatic backup could not be written to %1. Check that the folder can be "
                 "written; your case file itself is unaffected.")
                  .arg(QDir::toNativeSeparators(folder));
        e.detail = u"backup: "_s + e.detail;
        return e;
    }
    (void)::chmod(QFile::encodeName(target).constData(), 0600);

    const auto all = backupsFor(store.path());
    for (qsizetype i = m_keep; i < all.size(); ++i) {
        if (!QFile::remove(all[i].path))
            qCWarning(lcBackup) << "could not remove an old backup";
    }
    qCInfo(lcBackup) << "backup written," << std::min<qsizetype>(all.size(), m_keep) << "kept";
    return target;
}

Result<QString> BackupManager::restoreNewestGood(const QString& caseFile, qint64 nowMs)
{
    const QString absolute = absoluteOf(caseFile);
    const auto backups = backupsFor(absolute);
    if (backups.isEmpty()) {
        return Error{ErrorCode::NotFound,
                     tr("There is no automatic backup of this case file, so it cannot be restored. "
                        "The file has not been changed; if you have a copy elsewhere, open that."),
                     u"no backups"_s};
    }

    QLockFile lock(lockFileFor(absolute));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return Error{ErrorCode::AlreadyOpen,
                     tr("The case file is open in a WalletCase window. Close it there, then "
                        "restore the backup."),
                     u"restore: locked"_s};
    }

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
                         ? tr("The only backup of this case file could not be opened, so nothing "
                              "was restored. The case file has not been changed.")
                         : tr("None of the %1 backups of this case file could be opened, so "
                              "nothing was restored. The case file has not been changed.")
                               .arg(backups.size()),
                     u"restore: no good backup among %1"_s.arg(backups.size())};
    }

    // The damaged file is kept, renamed, with its -wal and -shm: they may hold the only copy of
    // recent edits, and a -wal left beside the restored file would be replayed into it.
    QString aside = absolute + u".damaged-"_s + stampOf(nowMs, u"yyyyMMdd-HHmmss"_s);
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = absolute + u".damaged-"_s + stampOf(nowMs, u"yyyyMMdd-HHmmss"_s) + u'-'
            + QString::number(n);
    QStringList moved;
    auto undo = [&] {
        for (const QString& suffix : moved)
            renamePath(aside + suffix, absolute + suffix);
    };
    for (const char* raw : kCompanionSuffixes) {
        const QString suffix = QString::fromLatin1(raw);
        if (!QFileInfo::exists(absolute + suffix))
            continue;
        if (!renamePath(absolute + suffix, aside + suffix)) {
            const int err = errno;
            undo();
            removeWithCompanions(candidate);
            return Error{ErrorCode::Io,
                         tr("The damaged case file could not be moved aside, so nothing was "
                            "restored. Check that its folder can be written."),
                         u"restore: move aside errno %1"_s.arg(err)};
        }
        moved << suffix;
    }
    if (!renamePath(candidate, absolute)) {
        const int err = errno;
        undo();
        removeWithCompanions(candidate);
        return Error{ErrorCode::Io,
                     tr("The backup could not be put in place of the case file. Check that its "
                        "folder can be written; the case file has not been changed."),
                     u"restore: rename errno %1"_s.arg(err)};
    }
    (void)::chmod(QFile::encodeName(absolute).constData(), 0600);
    qCInfo(lcBackup) << "restored a backup taken at" << good->createdAt;
    return good->path;
}

} // namespace wc::core
