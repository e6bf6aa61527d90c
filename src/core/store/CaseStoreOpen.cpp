// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Opening, migrating, checking, backing up and closing a case file.
#include "store/CaseStore.h"

#include "model/EventChain.h"
#include "store/FileProbe.h"
#include "store/InodeLock.h"
#include "store/SchemaCheck.h"
#include "store/WalInspector.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "walletcase.store")

namespace wc::core {

namespace {

// SQLite keeps these beside a database while it is open (or after a crash).
constexpr const char* kCompanionSuffixes[] = {"", "-journal", "-wal", "-shm"};

void removeWithCompanions(const QString& path)
{
    for (const char* suffix : kCompanionSuffixes)
        QFile::remove(path + QString::fromLatin1(suffix));
}

Error errnoError(int err, const QString& what)
{
    if (err == ENOSPC || err == EDQUOT)
        return sqlite::toError(SQLITE_FULL, what);
    if (err == EACCES || err == EROFS || err == EPERM)
        return sqlite::toError(SQLITE_READONLY, what);
    return sqlite::toError(SQLITE_CANTOPEN, u"%1 errno %2"_s.arg(what).arg(err));
}

// Creates an empty file readable only by its owner: the case file holds personal data.
Result<void> createPrivateFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errnoError(errno, u"create"_s);
    ::close(fd);
    return {};
}

// Makes a rename inside `folder` survive a power cut.
void syncFolder(const QString& folder)
{
    const QByteArray native = QFile::encodeName(folder);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

Result<void> renameInto(const QString& from, const QString& to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return errnoError(errno, u"rename"_s);
    syncFolder(QFileInfo(to).absolutePath());
    return {};
}

// The file and its folder must be writable: SQLite keeps its -wal and -shm files beside it,
// and every edit is written at once.
bool isWritableLocation(const QString& path, bool exists)
{
    const QFileInfo info(path);
    return (!exists || ::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK) == 0)
        && ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) == 0;
}

// One lock per file, however it was named: through a symbolic link or a relative path, the same
// file must still count as already open.
QString lockFileFor(const QString& absolute)
{
    const QFileInfo info(absolute);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString target = info.exists() ? info.canonicalFilePath()
                                         : QDir(folder).filePath(info.fileName());
    return (target.isEmpty() ? absolute : target) + u".lock"_s;
}

// A writer killed between creating its lock file and writing its process id into it leaves an
// empty (or cut short) lock file. QLockFile, told never to judge a lock by its age, honours it
// for ever: the case file would stay "open in another window" until the user deletes the lock
// by hand (the durability test met it under the sanitizers). Such a lock is stale when nobody
// holds the case file's inode lock, which every writer takes right after its lock file. A
// writer still between the two steps is not lost: it then meets our inode lock and refuses.
bool unreadableLockIsStale(const QLockFile& lock, const QString& caseFile)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock.getLockInfo(&pid, &host, &application))
        return false; // readable: QLockFile has already found its owner alive
    if (!QFileInfo::exists(caseFile))
        return false;
    InodeLock::Outcome outcome = InodeLock::Outcome::Failed;
    const auto probe = InodeLock::acquire(caseFile, &outcome);
    return outcome == InodeLock::Outcome::Locked;
}

// A name beside `base` that is not taken yet, so an earlier copy is never overwritten.
QString unusedName(const QString& base, const QString& suffix)
{
    QString candidate = base + suffix;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + u'-' + QString::number(n) + suffix;
    return candidate;
}

Result<void> runMigrations(sqlite::Database& db, int from,
                           const std::vector<schema::Migration>& steps)
{
    sqlite::Transaction tx(db);
    WC_TRY(tx.begun());
    for (const auto& step : steps) {
        if (step.toVersion <= from)
            continue;
        if (auto r = step.apply(db); !r) {
            Error e = std::move(r).error();
            if (e.code != ErrorCode::DiskFull) {
                e.code = ErrorCode::MigrationFailed;
                e.message = CaseStore::tr("The case file could not be upgraded to this version "
                                          "of WalletCase. It has not been changed.")
                    + u' ' + e.message;
            }
            e.detail = u"migration to v%1: "_s.arg(step.toVersion) + e.detail;
            return e;
        }
        WC_TRY(db.exec(u"PRAGMA user_version = %1"_s.arg(step.toVersion)));
    }
    WC_TRY(db.exec(u"PRAGMA application_id = %1"_s.arg(schema::ApplicationId)));
    return tx.commit();
}

