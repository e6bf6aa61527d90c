// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// `check` (CaseStore::checkIntegrity) finds a damaged structure: a missing table or column, a
// changed column, a trigger WalletCase did not make, a broken search index (issue 14 §3).
#include "store/CaseStore.h"
#include "support/StoreTest.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

class StoreCheck : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        for (int i = 0; i < 30; ++i) {
            CaseRecord record;
            record.title = u"Case number %1 about a refund"_s.arg(i);
            record.family = u"transaction"_s;
            ASSERT_TRUE(store->createCase(record).ok());
        }
        ASSERT_TRUE(store->checkIntegrity()->isEmpty()) << "a fresh file must pass";
    }

    QString problems()
    {
        auto found = store->checkIntegrity();
        EXPECT_TRUE(found.ok()) << "check failed instead of reporting: "
                                << found.error().detail.toStdString();
        return found.ok() ? found->join(u'\n') : QString();
    }

    Result<void> exec(const QString& sql) { return store->database().exec(sql); }
};

TEST_F(StoreCheck, AMissingTableIsNamed)
{
    ASSERT_TRUE(exec(u"DROP TABLE reminders"_s).ok());
    EXPECT_TRUE(problems().contains(u"The table “reminders” is missing"_s)) << problems().toStdString();
}

TEST_F(StoreCheck, AMissingOrChangedColumnIsNamed)
{
    ASSERT_TRUE(exec(u"ALTER TABLE letters DROP COLUMN reply_by"_s).ok());
    EXPECT_TRUE(problems().contains(u"The column “reply_by” of the table “letters” is missing"_s))
        << problems().toStdString();

    // A column whose declared type was rewritten (as a hostile tool could).
    ASSERT_TRUE(exec(u"PRAGMA writable_schema = ON"_s).ok());
    ASSERT_TRUE(exec(u"UPDATE sqlite_schema SET sql = replace(sql, 'amount_minor     INTEGER', "
                     u"'amount_minor     TEXT') WHERE name = 'cases'"_s)
                    .ok());
    ASSERT_TRUE(exec(u"PRAGMA writable_schema = OFF"_s).ok());
    store.reset();
    CaseStore::OpenOptions options;
    options.clock = &clock;
    auto reopened = CaseStore::open(dir.file(u"cases.wcase"_s), options);
    ASSERT_TRUE(reopened.ok()) << reopened.error().detail.toStdString();
    store = std::move(*reopened);
    EXPECT_TRUE(problems().contains(
        u"The column “amount_minor” of the table “cases” has been changed (TEXT instead of INTEGER)"_s))
        << problems().toStdString();
}

TEST_F(StoreCheck, ATriggerWalletCaseDidNotMakeIsReported)
{
    ASSERT_TRUE(exec(u"CREATE TRIGGER quietly_change AFTER INSERT ON contacts BEGIN "
                     u"UPDATE contacts SET promise = '' WHERE id = new.id; END"_s)
                    .ok());
    EXPECT_TRUE(problems().contains(u"trigger “quietly_change” that WalletCase did not make"_s))
        << problems().toStdString();
}

TEST_F(StoreCheck, ADamagedSearchIndexIsReported)
{
    // Index segments gone while the documents stay: SQLite's own check cannot see it.
    ASSERT_TRUE(exec(u"DELETE FROM case_fts_data WHERE id > 10"_s).ok());
    EXPECT_TRUE(problems().contains(u"The search index “case_fts” is damaged"_s))
        << problems().toStdString();
}

} // namespace

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

