// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Deleting a case: kept for undo outside the file, put back whole, gone for good after a while,
// and removable from the backups too (issue 14 §4 and §10).
#include "store/BackupManager.h"
#include "store/CaseStore.h"
#include "store/RecentlyDeleted.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

unsigned modeOf(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 0777 : 0;
}

class RecentlyDeletedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        CaseStore::OpenOptions options;
        options.createIfMissing = true;
        options.clock = &clock;
        auto opened = CaseStore::open(casePath, options);
        ASSERT_TRUE(opened.ok());
        store = std::move(*opened);
        CaseRecord keep;
        keep.title = u"Kept complaint about Walletville"_s;
        keep.family = u"service"_s;
        ASSERT_TRUE(store->createCase(keep).ok());
        CaseRecord gone;
        gone.title = u"Zanzibarquux refund"_s;
        gone.family = u"transaction"_s;
        gone.description = u"Card 4929381726354018 charged twice by Quorvalent"_s;
        goneId = *store->createCase(gone);
        Evidence shot;
        shot.caseId = goneId;
        shot.kind = u"screenshot"_s;
        shot.fileName = u"receipt.png"_s;
        shot.note = u"the second charge"_s;
        ASSERT_TRUE(store->addEvidence(shot, QByteArray("PNG-ish bytes of Quorvalent")).ok());
        Contact call;
        call.caseId = goneId;
        call.channel = u"hotline"_s;
        call.direction = u"outgoing"_s;
        call.agentName = u"Agent Xylophonia"_s;
        call.occurredAt = clock.nowMs();
        ASSERT_TRUE(store->addContact(call).ok());
    }

    wc::test::TempDir dir;
    QString casePath = dir.file(u"cases.wcase"_s);
    QString deletedRoot = dir.file(u"deleted"_s);
    FakeClock clock{1'767'225'600'000};
    std::unique_ptr<CaseStore> store;
    qint64 goneId = 0;
};

TEST_F(RecentlyDeletedTest, ADeletedCaseIsKeptOutsideTheFileAndComesBackWhole)
{
    const QString uuid = store->caseById(goneId)->uuid;
    RecentlyDeleted bin(deletedRoot, casePath);
    auto entry = bin.deleteCase(*store, goneId, clock.nowMs());
    ASSERT_TRUE(entry.ok()) << entry.error().detail.toStdString();
    EXPECT_FALSE(store->caseById(goneId).ok());
    EXPECT_EQ(modeOf(entry->bundlePath), 0600u);
    EXPECT_EQ(modeOf(bin.folder()), 0700u);
    const QByteArray file = fileBytes(casePath) + fileBytes(casePath + u"-wal"_s);
    EXPECT_FALSE(file.contains("Zanzibarquux")) << "the case file still holds the deleted case";

    const auto listed = bin.entries();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().title, u"Zanzibarquux refund"_s);
    EXPECT_EQ(listed.first().uuid, uuid);
    EXPECT_EQ(listed.first().deletedAt, clock.nowMs());

    auto back = bin.restore(*store, listed.first());
    ASSERT_TRUE(back.ok()) << back.error().detail.toStdString();
    auto restored = store->caseById(*back);
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored->uuid, uuid) << "the case came back as another case";
    EXPECT_EQ(restored->description, u"Card 4929381726354018 charged twice by Quorvalent"_s);
    ASSERT_EQ(store->evidence(*back)->size(), 1);
    EXPECT_EQ(store->contacts(*back)->first().agentName, u"Agent Xylophonia"_s);
    EXPECT_TRUE(bin.entries().isEmpty());
    EXPECT_TRUE(QDir(bin.folder()).entryList(QDir::Files).isEmpty());
}

TEST_F(RecentlyDeletedTest, KeptForThirtyDaysThenGoneForGood)
{
    RecentlyDeleted bin(deletedRoot, casePath);
    ASSERT_TRUE(bin.deleteCase(*store, goneId, clock.nowMs()).ok());
    EXPECT_EQ(bin.purgeOlderThan(clock.nowMs() + 30 * kDay - 1), 0);
    EXPECT_EQ(bin.entries().size(), 1);
    EXPECT_EQ(bin.purgeOlderThan(clock.nowMs() + 30 * kDay + 1), 1);
    EXPECT_TRUE(bin.entries().isEmpty());
    EXPECT_TRUE(QDir(bin.folder()).entryList(QDir::Files).isEmpty());
}

TEST_F(RecentlyDeletedTest, NothingIsDeletedWhenTheCaseCannotBeKept)
{
    // A file where the folder should be: mkpath fails even for root.
    QFile blocker(deletedRoot);
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    RecentlyDeleted bin(deletedRoot, casePath);
    auto entry = bin.deleteCase(*store, goneId, clock.nowMs());
    ASSERT_FALSE(entry.ok());
    EXPECT_FALSE(entry.error().message.isEmpty());
    EXPECT_TRUE(store->caseById(goneId).ok()) << "the case was deleted without a copy kept";
}

TEST_F(RecentlyDeletedTest, DeletingEverywhereRemovesTheCaseFromEveryBackup)
{
    BackupManager backups(dir.file(u"backups"_s));
    ASSERT_TRUE(backups.backupNow(*store, clock.nowMs()).ok());
    clock.advance(kDay);
    ASSERT_TRUE(backups.backupNow(*store, clock.nowMs()).ok());
    for (const BackupInfo& b : backups.backupsFor(casePath))
        ASSERT_TRUE(fileBytes(b.path).contains("Zanzibarquux")) << "the test's backup lacks the case";

    const QString uuid = store->caseById(goneId)->uuid;
    ASSERT_TRUE(store->deleteCase(goneId).ok());
    const auto purged = backups.removeCaseFromBackups(casePath, uuid);
    EXPECT_EQ(purged.cleaned, 2);
    EXPECT_EQ(purged.failed, 0);
    for (const BackupSummary& b : backups.summariesFor(casePath)) {
        const QByteArray bytes = fileBytes(b.info.path);
        for (const QByteArray& word : {QByteArray("Zanzibarquux"), QByteArray("4929381726354018"),
                                      QByteArray("Xylophonia")})
            EXPECT_FALSE(bytes.contains(word)) << word.constData() << " is still in a backup";
        EXPECT_TRUE(bytes.contains("Walletville")) << "the other case went too";
        EXPECT_TRUE(b.opens);
        EXPECT_EQ(b.cases, 1);
        // Still a standalone file: no -wal beside it.
        EXPECT_FALSE(QFile::exists(b.info.path + u"-wal"_s));
    }
}

} // namespace
