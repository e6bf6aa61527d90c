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

TEST(BackupScheduler, BacksUpEveryFileItIsGivenAndKeepsCheckingWhileRunning)
{
    wc::test::TempDir dir;
    const QString root = dir.file(u"backups"_s);
    const QString first = makeCaseFile(dir, u"first.wcase"_s);
    const QString second = makeCaseFile(dir, u"second.wcase"_s);
    wc::core::BackupManager manager(root);

    BackupScheduler scheduler(root, 50);
    scheduler.watch(first);
    scheduler.waitForFinished();
    ASSERT_EQ(manager.backupsFor(first).size(), 1);

    // A file opened later in the window is backed up as well; the first is no longer checked.
    scheduler.watch(second);
    scheduler.waitForFinished();
    EXPECT_EQ(manager.backupsFor(second).size(), 1);
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

    // The periodic check runs on its own; within a day nothing new is due, so it writes nothing.
    const QString newest = manager.backupsFor(second).first().path;
    ASSERT_TRUE(QFile::remove(newest)); // as if the last backup were gone: due again
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            scheduler.waitForFinished();
            return manager.backupsFor(second).size() == 1;
        },
        10'000))
        << "the timer did not back the file up again";
    QTest::qWait(200);
    scheduler.waitForFinished();
    EXPECT_EQ(manager.backupsFor(second).size(), 1) << "a backup less than a day old is enough";
    EXPECT_EQ(manager.backupsFor(first).size(), 1);
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
