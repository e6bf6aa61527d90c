// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// What the window does when a case file cannot be opened: the user's choices, driven through
// the dialog seams, and the files afterwards.
#include "gui/dialogs/CaseFileOpener.h"
#include "gui/dialogs/RestoreChoiceDialog.h"
#include "gui/widgets/MessageBox.h"
#include "store/BackupManager.h"
#include "support/TempDir.h"

#include <QFile>
#include <QFileInfo>
#include <QListWidget>

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

// A case file named on the command line that is not there yet: asked, then created (the walk's
// "walletcase ~/mum.wcase" was refused with "cannot open").
TEST_F(CaseFileOpenerTest, AMissingFileIsCreatedWhenTheUserSaysSo)
{
    const QString path = dir.file(u"mum.wcase"_s);
    MessageBox::setNextChoice(CaseFileOpener::CreateHere);
    CaseFileOpener opener(backupRoot(), clock);
    auto store = opener.open(path, false, nullptr);
    ASSERT_TRUE(store);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_TRUE(MessageBox::lastText().contains(u"There is no case file “mum.wcase” yet"_s))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(QFileInfo::exists(path));

    const QString other = dir.file(u"typo.wcase"_s);
    MessageBox::setNextChoice(CaseFileOpener::Quit);
    EXPECT_FALSE(opener.open(other, false, nullptr));
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_FALSE(QFileInfo::exists(other)); // nothing left behind by a slip
}

TEST_F(CaseFileOpenerTest, RestoresTheNewestBackupOfAnEmptiedFile)
{
    const QString path = makeBackedUpFile(u"cases.wcase"_s);
    writeBytes(path, QByteArray()); // e.g. a failed sync left zero bytes
    MessageBox::setNextChoice(CaseFileOpener::Restore);
    RestoreChoiceDialog::setNextRow(0); // the newest backup, preselected in the dialog
    MessageBox::setNextChoice(0); // acknowledge "Backup restored"
    CaseFileOpener opener(backupRoot(), clock);
    auto store = opener.open(path, false, nullptr);
    ASSERT_TRUE(store);
    EXPECT_EQ(*store->caseCount(), 1);
    EXPECT_EQ(MessageBox::takeAskedCount(), 2);
    EXPECT_TRUE(MessageBox::lastText().contains(u"is kept as “cases.wcase.damaged-"_s))
        << MessageBox::lastText().toStdString();
}

TEST_F(CaseFileOpenerTest, TheRestoreDialogShowsEachBackupsDateAndCasesAndTheSetAsideFile)
{
    const QString path = makeBackedUpFile(u"cases.wcase"_s);
    {
        // A second, newer backup with two cases.
        auto store = CaseStore::open(path);
        ASSERT_TRUE(store.ok());
        CaseRecord r;
        r.title = u"第二个"_s;
        r.family = u"service"_s;
        ASSERT_TRUE((*store)->createCase(r).ok());
        clock.advance(3600'000);
        ASSERT_TRUE(BackupManager(backupRoot()).backupNow(**store, clock.nowMs()).ok());
    }
    writeBytes(path, QByteArray(4096, 'x'));

    BackupManager backups(backupRoot());
    RestoreChoiceDialog dialog(backups.summariesFor(path), backups.setAsideFor(path));
    auto* list = dialog.findChild<QListWidget*>();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->count(), 2);
    EXPECT_TRUE(list->item(0)->text().contains(u"2 cases"_s)) << list->item(0)->text().toStdString();
    EXPECT_TRUE(list->item(1)->text().contains(u"1 case"_s));
    EXPECT_EQ(list->currentRow(), 0) << "the newest backup is not preselected";

    // Restore the older one: the damaged file is set aside and offered back next time.
    MessageBox::setNextChoice(CaseFileOpener::Restore);
    RestoreChoiceDialog::setNextRow(1);
    MessageBox::setNextChoice(0);
    CaseFileOpener opener(backupRoot(), clock);
    {
        auto store = opener.open(path, false, nullptr);
        ASSERT_TRUE(store);
        EXPECT_EQ(*store->caseCount(), 1);
    }
    writeBytes(path, QByteArray());
    RestoreChoiceDialog again(backups.summariesFor(path), backups.setAsideFor(path));
    auto* list2 = again.findChild<QListWidget*>();
    ASSERT_EQ(list2->count(), 3);
    EXPECT_TRUE(list2->item(2)->text().contains(u"set aside"_s)) << list2->item(2)->text().toStdString();

    // A backup that does not open is listed but cannot be chosen.
    writeBytes(backups.backupsFor(path).first().path, "garbage");
    RestoreChoiceDialog broken(backups.summariesFor(path), backups.setAsideFor(path));
    auto* list3 = broken.findChild<QListWidget*>();
    EXPECT_FALSE(list3->item(0)->flags() & Qt::ItemIsEnabled);
    EXPECT_TRUE(list3->item(0)->text().contains(u"cannot be opened"_s));
    EXPECT_EQ(list3->currentRow(), 1);
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
