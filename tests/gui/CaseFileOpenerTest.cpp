// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// What the window does when a case file cannot be opened: the user's choices, driven through
// the dialog seams, and the files afterwards.
#include "gui/dialogs/CaseFileOpener.h"
#include "gui/widgets/MessageBox.h"
#include "store/BackupManager.h"
#include "support/TempDir.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

class CaseFileOpenerTest : public ::testing::Test
{
protected:
    void SetUp() override { MessageBox::takeAskedCount(); }

    QString backupRoot() const { return dir.file(u"backups"_s); }

    // A real case file with one case, backed up once.
    QString makeBackedUpFile(const QString& name)
    {
        const QString path = dir.file(name);
        CaseStore::OpenOptions options;
        options.createIfMissing = true;
        options.clock = &clock;
        auto store = CaseStore::open(path, options);
        EXPECT_TRUE(store.ok());
        CaseRecord r;
        r.title = u"备份里的案件"_s;
        r.family = u"service"_s;
        EXPECT_TRUE((*store)->createCase(r).ok());
        BackupManager backups(backupRoot());
        EXPECT_TRUE(backups.backupNow(**store, clock.nowMs()).ok());
        return path;
    }

    static void writeBytes(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    wc::test::TempDir dir;
    FakeClock clock{1'760'000'000'000};
};

TEST_F(CaseFileOpenerTest, OpensAHealthyFileWithoutAsking)
{
    CaseFileOpener opener(backupRoot(), clock);
    auto store = opener.open(dir.file(u"new.wcase"_s), true, nullptr);
    ASSERT_TRUE(store);
    EXPECT_EQ(MessageBox::takeAskedCount(), 0);
}

TEST_F(CaseFileOpenerTest, RestoresTheNewestBackupOfAnEmptiedFile)
{
    const QString path = makeBackedUpFile(u"cases.wcase"_s);
    writeBytes(path, QByteArray()); // e.g. a failed sync left zero bytes
    MessageBox::setNextChoice(CaseFileOpener::Restore);
    MessageBox::setNextChoice(0); // acknowledge "Backup restored"
    CaseFileOpener opener(backupRoot(), clock);
    auto store = opener.open(path, false, nullptr);
    ASSERT_TRUE(store);
    EXPECT_EQ(*store->caseCount(), 1);
    EXPECT_EQ(MessageBox::takeAskedCount(), 2);
}

TEST_F(CaseFileOpenerTest, OffersNoRestoreWithoutBackupsAndQuitLeavesTheFileAlone)
{
    const QString path = dir.file(u"random.wcase"_s);
    const QByteArray garbage(5000, '\x5a');
    writeBytes(path, garbage);
    MessageBox::setNextChoice(CaseFileOpener::Quit);
    CaseFileOpener opener(backupRoot(), clock);
    EXPECT_FALSE(opener.open(path, false, nullptr));
    EXPECT_TRUE(MessageBox::lastText().contains(u"not a WalletCase case file"_s));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), garbage);
}

TEST_F(CaseFileOpenerTest, CanOpenAnotherFileInstead)
{
    const QString bad = dir.file(u"bad.wcase"_s);
    writeBytes(bad, "not a database at all");
    const QString good = makeBackedUpFile(u"good.wcase"_s);
    MessageBox::setNextChoice(CaseFileOpener::OpenOther);
    FileDialog::setNextFileName(good);
    CaseFileOpener opener(backupRoot(), clock);
    auto store = opener.open(bad, false, nullptr);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->path(), QFileInfo(good).absoluteFilePath());
}

TEST_F(CaseFileOpenerTest, CanCreateANewFileInstead)
{
    const QString bad = dir.file(u"bad.wcase"_s);
    writeBytes(bad, QByteArray());
    MessageBox::setNextChoice(CaseFileOpener::CreateNew);
    FileDialog::setNextFileName(dir.file(u"fresh"_s)); // the suffix is added
    CaseFileOpener opener(backupRoot(), clock);
    auto store = opener.open(bad, false, nullptr);
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->path().endsWith(u"fresh.wcase"_s));
    EXPECT_EQ(*store->caseCount(), 0);
}

TEST_F(CaseFileOpenerTest, AFileOpenElsewhereCanBeRetriedOnceReleased)
{
    const QString path = dir.file(u"busy.wcase"_s);
    CaseStore::OpenOptions options;
    options.createIfMissing = true;
    auto first = CaseStore::open(path, options);
    ASSERT_TRUE(first.ok());
    MessageBox::setNextChoice(CaseFileOpener::Quit);
    CaseFileOpener opener(backupRoot(), clock);
    EXPECT_FALSE(opener.open(path, false, nullptr));
    EXPECT_TRUE(MessageBox::lastText().contains(u"already open"_s));
    first->reset();
    EXPECT_TRUE(opener.open(path, false, nullptr));
}

} // namespace