// Builds a new case file under a temporary name and moves it into place only when complete, so
// a crash or a full disk never leaves an empty or half-made case file under the user's name.
Result<void> createCaseFile(const QString& path, const std::vector<schema::Migration>& steps)
{
    const QString temp = path + u".new"_s;
    // Left over from a creation that was killed; the caller holds the lock for `path`.
    removeWithCompanions(temp);
    Result<void> built = [&]() -> Result<void> {
        WC_TRY(createPrivateFile(temp));
        auto db = sqlite::Database::open(temp, SQLITE_OPEN_READWRITE);
        if (!db)
            return std::move(db).error();
        WC_TRY(db->exec(u"PRAGMA synchronous = FULL"_s));
        return runMigrations(*db, 0, steps);
    }();
    if (built)
        built = renameInto(temp, path);
    if (!built)
        removeWithCompanions(temp);
    return built;
}

// Writes a standalone copy of `source` to `target`, under a temporary name first so that an
// existing file at `target` survives a failed copy.
Result<void> copyDatabase(sqlite3* source, const QString& target)
{
    const QString temp = target + u".part"_s;
    removeWithCompanions(temp);
    Result<void> copied = [&]() -> Result<void> {
        WC_TRY(createPrivateFile(temp));
        auto dest = sqlite::Database::open(temp, SQLITE_OPEN_READWRITE);
        if (!dest)
            return std::move(dest).error();
        sqlite3_backup* backup = sqlite3_backup_init(dest->handle(), "main", source, "main");
        if (!backup)
            return sqlite::toError(sqlite3_extended_errcode(dest->handle()), u"backup init"_s);
        const int stepped = sqlite3_backup_step(backup, -1);
        const int finished = sqlite3_backup_finish(backup);
        if (stepped != SQLITE_DONE)
            return sqlite::toError(stepped, u"backup step"_s);
        if (finished != SQLITE_OK)
            return sqlite::toError(finished, u"backup finish"_s);
        // The copy carries the source's WAL flag; a standalone copy needs no -wal file beside it.
        return dest->exec(u"PRAGMA journal_mode = DELETE"_s);
    }();
    if (copied)
        copied = renameInto(temp, target);
    if (!copied)
        removeWithCompanions(temp);
    return copied;
}

// When the case file's write-ahead log holds committed changes SQLite's recovery will drop (a
// damaged frame and commits after it), copies the log aside and returns what to tell the user.
QString keepDamagedLog(const QString& absolute)
{
    const QString wal = absolute + u"-wal"_s;
    const auto report = WalInspector::inspect(wal);
    if (!report || (!report->headerDamaged && report->droppedCommits == 0))
        return QString();
    const QString kept =
        wal + u".damaged-"_s
        + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const bool copied = QFile::copy(wal, kept);
    if (copied)
        QFile::setPermissions(kept, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCWarning(lcStore) << "damaged write-ahead log:" << report->droppedCommits
                       << "commits dropped, header damaged:" << report->headerDamaged
                       << "copy kept:" << copied;
    const QString where = copied ? CaseStore::tr("A copy of the damaged log was kept as “%1”.")
                                       .arg(QDir::toNativeSeparators(kept))
                                 : CaseStore::tr("The damaged log could not be copied.");
    return (report->headerDamaged
                ? CaseStore::tr("The file's log of recent changes is damaged, so the changes "
                                "saved last before it was closed could not be read back.")
            // Spelled out rather than "%n change(s)": English has no plural translation file.
            : report->droppedCommits == 1
                ? CaseStore::tr("The file's log of recent changes is damaged: the change saved "
                                "last before it was closed could not be read back.")
                : CaseStore::tr("The file's log of recent changes is damaged: %1 changes saved "
                                "last before it was closed could not be read back.")
                      .arg(report->droppedCommits))
        // One sentence a line: Chinese sentences are not joined with spaces.
        + u'\n' + where + u'\n'
        + CaseStore::tr("Check your latest entries and enter again what is missing.");
}

// Files that predate us, or were copied in with looser permissions, are tightened; SQLite gives
// its -wal and -shm files the mode of the database, so they follow.
void makePrivate(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QByteArray native = QFile::encodeName(path + QString::fromLatin1(suffix));
        struct stat st {};
        if (::stat(native.constData(), &st) == 0 && (st.st_mode & 0077) != 0)
            (void)::chmod(native.constData(), st.st_mode & 0700);
    }
}

} // namespace

