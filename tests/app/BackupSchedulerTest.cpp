// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "BackupScheduler.h"
#include "store/BackupManager.h"
#include "store/CaseStore.h"
#include "support/TempDir.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using wc::app::BackupScheduler;

namespace {

QString makeCaseFile(const wc::test::TempDir& dir, const QString& name)
{
    wc::core::CaseStore::OpenOptions options;
    options.createIfMissing = true;
    auto store = wc::core::CaseStore::open(dir.file(name), options);
    EXPECT_TRUE(store.ok());
    return store.ok() ? (*store)->path() : QString();
}

void addCase(const QString& file, const QString& title)
{
    wc::core::CaseStore::OpenOptions options;
    options.shared = true;
    auto store = wc::core::CaseStore::open(file, options);
    ASSERT_TRUE(store.ok());
    wc::core::CaseRecord record;
    record.title = title;
    record.family = u"transaction"_s;
    ASSERT_TRUE((*store)->createCase(record).ok());
}

TEST(BackupScheduler, BacksUpEveryFileItIsGivenAndKeepsCheckingWhileRunning)
{
    wc::test::TempDir dir;
    const QString root = dir.file(u"backups"_s);
    const QString first = makeCaseFile(dir, u"first.wcase"_s);
    const QString second = makeCaseFile(dir, u"second.wcase"_s);
    wc::core::BackupManager manager(root);

    BackupScheduler scheduler(root, 50, 0);
    scheduler.watch(first);
    scheduler.waitForFinished();
    ASSERT_EQ(manager.backupsFor(first).size(), 1);

    // A file opened later in the window is backed up as well; the first is checked once more
    // on leaving it (unchanged, so not copied again) and then no longer.
    scheduler.watch(second);
    scheduler.waitForFinished();
    EXPECT_EQ(manager.backupsFor(second).size(), 1);
    EXPECT_EQ(manager.backupsFor(first).size(), 1);
    EXPECT_EQ(scheduler.watched(), second);

    // Files opened in quick succession are each backed up, even while a backup is running.
    const QString third = makeCaseFile(dir, u"third.wcase"_s);
    const QString fourth = makeCaseFile(dir, u"fourth.wcase"_s);
    scheduler.watch(third);
    scheduler.watch(fourth);
    scheduler.waitForFinished();
    EXPECT_EQ(manager.backupsFor(third).size(), 1);
    EXPECT_EQ(manager.backupsFor(fourth).size(), 1);
    scheduler.watch(second);
    scheduler.waitForFinished();

    // The periodic check backs up a change made while the app runs, on its own …
    addCase(second, u"added during the session"_s);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            scheduler.waitForFinished();
            return manager.backupsFor(second).size() == 2;
        },
        10'000))
        << "the timer did not back up the changed file";
    // … and an unchanged file is never copied again, however often it checks.
    QTest::qWait(300);
    scheduler.waitForFinished();
    EXPECT_EQ(manager.backupsFor(second).size(), 2);
    EXPECT_EQ(manager.backupsFor(first).size(), 1);
}

TEST(BackupScheduler, ClosingBacksUpTheLatestWorkEvenBeforeTheMinimumAge)
{
    wc::test::TempDir dir;
    const QString root = dir.file(u"backups"_s);
    const QString file = makeCaseFile(dir, u"cases.wcase"_s);
    wc::core::BackupManager manager(root);

    BackupScheduler scheduler(root, 20, 3'600'000);
    scheduler.watch(file);
    scheduler.waitForFinished();
    ASSERT_EQ(manager.backupsFor(file).size(), 1);

    addCase(file, u"the first day's work"_s);
    QTest::qWait(200); // the timer runs, but the newest backup is younger than an hour
    scheduler.waitForFinished();
    EXPECT_EQ(manager.backupsFor(file).size(), 1);

    scheduler.finish();
    const auto summaries = manager.summariesFor(file);
    ASSERT_EQ(summaries.size(), 2);
    EXPECT_EQ(summaries.first().cases, 1) << "the newest backup does not hold the day's work";
}

TEST(BackupScheduler, AFileThatCannotBeOpenedIsSkippedQuietly)
{
    wc::test::TempDir dir;
    BackupScheduler scheduler(dir.file(u"backups"_s), 3'600'000);
    scheduler.watch(dir.file(u"missing.wcase"_s));
    scheduler.waitForFinished();
    EXPECT_FALSE(QDir(dir.file(u"backups"_s)).exists() &&
                 !QDir(dir.file(u"backups"_s)).isEmpty());
}

} // namespace
