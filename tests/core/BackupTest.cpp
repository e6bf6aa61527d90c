// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Automatic backups: when they are taken, how many are kept, and restoring a damaged case file.
#include "store/BackupManager.h"
#include "store/CaseStore.h"
#include "support/StoreFiles.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace wc::core;
using namespace wc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

unsigned modeOf(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 0777 : 0;
}

class Backup : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(QDir().mkpath(caseFolder)); }

    std::unique_ptr<CaseStore> open(bool create = false)
    {
        CaseStore::OpenOptions options;
        options.createIfMissing = create;
        options.clock = &clock;
        auto opened = CaseStore::open(casePath, options);
        EXPECT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        return opened.ok() ? std::move(*opened) : nullptr;
    }

    qint64 addCase(CaseStore& store, const QString& title)
    {
        CaseRecord record;
        record.title = title;
        record.family = u"transaction"_s;
        auto id = store.createCase(record);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    QStringList titles()
    {
        auto store = open();
        QStringList out;
        if (!store)
            return out;
        auto stmt = store->database().prepare(u"SELECT title FROM cases ORDER BY id"_s);
        while (stmt.ok() && stmt->step().value())
            out << stmt->text(0);
        return out;
    }

    TempDir dir;
    QString caseFolder = dir.file(u"cases"_s);
    QString casePath = caseFolder + u"/我的案件.wcase"_s;
    QString backupRoot = dir.file(u"backups"_s);
    FakeClock clock{1'767'225'600'000};
};

TEST_F(Backup, FolderIsPerFileAndBackupsArePrivate)
{
    BackupManager backups(backupRoot);
    const QString folder = backups.folderFor(casePath);
    EXPECT_TRUE(QFileInfo(folder).fileName().startsWith(u"我的案件-"_s));
    EXPECT_NE(folder, backups.folderFor(dir.file(u"elsewhere/我的案件.wcase"_s)));
    EXPECT_EQ(folder, backups.folderFor(caseFolder + u"/../cases/我的案件.wcase"_s));

    auto store = open(true);
    ASSERT_TRUE(store);
    addCase(*store, u"第一个"_s);
    auto written = backups.backupNow(*store, clock.nowMs());
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    EXPECT_EQ(QFileInfo(*written).absolutePath(), folder);
    EXPECT_EQ(modeOf(*written), 0600u);
    EXPECT_EQ(modeOf(folder), 0700u);
    // A standalone file: nothing beside it.
    EXPECT_EQ(FolderState(folder).names(), QStringList{QFileInfo(*written).fileName()});
    const auto list = backups.backupsFor(casePath);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().createdAt, clock.nowMs());
    EXPECT_EQ(list.first().size, QFileInfo(*written).size());
}

TEST_F(Backup, OnlyAChangedFileIsBackedUp)
{
    BackupManager backups(backupRoot);
    {
        auto store = open(true);
        ASSERT_TRUE(store);
        addCase(*store, u"第一个"_s);
        auto first = backups.backupIfChanged(*store, clock.nowMs());
        ASSERT_TRUE(first.ok()) << first.error().detail.toStdString();
        EXPECT_FALSE(first->isEmpty());
        clock.advance(kDay);
        auto again = backups.backupIfChanged(*store, clock.nowMs());
        ASSERT_TRUE(again.ok());
        EXPECT_TRUE(again->isEmpty()) << "nothing changed, yet it was copied again";
    }
    // Opening and closing the file (start-up work, the final checkpoint) is no change.
    clock.advance(kDay);
    auto store = open();
    ASSERT_TRUE(store);
    auto reopened = backups.backupIfChanged(*store, clock.nowMs());
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->isEmpty()) << "opening the file counted as a change";
    EXPECT_EQ(backups.backupsFor(casePath).size(), 1);

    // Any edit counts, however small, and the new backup holds it.
    CaseRecord record = *store->caseById(1);
    record.title = u"第一个（改）"_s;
    ASSERT_TRUE(store->updateCase(record).ok());
    clock.advance(60'000);
    auto changed = backups.backupIfChanged(*store, clock.nowMs());
    ASSERT_TRUE(changed.ok());
    ASSERT_FALSE(changed->isEmpty());
    const auto summaries = backups.summariesFor(casePath);
    ASSERT_EQ(summaries.size(), 2);
    EXPECT_EQ(summaries.first().info.path, *changed);
    EXPECT_TRUE(summaries.first().opens);
    EXPECT_EQ(summaries.first().cases, 1);
    EXPECT_EQ(summaries.first().changes, *store->changeCount());
}