Result<std::unique_ptr<CaseStore>> CaseStore::open(const QString& path,
                                                   const OpenOptions& options)
{
    const auto& steps = options.migrations ? *options.migrations : schema::migrations();
    const int current = schema::currentVersion(steps);
    const QString absolute = QFileInfo(path).absoluteFilePath();

    std::unique_ptr<CaseStore> store(new CaseStore);
    store->m_path = absolute;
    store->m_clock = options.clock ? options.clock : &Clock::system();

    const bool exists = QFileInfo::exists(absolute);
    if (!exists) {
        if (!options.createIfMissing) {
            return Error{ErrorCode::NotFound,
                         tr("The case file does not exist. Check the path, or create a new case "
                            "file."),
                         u"missing file"_s};
        }
        if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
            return sqlite::toError(SQLITE_READONLY, u"mkpath"_s);
    } else {
        // Before anything can write to it: a file that is not ours must stay exactly as it was.
        WC_TRY(FileProbe::check(absolute));
    }
    bool created = false;
    // Whatever fails from here on, a file we created ourselves must not stay behind.
    auto fail = [&](Error e) -> Result<std::unique_ptr<CaseStore>> {
        store->m_db.close();
        store->m_inodeLock.reset();
        store->m_lock.reset();
        if (created)
            removeWithCompanions(absolute);
        qCWarning(lcStore) << "open failed:" << e.detail;
        return e;
    };

    if (!isWritableLocation(absolute, exists))
        return fail(sqlite::toError(SQLITE_READONLY, u"not writable"_s));

    if (!options.shared) {
        store->m_lock = std::make_unique<QLockFile>(lockFileFor(absolute));
        // Never treat a live owner's lock as stale by age; a crashed owner's lock is still
        // recognised (its process is gone) and taken over.
        store->m_lock->setStaleLockTime(0);
        bool locked = store->m_lock->tryLock(0);
        if (!locked && store->m_lock->error() == QLockFile::LockFailedError
            && unreadableLockIsStale(*store->m_lock, absolute)) {
            qCWarning(lcStore) << "removing a lock file without an owner";
            locked = store->m_lock->removeStaleLockFile() && store->m_lock->tryLock(0);
        }
        if (!locked) {
            if (store->m_lock->error() == QLockFile::LockFailedError) {
                return fail({ErrorCode::AlreadyOpen,
                             tr("This case file is already open in another WalletCase window. "
                                "Switch to that window, or close it and try again."),
                             u"locked"_s});
            }
            return fail(sqlite::toError(SQLITE_READONLY, u"lock file"_s));
        }
        // It names the case file and the computer: for its owner's eyes only.
        QFile::setPermissions(store->m_lock->fileName(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    if (!exists) {
        if (auto r = createCaseFile(absolute, steps); !r)
            return fail(std::move(r).error());
        created = true;
    }

    if (!options.shared) {
        InodeLock::Outcome outcome = InodeLock::Outcome::Failed;
        store->m_inodeLock = InodeLock::acquire(absolute, &outcome);
        if (outcome == InodeLock::Outcome::Busy) {
            return fail({ErrorCode::AlreadyOpen,
                         tr("This case file is already open in another WalletCase window, "
                            "under another name (a link to the same file). Switch to that "
                            "window, or close it and try again."),
                         u"inode locked"_s});
        }
        // Failed (a file system without flock): the lock file above still guards this name.
        if (outcome == InodeLock::Outcome::Failed)
            qCWarning(lcStore) << "no inode lock on the case file; the lock file alone guards it";
    }

    // SQLite's recovery silently drops every change committed after a damaged byte in the log.
    // Before it runs, say so and keep a copy of the log, so nothing is lost without a word.
    // Only with the locks held: a shared open may meet a log another connection is writing.
    if (!options.shared && !created)
        store->m_openWarning = keepDamagedLog(absolute);

    auto db = sqlite::Database::open(absolute, SQLITE_OPEN_READWRITE);
    if (!db)
        return fail(std::move(db).error());
    store->m_db = std::move(*db);
    auto& conn = store->m_db;
    sqlite3_busy_timeout(conn.handle(), 5000);

    // Read identity before changing anything: a foreign database must stay exactly as it was.
    auto appId = conn.queryInt(u"PRAGMA application_id"_s);
    if (!appId)
        return fail(std::move(appId).error());
    auto version = conn.queryInt(u"PRAGMA user_version"_s);
    if (!version)
        return fail(std::move(version).error());
    auto objects = conn.queryInt(u"SELECT count(*) FROM sqlite_schema"_s);
    if (!objects)
        return fail(std::move(objects).error());

    if (*appId == 0 && *version == 0 && *objects == 0) {
        // Only a file whose creation never committed looks like this now that new files are
        // built complete before they get their name (or a database nobody ever wrote to).
        return fail({ErrorCode::EmptyFile,
                     tr("The file holds no cases. If it should, restore the newest backup; "
                        "otherwise create a new case file."),
                     u"empty database"_s});
    }
    if (*appId != schema::ApplicationId) {
        return fail({ErrorCode::NotWalletCase,
                     tr("This is a database, but not a WalletCase case file, so WalletCase will "
                        "not change it. Choose a .wcase file, or create a new case file."),
                     u"application_id %1"_s.arg(*appId)});
    }
    if (*version > current) {
        return fail({ErrorCode::TooNew,
                     tr("This case file was written by a newer version of WalletCase (file "
                        "format %1; this version reads up to %2). Update WalletCase to open it; "
                        "the file has not been changed.")
                         .arg(*version)
                         .arg(current),
                     u"user_version %1 > %2"_s.arg(*version).arg(current)});
    }

    makePrivate(absolute);
    for (const QString& pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                  u"PRAGMA foreign_keys = ON"_s, u"PRAGMA secure_delete = ON"_s}) {
        if (auto r = conn.exec(pragma); !r)
            return fail(std::move(r).error());
    }

    if (*version < current) {
        // Keep the file as it was before the upgrade, beside the original.
        const QString stamp = QDateTime::fromMSecsSinceEpoch(store->m_clock->nowMs(), Qt::UTC)
                                  .toString(u"yyyyMMdd-HHmmss"_s);
        const QString copy =
            unusedName(absolute + u".v%1-%2"_s.arg(*version).arg(stamp), u".bak"_s);
        if (auto r = copyDatabase(conn.handle(), copy); !r)
            return fail(std::move(r).error());
        if (auto r = runMigrations(conn, int(*version), steps); !r) {
            // The file is unchanged, so the copy would only be clutter.
            QFile::remove(copy);
            return fail(std::move(r).error());
        }
        store->m_preMigrationCopy = copy;
        qCInfo(lcStore) << "migrated from schema" << *version << "to" << current;
    }
    store->m_schemaVersion = current;
    return store;
}

CaseStore::~CaseStore()
{
    if (m_db.isOpen()) {
        // Fold the write-ahead log into the file so the single .wcase file is complete on its own.
        (void)m_db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        m_db.close();
    }
    m_inodeLock.reset();
    if (m_lock)
        m_lock->unlock();
}

Result<void> CaseStore::runBatch(const std::function<Result<void>()>& work)
{
    sqlite::Transaction tx(m_db);
    WC_TRY(tx.begun());
    WC_TRY(work());
    return tx.commit();
}

Result<QStringList> CaseStore::checkStructure(bool* structureDamaged)
{
    QStringList problems;
    auto stmt = m_db.prepare(u"PRAGMA integrity_check"_s);
    if (!stmt)
        return std::move(stmt).error();
    WC_TRY(stmt->forEach([&](const sqlite::Statement& row) {
        if (const QString line = row.text(0); line != u"ok"_s)
            problems << line;
    }));
    auto appId = m_db.queryInt(u"PRAGMA application_id"_s);
    if (!appId)
        return std::move(appId).error();
    if (*appId != schema::ApplicationId)
        problems << tr("The file is no longer marked as a WalletCase case file.");
    auto fk = m_db.queryInt(u"SELECT count(*) FROM pragma_foreign_key_check"_s);
    if (!fk)
        return std::move(fk).error();
    if (*fk > 0)
        // Spelled out rather than "%n reference(s)": English has no plural translation file.
        problems << (*fk == 1 ? tr("1 broken reference between records.")
                              : tr("%1 broken references between records.").arg(*fk));

    // A missing table or a changed column would make the checks below (and every command) fail
    // with a database error; the user gets what is wrong instead.
    if (!m_openWarning.isEmpty())
        problems << m_openWarning;

    auto structure = SchemaCheck::problems(m_db);
    if (!structure)
        return std::move(structure).error();
    if (structureDamaged)
        *structureDamaged = !structure->isEmpty();
    return problems + *structure;
}

Result<QStringList> CaseStore::checkIntegrity()
{
    bool structureDamaged = false;
    auto problems = checkStructure(&structureDamaged);
    if (!problems || structureDamaged)
        return problems; // the checks below would fail with a database error

    // Evidence whose stored bytes no longer match their fingerprint (a flipped bit on disk):
    // SQLite's own check cannot see it, and an export would carry it unnoticed.
    auto evidence = m_db.prepare(
        u"SELECT e.case_id, e.id, e.title, e.file_name, b.sha256, b.data FROM evidence e "
        u"JOIN blobs b ON b.sha256 = e.blob_sha256 ORDER BY e.case_id, e.id"_s);
    if (!evidence)
        return std::move(evidence).error();
    QHash<QString, bool> blobIntact;
    WC_TRY(evidence->forEach([&](const sqlite::Statement& row) {
        const QString sha = row.text(4);
        auto known = blobIntact.constFind(sha);
        if (known == blobIntact.cend()) {
            const QByteArray actual =
                QCryptographicHash::hash(row.blob(5), QCryptographicHash::Sha256).toHex();
            known = blobIntact.insert(sha, QString::fromLatin1(actual) == sha);
        }
        if (!*known) {
            const QString title = row.text(2).isEmpty() ? row.text(3) : row.text(2);
            *problems << tr("Evidence “%1” of case %2 is damaged: its content no longer matches "
                           "the fingerprint it was stored with.")
                            .arg(title)
                            .arg(row.int64(0));
        }
    }));

    auto ids = caseIds();
    if (!ids)
        return std::move(ids).error();
    for (const qint64 caseId : *ids) {
        auto check = verifyEvents(caseId);
        if (!check)
            return std::move(check).error();
        if (!check->intact)
            *problems << tr("The history of case %1 has been altered at entry %2.")
                            .arg(caseId)
                            .arg(check->firstBrokenSeq);
    }
    return problems;
}

Result<void> CaseStore::backupTo(const QString& target)
{
    return copyDatabase(m_db.handle(), target);
}

Result<qint64> CaseStore::changeCount()
{
    return m_db.queryInt(u"SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'changes'"_s);
}

} // namespace wc::core
