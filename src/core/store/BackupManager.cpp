// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "store/BackupManager.h"

#include "store/BackupFiles.h"
#include "store/CaseStore.h"
#include "store/Sqlite.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <algorithm>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcBackup, "walletcase.backup")

namespace wc::core {

namespace backupfiles {

namespace {
constexpr char16_t kPrefix[] = u"backup-";
constexpr char16_t kSuffix[] = u".wcase";
constexpr char16_t kStamp[] = u"yyyyMMdd-HHmmss-zzz";
} // namespace

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

QString lockFileFor(const QString& absolute)
{
    const QFileInfo info(absolute);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString target = info.exists() ? info.canonicalFilePath()
                                         : QDir(folder).filePath(info.fileName());
    return (target.isEmpty() ? absolute : target) + u".lock"_s;
}

void removeWithCompanions(const QString& path)
{
    for (const char* suffix : kCompanionSuffixes)
        QFile::remove(path + QString::fromLatin1(suffix));
}

bool renamePath(const QString& from, const QString& to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

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

} // namespace backupfiles

using namespace backupfiles;

namespace {

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

// A backup read without changing it: no migration, no lock, no journal (backups are written
// with journal_mode DELETE, so read-only is enough).
std::optional<sqlite::Database> openReadOnly(const QString& path)
{
    auto db = sqlite::Database::open(path, SQLITE_OPEN_READONLY);
    if (!db)
        return std::nullopt;
    return std::move(*db);
}

// The change count stored in a backup; none for a file from before schema 5 or one that does
// not open, which then never counts as "unchanged".
std::optional<qint64> changesIn(sqlite::Database& db)
{
    auto stmt = db.prepare(u"SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'changes'"_s);
    if (!stmt)
        return std::nullopt;
    auto row = stmt->step();
    if (!row || !*row)
        return std::nullopt;
    return stmt->int64(0);
}

} // namespace

BackupManager::BackupManager(QString backupRoot, int keep)
    : m_root(std::move(backupRoot)), m_keep(std::max(keep, 1))
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

QList<BackupSummary> BackupManager::summariesFor(const QString& caseFile) const
{
    QList<BackupSummary> out;
    for (const BackupInfo& info : backupsFor(caseFile)) {
        BackupSummary summary{info};
        if (auto db = openReadOnly(info.path)) {
            auto count = db->prepare(u"SELECT count(*) FROM cases"_s);
            if (count) {
                auto row = count->step();
                if (row && *row) {
                    summary.opens = true;
                    summary.cases = count->int64(0);
                }
            }
            summary.changes = changesIn(*db);
        }
        out.append(summary);
    }
    return out;
}

Result<QString> BackupManager::backupIfChanged(CaseStore& store, qint64 nowMs, qint64 minAgeMs)
{
    const auto existing = backupsFor(store.path());
    if (!existing.isEmpty()) {
        const BackupInfo& newest = existing.first();
        // A backup stamped in the future (the clock was wrong then) does not hold off new ones.
        if (newest.createdAt <= nowMs && nowMs - newest.createdAt < minAgeMs)
            return QString();
        auto count = store.changeCount();
        if (!count)
            return std::move(count).error();
        std::optional<qint64> inNewest;
        if (auto db = openReadOnly(newest.path))
            inNewest = changesIn(*db);
        if (inNewest == *count)
            return QString();
    }
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
    rotate(store.path());
    return target;
}

BackupManager::Purged BackupManager::removeCaseFromBackups(const QString& caseFile,
                                                           const QString& uuid) const
{
    Purged out;
    for (const BackupInfo& backup : backupsFor(caseFile)) {
        bool held = false;
        {
            CaseStore::OpenOptions options;
            options.shared = true; // a backup has no window of its own
            auto opened = CaseStore::open(backup.path, options);
            if (!opened) {
                qCWarning(lcBackup) << "backup to clean does not open:" << opened.error().detail;
                ++out.failed;
                continue;
            }
            auto store = std::move(*opened);
            // An older backup was upgraded on opening: the copy taken first still holds the case.
            if (!store->preMigrationCopy().isEmpty())
                QFile::remove(store->preMigrationCopy());
            std::optional<qint64> id;
            if (auto find = store->database().prepare(u"SELECT id FROM cases WHERE uuid = ?1"_s)) {
                find->bind(1, uuid);
                if (auto row = find->step(); row && *row)
                    id = find->int64(0);
            } // the statement ends here: an open read would hold off the delete's checkpoint
            if (id) {
                held = true;
                if (auto deleted = store->deleteCase(*id); !deleted) {
                    qCWarning(lcBackup) << "could not clean a backup:" << deleted.error().detail;
                    ++out.failed;
                    continue;
                }
            }
        }
        if (!held)
            continue;
        // Back to a standalone file, as backups are written (the store left it in WAL mode).
        if (auto db = sqlite::Database::open(backup.path, SQLITE_OPEN_READWRITE))
            (void)db->exec(u"PRAGMA journal_mode = DELETE"_s);
        ++out.cleaned;
    }
    qCInfo(lcBackup) << "deleted case removed from" << out.cleaned << "backups;" << out.failed
                     << "could not be cleaned";
    return out;
}

void BackupManager::rotate(const QString& caseFile) const
{
    // The two newest always stay (the latest work, and the state before it); older ones are
    // thinned to the newest of each day, so a busy day does not push out last week's backups.
    const auto all = backupsFor(caseFile);
    QList<const BackupInfo*> kept;
    QString lastDay;
    for (const BackupInfo& backup : all) {
        const QString day = stampOf(backup.createdAt, u"yyyyMMdd"_s);
        const bool keep = int(kept.size()) < m_keep && (kept.size() < 2 || day != lastDay);
        if (keep) {
            kept.append(&backup);
            lastDay = day;
        } else if (!QFile::remove(backup.path)) {
            qCWarning(lcBackup) << "could not remove an old backup";
        }
    }
    qCInfo(lcBackup) << "backup written," << kept.size() << "kept";
}

} // namespace wc::core
