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

TEST_F(Backup, BackupIfDueRespectsTheInterval)
{
    BackupManager backups(backupRoot, 7, kDay);
    auto store = open(true);
    ASSERT_TRUE(store);
    addCase(*store, u"第一个"_s);
    const qint64 start = clock.nowMs();

    auto first = backups.backupIfDue(*store, start);
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->isEmpty());
    auto tooSoon = backups.backupIfDue(*store, start + kDay - 1);
    ASSERT_TRUE(tooSoon.ok());
    EXPECT_TRUE(tooSoon->isEmpty());
    EXPECT_EQ(backups.backupsFor(casePath).size(), 1);

    auto due = backups.backupIfDue(*store, start + kDay);
    ASSERT_TRUE(due.ok());
    EXPECT_FALSE(due->isEmpty());
    EXPECT_NE(*due, *first);
    const auto list = backups.backupsFor(casePath);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].createdAt, start + kDay);
    EXPECT_EQ(list[1].createdAt, start);
}

TEST_F(Backup, RotationKeepsTheNewest)
{
    BackupManager backups(backupRoot, 3, kDay);
    auto store = open(true);
    ASSERT_TRUE(store);
    addCase(*store, u"第一个"_s);
    const qint64 start = clock.nowMs();
    for (int day = 0; day < 6; ++day)
        ASSERT_TRUE(backups.backupIfDue(*store, start + day * kDay)->size() > 0);
    const auto list = backups.backupsFor(casePath);
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list[0].createdAt, start + 5 * kDay);
    EXPECT_EQ(list[2].createdAt, start + 3 * kDay);
    EXPECT_EQ(QDir(backups.folderFor(casePath)).entryList(QDir::Files).size(), 3);
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