TEST_F(Backup, AChangedFileWaitsForTheMinimumAge)
{
    BackupManager backups(backupRoot);
    auto store = open(true);
    ASSERT_TRUE(store);
    addCase(*store, u"第一个"_s);
    ASSERT_FALSE(backups.backupIfChanged(*store, clock.nowMs())->isEmpty());
    addCase(*store, u"第二个"_s);
    const qint64 halfHour = 30 * 60'000;
    auto tooSoon = backups.backupIfChanged(*store, clock.nowMs() + halfHour - 1, halfHour);
    ASSERT_TRUE(tooSoon.ok());
    EXPECT_TRUE(tooSoon->isEmpty());
    auto due = backups.backupIfChanged(*store, clock.nowMs() + halfHour, halfHour);
    ASSERT_TRUE(due.ok());
    EXPECT_FALSE(due->isEmpty());
}

TEST_F(Backup, RotationKeepsTheTwoNewestThenOnePerDay)
{
    BackupManager backups(backupRoot, 4);
    auto store = open(true);
    ASSERT_TRUE(store);
    const qint64 day0 = clock.nowMs(); // 2026-01-01 00:00 UTC
    const qint64 hour = 3600'000;
    const QList<qint64> times{day0 + 9 * hour,         day0 + 10 * hour,
                              day0 + kDay + 9 * hour,  day0 + kDay + 12 * hour,
                              day0 + 2 * kDay + 8 * hour, day0 + 2 * kDay + 9 * hour,
                              day0 + 2 * kDay + 10 * hour};
    for (qint64 at : times)
        ASSERT_TRUE(backups.backupNow(*store, at).ok());
    QList<qint64> kept;
    for (const BackupInfo& b : backups.backupsFor(casePath))
        kept << b.createdAt;
    EXPECT_EQ(kept, (QList<qint64>{day0 + 2 * kDay + 10 * hour, day0 + 2 * kDay + 9 * hour,
                                   day0 + kDay + 12 * hour, day0 + 10 * hour}));
}

TEST_F(Backup, RestoresAChosenBackupAndCanPutTheSetAsideFileBack)
{
    BackupManager backups(backupRoot);
    QString older;
    {
        auto store = open(true);
        ASSERT_TRUE(store);
        addCase(*store, u"旧的"_s);
        older = *backups.backupNow(*store, clock.nowMs());
        clock.advance(kDay);
        addCase(*store, u"新的"_s);
        ASSERT_TRUE(backups.backupNow(*store, clock.nowMs()).ok());
        addCase(*store, u"最新，还没备份"_s);
    }
    clock.advance(kDay);
    auto aside = backups.restoreBackup(casePath, older, clock.nowMs());
    ASSERT_TRUE(aside.ok()) << aside.error().detail.toStdString();
    EXPECT_EQ(titles(), QStringList{u"旧的"_s});
    const auto setAside = backups.setAsideFor(casePath);
    ASSERT_EQ(setAside.size(), 1);
    EXPECT_EQ(setAside.first().path, *aside);
    EXPECT_EQ(setAside.first().createdAt, clock.nowMs());

    // The restored file's change count is past every backup's, so a few edits can never bring
    // it back to a newer backup's count and be taken for "unchanged".
    {
        auto store = open();
        ASSERT_TRUE(store);
        const qint64 count = *store->changeCount();
        for (const BackupSummary& backup : backups.summariesFor(casePath))
            EXPECT_GT(count, backup.changes.value_or(0)) << backup.info.path.toStdString();
        auto written = backups.backupIfChanged(*store, clock.nowMs());
        ASSERT_TRUE(written.ok());
        EXPECT_FALSE(written->isEmpty()) << "the restored state was taken for the newest backup";
    }

    // The file that was set aside comes back whole, and the restored one is set aside in turn.
    clock.advance(1000);
    auto current = backups.putBack(casePath, *aside, clock.nowMs());
    ASSERT_TRUE(current.ok()) << current.error().detail.toStdString();
    EXPECT_EQ(titles(), (QStringList{u"旧的"_s, u"新的"_s, u"最新，还没备份"_s}));
    EXPECT_EQ(backups.setAsideFor(casePath).size(), 1);
    EXPECT_EQ(backups.setAsideFor(casePath).first().path, *current);

    // An unknown backup or set-aside file changes nothing.
    EXPECT_EQ(int(backups.restoreBackup(casePath, dir.file(u"nope.wcase"_s), clock.nowMs())
                      .error()
                      .code),
              int(ErrorCode::NotFound));
    EXPECT_EQ(int(backups.putBack(casePath, dir.file(u"nope.wcase"_s), clock.nowMs()).error().code),
              int(ErrorCode::NotFound));
}