// A file as a crash leaves it: the database and its write-ahead log, copied while open, with
// the cases added after the last checkpoint only in the log.
class WalDamage : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        ASSERT_TRUE(store->database().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        for (int i = 0; i < 6; ++i) {
            CaseRecord record;
            record.title = u"Logged case %1"_s.arg(i);
            record.family = u"service"_s;
            ASSERT_TRUE(store->createCase(record).ok());
        }
        crashed = dir.file(u"crashed.wcase"_s);
        writeAll(crashed, readAll(dir.file(u"cases.wcase"_s)));
        wal = readAll(dir.file(u"cases.wcase-wal"_s));
        ASSERT_GT(wal.size(), 32 + 4096) << "the changes are not in the log";
    }

    std::unique_ptr<CaseStore> openCrashed()
    {
        auto opened = CaseStore::open(crashed);
        EXPECT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        return opened.ok() ? std::move(*opened) : nullptr;
    }

    QString crashed;
    QByteArray wal;
};

TEST_F(WalDamage, AnIntactLogIsRecoveredWithoutAWord)
{
    writeAll(crashed + u"-wal"_s, wal);
    auto opened = openCrashed();
    ASSERT_TRUE(opened);
    EXPECT_TRUE(opened->openWarning().isEmpty()) << opened->openWarning().toStdString();
    EXPECT_EQ(*opened->caseCount(), 6);
}

TEST_F(WalDamage, ChangesLostAfterADamagedFrameAreReportedAndTheLogIsKept)
{
    // One flipped byte in the page data of a frame well inside the log.
    QByteArray damaged = wal;
    const qsizetype at = damaged.size() / 2;
    damaged[at] = char(damaged[at] ^ 0x5a);
    writeAll(crashed + u"-wal"_s, damaged);

    auto opened = openCrashed();
    ASSERT_TRUE(opened);
    EXPECT_LT(*opened->caseCount(), 6) << "the test did not damage a frame SQLite needed";
    const QString warning = opened->openWarning();
    EXPECT_TRUE(warning.contains(u"could not be read back"_s)) << warning.toStdString();
    const QStringList kept = QDir(dir.path()).entryList({u"crashed.wcase-wal.damaged-*"_s});
    ASSERT_EQ(kept.size(), 1) << "no copy of the damaged log was kept";
    EXPECT_EQ(readAll(dir.file(kept.first())), damaged);
    // `check` reports it as a problem.
    EXPECT_TRUE(opened->checkIntegrity()->join(u' ').contains(u"could not be read back"_s));
}

} // namespace

namespace {

// Issue 14 §5: text a case cannot sensibly hold is refused with a message naming the field,
// from any writer (window, command line, bundle), and nothing is written.
class TextLimitsTest : public wc::test::StoreTest
{
};

TEST_F(TextLimitsTest, AnOversizedFieldIsRefusedByName)
{
    CaseRecord record;
    record.family = u"transaction"_s;
    record.title = QString(1'001, u'长');
    auto created = store->createCase(record);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(int(created.error().code), int(ErrorCode::InvalidArgument));
    EXPECT_TRUE(created.error().message.contains(u"case title is too long"_s))
        << created.error().message.toStdString();
    EXPECT_EQ(*store->caseCount(), 0);

    record.title = QString(1'000, u'长'); // at the limit: kept
    auto id = store->createCase(record);
    ASSERT_TRUE(id.ok());

    Letter letter;
    letter.caseId = *id;
    letter.body = QString(200'001, u'x');
    auto added = store->addLetter(letter);
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(added.error().message.contains(u"letter is too long"_s));
    EXPECT_TRUE(store->letters(*id)->isEmpty());

    Contact contact;
    contact.caseId = *id;
    contact.channel = u"hotline"_s;
    contact.direction = u"outgoing"_s;
    contact.summary = QString(200'001, u'x');
    EXPECT_FALSE(store->addContact(contact).ok());
}

TEST_F(TextLimitsTest, ABundleWithAHugeTitleIsRefusedWhole)
{
    CaseSnapshot snapshot;
    snapshot.record.family = u"service"_s;
    snapshot.record.title = QString(5'000'000, u'A');
    auto imported = store->importSnapshot(snapshot, [](const QString&) { return QByteArray(); });
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().message.contains(u"case title is too long"_s));
    EXPECT_EQ(*store->caseCount(), 0);
}

} // namespace