TEST_F(Backup, RestoresAfterTheFileWasOverwrittenAndKeepsTheDamagedFile)
{
    BackupManager backups(backupRoot);
    {
        auto store = open(true);
        ASSERT_TRUE(store);
        addCase(*store, u"备份前的案件"_s);
        ASSERT_TRUE(backups.backupNow(*store, clock.nowMs()).ok());
    }
    const QByteArray garbage = QByteArray("not a case file any more ").repeated(500);
    writeFile(casePath, garbage);
    writeFile(casePath + u"-wal"_s, "stale log");

    clock.advance(kDay);
    auto restored = backups.restoreNewestGood(casePath, clock.nowMs());
    ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
    EXPECT_EQ(*restored, backups.backupsFor(casePath).first().path);
    EXPECT_EQ(modeOf(casePath), 0600u);
    EXPECT_EQ(titles(), QStringList{u"备份前的案件"_s});

    // The damaged file and its log were moved aside together, never deleted.
    const QStringList aside =
        QDir(caseFolder).entryList({u"我的案件.wcase.damaged-*"_s}, QDir::Files, QDir::Name);
    ASSERT_EQ(aside.size(), 2) << aside.join(u' ').toStdString();
    EXPECT_EQ(readFile(QDir(caseFolder).filePath(aside[0])), garbage);
    EXPECT_TRUE(aside[1].endsWith(u"-wal"_s));
    EXPECT_EQ(aside[0], u"我的案件.wcase.damaged-20260102-000000"_s);
    // The backup itself is untouched, and no candidate copy is left behind.
    EXPECT_EQ(backups.backupsFor(casePath).size(), 1);
    EXPECT_FALSE(QFileInfo::exists(casePath + u".restoring"_s));
}

TEST_F(Backup, SkipsADamagedNewestBackup)
{
    BackupManager backups(backupRoot);
    QString older;
    {
        auto store = open(true);
        ASSERT_TRUE(store);
        fillStore(*store, 20);
        addCase(*store, u"旧备份里有"_s);
        older = *backups.backupNow(*store, clock.nowMs());
        clock.advance(kDay);
        addCase(*store, u"新备份里才有"_s);
        ASSERT_TRUE(backups.backupNow(*store, clock.nowMs()).ok());
    }
    const auto list = backups.backupsFor(casePath);
    ASSERT_EQ(list.size(), 2);
    // Damage the middle of the newest backup; its header stays valid.
    QByteArray newest = readFile(list.first().path);
    for (qsizetype i = newest.size() / 3; i < newest.size() * 2 / 3; ++i)
        newest[i] = char(i * 31);
    writeFile(list.first().path, newest);
    writeFile(casePath, {});

    auto restored = backups.restoreNewestGood(casePath, clock.nowMs());
    ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
    EXPECT_EQ(*restored, older);
    const QStringList restoredTitles = titles();
    EXPECT_TRUE(restoredTitles.contains(u"旧备份里有"_s));
    EXPECT_FALSE(restoredTitles.contains(u"新备份里才有"_s));
    EXPECT_EQ(readFile(list.first().path), newest);
}

TEST_F(Backup, NoGoodBackupGivesAClearErrorAndChangesNothing)
{
    BackupManager backups(backupRoot);
    writeFile(casePath, "damaged");
    const FolderState before(caseFolder);

    auto none = backups.restoreNewestGood(casePath, clock.nowMs());
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(int(none.error().code), int(ErrorCode::NotFound));
    EXPECT_TRUE(none.error().message.contains(u"no automatic backup"_s));
    expectUnchanged(before, caseFolder);

    // A backup that is itself broken is no better than none.
    ASSERT_TRUE(QDir().mkpath(backups.folderFor(casePath)));
    writeFile(QDir(backups.folderFor(casePath)).filePath(u"backup-20260101-000000-000.wcase"_s),
              "garbage");
    ASSERT_EQ(backups.backupsFor(casePath).size(), 1);
    auto bad = backups.restoreNewestGood(casePath, clock.nowMs());
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(int(bad.error().code), int(ErrorCode::Corrupt));
    EXPECT_FALSE(bad.error().message.isEmpty());
    expectUnchanged(before, caseFolder);
}

TEST_F(Backup, RefusesToRestoreUnderAnOpenWindow)
{
    BackupManager backups(backupRoot);
    auto store = open(true);
    ASSERT_TRUE(store);
    ASSERT_TRUE(backups.backupNow(*store, clock.nowMs()).ok());
    auto restored = backups.restoreNewestGood(casePath, clock.nowMs());
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(int(restored.error().code), int(ErrorCode::AlreadyOpen));
}

} // namespace
