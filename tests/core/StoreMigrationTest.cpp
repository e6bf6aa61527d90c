// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Schema migrations: one transaction, a copy of the old file first, and nothing changed on failure.
#include "store/CaseStore.h"
#include "support/StoreFiles.h"
#include "support/TempDir.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <time.h>

using namespace wc::core;
using namespace wc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// A test-only next version: adds a column and a table and fills both from the existing data.
Result<void> toNextVersion(sqlite::Database& db)
{
    return db.exec(u"ALTER TABLE contacts ADD COLUMN summary_chars INTEGER NOT NULL DEFAULT 0;"
                   "UPDATE contacts SET summary_chars = length(summary);"
                   "CREATE TABLE case_labels ("
                   "    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
                   "    label   TEXT NOT NULL);"
                   "INSERT INTO case_labels (case_id, label) SELECT id, family || ':' || title "
                   "FROM cases;"_s);
}

// Does real work, then fails: everything it did must vanish.
Result<void> failingStep(sqlite::Database& db)
{
    WC_TRY(db.exec(u"CREATE TABLE half_done (x INTEGER);"
                   "UPDATE cases SET title = 'overwritten';"
                   "DELETE FROM contacts;"_s));
    return Error{ErrorCode::Internal, u"The test step failed."_s, u"failing step"_s};
}

const schema::Migration& realVersion1() { return schema::migrations().front(); }

// The real schema history with test-only steps after it. Old files are written through the
// current store, whose rows carry every column of the current version, so the upgrades these
// tests make start from the current version.
std::vector<schema::Migration> withSteps(std::vector<schema::Migration> extra)
{
    std::vector<schema::Migration> steps = schema::migrations();
    steps.insert(steps.end(), extra.begin(), extra.end());
    return steps;
}

const int Current = schema::currentVersion();

class StoreMigration : public ::testing::Test
{
protected:
    CaseStore::OpenOptions options(const std::vector<schema::Migration>& steps, bool create = false)
    {
        CaseStore::OpenOptions o;
        o.createIfMissing = create;
        o.clock = &clock;
        o.migrations = &steps;
        return o;
    }

    // A closed case file of the current version with a few cases.
    void makeOldFile()
    {
        auto store = CaseStore::open(path, options(currentSteps, true));
        ASSERT_TRUE(store.ok()) << store.error().detail.toStdString();
        fillStore(**store, 3);
    }

    qint64 queryInt(CaseStore& store, const QString& sql)
    {
        auto value = store.database().queryInt(sql);
        EXPECT_TRUE(value.ok()) << value.error().detail.toStdString();
        return value.ok() ? *value : -1;
    }

    // Titles, contact summaries and event hashes, in id order: the data a migration must keep.
    QString content(CaseStore& store)
    {
        QString out;
        auto stmt = store.database().prepare(
            u"SELECT title FROM cases UNION ALL SELECT summary FROM contacts "
            "UNION ALL SELECT hash FROM events UNION ALL SELECT blob_sha256 FROM evidence"_s);
        EXPECT_TRUE(stmt.ok());
        while (stmt.ok() && stmt->step().value())
            out += stmt->text(0) + u'\n';
        return out;
    }

    TempDir dir;
    QString path = dir.file(u"cases.wcase"_s);
    FakeClock clock{1'760'000'000'000};
    const std::vector<schema::Migration> currentSteps = schema::migrations();
    const std::vector<schema::Migration> nextSteps = withSteps({{Current + 1, &toNextVersion}});
};

TEST_F(StoreMigration, UpgradesToTheNextVersionAndKeepsACopyOfTheOld)
{
    makeOldFile();
    QString before;
    {
        auto store = CaseStore::open(path, options(currentSteps));
        ASSERT_TRUE(store.ok());
        before = content(**store);
    }

    QString copy;
    {
        auto opened = CaseStore::open(path, options(nextSteps));
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        CaseStore& store = **opened;
        EXPECT_EQ(store.schemaVersion(), Current + 1);
        EXPECT_EQ(queryInt(store, u"PRAGMA user_version"_s), Current + 1);
        EXPECT_EQ(queryInt(store, u"PRAGMA application_id"_s), schema::ApplicationId);
        EXPECT_EQ(queryInt(store, u"SELECT count(*) FROM case_labels WHERE label = 'transaction:'"
                                  " || (SELECT title FROM cases WHERE id = case_id)"_s),
                  3);
        EXPECT_EQ(queryInt(store, u"SELECT count(*) FROM contacts WHERE summary_chars = "
                                  "length(summary) AND summary_chars > 0"_s),
                  3);
        EXPECT_EQ(content(store), before);
        EXPECT_TRUE(store.checkIntegrity()->isEmpty());
        copy = store.preMigrationCopy();
    }

    ASSERT_FALSE(copy.isEmpty());
    EXPECT_EQ(QFileInfo(copy).absolutePath(), QFileInfo(path).absolutePath());
    struct stat st {};
    ASSERT_EQ(::stat(QFile::encodeName(copy).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    auto old = CaseStore::open(copy, options(currentSteps));
    ASSERT_TRUE(old.ok()) << old.error().detail.toStdString();
    EXPECT_EQ(queryInt(**old, u"PRAGMA user_version"_s), Current);
    EXPECT_EQ(queryInt(**old, u"SELECT count(*) FROM sqlite_schema WHERE name = 'case_labels'"_s),
              0);
    EXPECT_EQ(content(**old), before);
    EXPECT_TRUE((*old)->checkIntegrity()->isEmpty());
}

TEST_F(StoreMigration, FailedStepLeavesFileExactlyAsItWas)
{
    makeOldFile();
    const std::vector<schema::Migration> failingAt2 = withSteps({{Current + 1, &failingStep}});
    // The next version succeeds on its own; only together with the one after does the upgrade
    // fail, so this shows that all steps commit together or not at all.
    const std::vector<schema::Migration> failingAt3 =
        withSteps({{Current + 1, &toNextVersion}, {Current + 2, &failingStep}});
    for (const auto* steps : {&failingAt2, &failingAt3}) {
        SCOPED_TRACE(steps->size());
        const FolderState before(dir.path());
        auto opened = CaseStore::open(path, options(*steps));
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(int(opened.error().code), int(ErrorCode::MigrationFailed));
        EXPECT_TRUE(opened.error().message.contains(u"has not been changed"_s));
        // Byte for byte, and the pre-migration copy is gone again.
        expectUnchanged(before, dir.path());
    }

    auto store = CaseStore::open(path, options(currentSteps));
    ASSERT_TRUE(store.ok());
    EXPECT_EQ(queryInt(**store, u"PRAGMA user_version"_s), Current);
    EXPECT_EQ(*(*store)->caseCount(), 3);
    EXPECT_EQ(queryInt(**store, u"SELECT count(*) FROM contacts"_s), 3);
}

TEST_F(StoreMigration, NewFileIsCreatedFromVersion0)
{
    for (const auto* steps : {&currentSteps, &nextSteps}) {
        const QString fresh = dir.file(u"fresh-%1.wcase"_s.arg(steps->size()));
        {
            auto opened = CaseStore::open(fresh, options(*steps, true));
            ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
            CaseStore& store = **opened;
            EXPECT_EQ(store.schemaVersion(), int(steps->size()));
            EXPECT_EQ(queryInt(store, u"PRAGMA user_version"_s), qint64(steps->size()));
            EXPECT_EQ(queryInt(store, u"PRAGMA application_id"_s), schema::ApplicationId);
            EXPECT_TRUE(store.preMigrationCopy().isEmpty());
            CaseRecord record;
            record.title = u"新案件"_s;
            record.family = u"service"_s;
            EXPECT_TRUE(store.createCase(record).ok());
        }
        EXPECT_EQ(FolderState(dir.path()).names(), QStringList{QFileInfo(fresh).fileName()});
        QFile::remove(fresh);
    }
}

// tests/data/casefile-v1.wcase, made by support/MakeFixtureV1.cpp, opened with the schema
// history of this build: every later version must still read it completely.
TEST_F(StoreMigration, Version1FixtureOpensWithCurrentSchema)
{
    const QString fixture = QStringLiteral(WC_TEST_DATA_DIR) + u"/casefile-v1.wcase"_s;
    ASSERT_TRUE(QFile::copy(fixture, path)) << "missing " << fixture.toStdString();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    auto opened = CaseStore::open(path, CaseStore::OpenOptions{.clock = &clock});
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    CaseStore& store = **opened;
    EXPECT_EQ(store.schemaVersion(), schema::currentVersion());
    EXPECT_EQ(store.preMigrationCopy().isEmpty(), schema::currentVersion() == 1);
    EXPECT_TRUE(store.checkIntegrity()->isEmpty());

    EXPECT_EQ(store.profile()->name, u"张三"_s);
    ASSERT_EQ(*store.caseCount(), 2);

    auto charge = store.caseById(1);
    ASSERT_TRUE(charge.ok());
    EXPECT_EQ(charge->title, u"支付宝重复扣款"_s);
    EXPECT_EQ(charge->status, u"sent"_s);
    EXPECT_EQ(charge->amountMinor, 12'800);
    EXPECT_EQ(charge->references, QStringList{u"2025123122001"_s});
    auto chargeEvidence = store.evidence(1);
    ASSERT_EQ(chargeEvidence->size(), 1);
    const QByteArray png("\x89PNG\r\n\x1a\nfixture evidence one");
    EXPECT_EQ(*store.blobData(chargeEvidence->first().sha256), png);
    EXPECT_EQ(chargeEvidence->first().sha256,
              QString::fromLatin1(
                  QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    ASSERT_EQ(store.contacts(1)->size(), 1);
    EXPECT_EQ(store.contacts(1)->first().agentId, u"95188-0123"_s);
    EXPECT_EQ(store.contacts(1)->first().summary, u"客服确认重复扣款，承诺3个工作日内退回"_s);

    auto frozen = store.caseById(2);
    ASSERT_TRUE(frozen.ok());
    EXPECT_EQ(frozen->title, u"微信支付账户被冻结"_s);
    EXPECT_EQ(frozen->family, u"security"_s);
    auto chat = store.evidence(2);
    ASSERT_EQ(chat->size(), 1);
    EXPECT_EQ(QString::fromUtf8(*store.blobData(chat->first().sha256)),
              u"客服：您的账户存在风险，已临时冻结。"_s);
    EXPECT_EQ(chat->first().fileName, u"聊天记录.txt"_s);
    EXPECT_EQ(store.contacts(2)->size(), 2);
    ASSERT_EQ(store.letters(2)->size(), 1);
    EXPECT_EQ(store.letters(2)->first().subject, u"关于账户冻结的投诉"_s);

    // The chronology survives with its hash chain intact.
    const QStringList chargeKinds{u"case.created"_s, u"evidence.added"_s, u"contact.logged"_s,
                                  u"case.status"_s};
    const QStringList frozenKinds{u"case.created"_s, u"evidence.added"_s, u"contact.logged"_s,
                                  u"contact.logged"_s, u"letter.created"_s};
    for (const auto& [caseId, kinds] : {std::pair{1, chargeKinds}, std::pair{2, frozenKinds}}) {
        SCOPED_TRACE(caseId);
        auto events = store.events(caseId);
        ASSERT_TRUE(events.ok());
        QStringList actual;
        for (const CaseEvent& event : *events)
            actual << event.kind;
        // A later version may append events of its own (an upgrade note), never lose these.
        EXPECT_EQ(actual.mid(0, kinds.size()), kinds);
        auto check = store.verifyEvents(caseId);
        ASSERT_TRUE(check.ok());
        EXPECT_TRUE(check->intact);
        EXPECT_GE(check->eventCount, kinds.size());
    }
}

// The real version 2: transactions get a direction. Version 1 knew only payments, so every row
// it stored reads back as one; refunds are kept as such from then on.
TEST_F(StoreMigration, Version2GivesEveryTransactionADirection)
{
    qint64 caseId = 0;
    {
        const std::vector<schema::Migration> realV1{realVersion1()};
        auto store = CaseStore::open(path, options(realV1, true));
        ASSERT_TRUE(store.ok()) << store.error().detail.toStdString();
        // As version 1 wrote them: its columns only.
        ASSERT_TRUE((*store)
                        ->database()
                        .exec(u"INSERT INTO cases (uuid, title, family, created_at, updated_at) "
                              "VALUES ('2f1c0a4e-0000-4000-8000-000000000001', '重复扣款', "
                              "'transaction', 1760000000000, 1760000000000)"_s)
                        .ok());
        caseId = (*store)->database().lastInsertRowId();
        ASSERT_TRUE((*store)
                        ->database()
                        .exec(u"INSERT INTO transactions (case_id, occurred_at, counterparty, "
                              "amount_minor, currency, reference, source) VALUES (%1, "
                              "1760000000000, '美团', 2816, 'CNY', 'R1', 'alipay')"_s
                                  .arg(caseId))
                        .ok());
    }

    auto opened = CaseStore::open(path, options(schema::migrations()));
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    CaseStore& store = **opened;
    EXPECT_GE(store.schemaVersion(), 2);
    EXPECT_FALSE(store.preMigrationCopy().isEmpty());
    auto before = store.transactions(caseId);
    ASSERT_TRUE(before.ok());
    ASSERT_EQ(before->size(), 1);
    EXPECT_EQ(before->first().counterparty, u"美团"_s);
    EXPECT_EQ(before->first().amountMinor, 2816);
    EXPECT_EQ(before->first().direction, u"out"_s);

    TransactionRecord refund = before->first();
    refund.id = 0;
    refund.reference = u"R2"_s;
    refund.direction = u"in"_s;
    auto added = store.addTransaction(refund);
    ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
    TransactionRecord edited = before->first();
    edited.direction = u"neutral"_s;
    ASSERT_TRUE(store.updateTransaction(edited).ok());
    auto after = store.transactions(caseId);
    ASSERT_EQ(after->size(), 2);
    EXPECT_EQ(after->at(0).direction, u"neutral"_s);
    EXPECT_EQ(after->at(1).direction, u"in"_s);
    EXPECT_EQ(after->at(1).reference, u"R2"_s);

    // A direction the file does not know is refused, and nothing is stored.
    TransactionRecord odd = refund;
    odd.direction = u"sideways"_s;
    EXPECT_FALSE(store.addTransaction(odd).ok());
    EXPECT_EQ(store.transactions(caseId)->size(), 2);
    EXPECT_TRUE(store.checkIntegrity()->isEmpty());
}

// Version 6: a day picked without a time had been stored as that day's 00:00 in the case's zone
// and written in letters as a time. Such incidents become days without a time; real times, and
// contacts (whose false times cannot be told from real ones), stay as they were.
TEST_F(StoreMigration, Version6TakesAnIncidentAtMidnightAsADayWithoutATime)
{
    {
        const std::vector<schema::Migration> v5(schema::migrations().begin(),
                                                schema::migrations().begin() + 5);
        auto store = CaseStore::open(path, options(v5, true));
        ASSERT_TRUE(store.ok()) << store.error().detail.toStdString();
        ASSERT_EQ((*store)->schemaVersion(), 5);
        // 2026-11-28 00:00 and 14:32 in Shanghai (UTC+8), and 00:00 in Los Angeles (UTC-8).
        ASSERT_TRUE((*store)
                        ->database()
                        .exec(u"INSERT INTO cases (uuid, title, family, incident_at, time_zone, "
                              "created_at, updated_at) VALUES "
                              "('6f1c0a4e-0000-4000-8000-000000000001', 'day', 'transaction', "
                              "1795795200000, 'Asia/Shanghai', 1, 1),"
                              "('6f1c0a4e-0000-4000-8000-000000000002', 'time', 'transaction', "
                              "1795847520000, 'Asia/Shanghai', 1, 1),"
                              "('6f1c0a4e-0000-4000-8000-000000000003', 'us day', 'security', "
                              "1795852800000, 'America/Los_Angeles', 1, 1),"
                              "('6f1c0a4e-0000-4000-8000-000000000004', 'none', 'service', "
                              "NULL, 'Asia/Shanghai', 1, 1);"
                              "INSERT INTO contacts (case_id, occurred_at, channel) VALUES "
                              "(1, 1795795200000, 'hotline');"_s)
                        .ok());
    }
    auto opened = CaseStore::open(path, options(schema::migrations()));
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    CaseStore& store = **opened;
    EXPECT_GE(store.schemaVersion(), 6);
    EXPECT_FALSE(store.caseById(1)->incidentTimeKnown);
    EXPECT_EQ(store.caseById(1)->incidentAt, 1795795200000);
    EXPECT_TRUE(store.caseById(2)->incidentTimeKnown);
    EXPECT_FALSE(store.caseById(3)->incidentTimeKnown);
    EXPECT_TRUE(store.caseById(4)->incidentTimeKnown);
    EXPECT_TRUE(store.contacts(1)->first().timeKnown);
    EXPECT_TRUE(store.checkIntegrity()->isEmpty());

    // From now on the user's word is kept, and a change is a recorded edit.
    CaseRecord timed = *store.caseById(1);
    timed.incidentTimeKnown = true;
    ASSERT_TRUE(store.updateCase(timed).ok());
    EXPECT_TRUE(store.caseById(1)->incidentTimeKnown);
    EXPECT_TRUE(store.events(1)->last().payload.contains(u"incident_at"_s));
    Contact day = store.contacts(1)->first();
    day.timeKnown = false;
    ASSERT_TRUE(store.updateContact(day).ok());
    EXPECT_FALSE(store.contacts(1)->first().timeKnown);
}

} // namespace

namespace {

// Sets the process's time zone for one test (as a user's computer would be set) and puts the
// old one back afterwards.
class ScopedTz
{
public:
    explicit ScopedTz(const QByteArray& zone) : m_had(qEnvironmentVariableIsSet("TZ")),
                                                m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ScopedTz()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    bool m_had;
    QByteArray m_old;
};

// tests/data/casefile-v2.wcase, made by support/MakeFixtureV2.cpp: four cases, of a Chinese
// wallet, a US wallet, a provider the user added (no region) and one typed by name. Upgraded,
// each gets the zone of its provider's region; the rest the computer's.
TEST_F(StoreMigration, Version2FixtureGetsEachCaseItsProvidersTimeZone)
{
    const QString fixture = QStringLiteral(WC_TEST_DATA_DIR) + u"/casefile-v2.wcase"_s;
    for (const auto& [computer, us] : {std::pair{QByteArray("America/Chicago"),
                                                 u"America/Chicago"_s},
                                       std::pair{QByteArray("Europe/Berlin"),
                                                 u"America/New_York"_s}}) {
        SCOPED_TRACE(computer.constData());
        const ScopedTz tz(computer);
        QFile::remove(path);
        ASSERT_TRUE(QFile::copy(fixture, path)) << "missing " << fixture.toStdString();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = CaseStore::open(path, CaseStore::OpenOptions{.clock = &clock});
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        CaseStore& store = **opened;
        EXPECT_GE(store.schemaVersion(), 3);
        EXPECT_FALSE(store.preMigrationCopy().isEmpty());
        EXPECT_TRUE(store.checkIntegrity()->isEmpty());
        ASSERT_EQ(*store.caseCount(), 4);
        EXPECT_EQ(store.caseById(1)->timeZone, u"Asia/Shanghai"_s);
        EXPECT_EQ(store.caseById(2)->timeZone, us);
        EXPECT_EQ(store.caseById(3)->timeZone, QString::fromLatin1(computer));
        EXPECT_EQ(store.caseById(4)->timeZone, QString::fromLatin1(computer));
        // Nothing else moved: the instants, the refund, the history.
        EXPECT_EQ(store.caseById(1)->incidentAt, 1'767'191'520'000);
        EXPECT_EQ(store.caseById(1)->title, u"支付宝重复扣款"_s);
        ASSERT_EQ(store.transactions(1)->size(), 1);
        EXPECT_EQ(store.transactions(1)->first().direction, u"in"_s);
        EXPECT_EQ(store.transactions(1)->first().occurredAt, 1'767'191'520'000);
        for (qint64 id = 1; id <= 4; ++id)
            EXPECT_TRUE(store.verifyEvents(id)->intact);

        // From now on the zone is the user's to change, and a change is one recorded edit.
        CaseRecord moved = *store.caseById(1);
        moved.timeZone = u"Asia/Hong_Kong"_s;
        ASSERT_TRUE(store.updateCase(moved).ok());
        EXPECT_EQ(store.caseById(1)->timeZone, u"Asia/Hong_Kong"_s);
        EXPECT_EQ(store.caseById(1)->incidentAt, 1'767'191'520'000);
        EXPECT_EQ(store.events(1)->last().kind, u"case.updated"_s);
        EXPECT_TRUE(store.events(1)->last().payload.contains(u"time_zone"_s));
        moved.timeZone = u"Not/A_Zone"_s;
        EXPECT_FALSE(store.updateCase(moved).ok());
    }
}

// A case made now gets its provider's zone at once; one the caller gave a zone keeps it.
TEST_F(StoreMigration, NewCasesGetTheirProvidersTimeZone)
{
    const ScopedTz tz("Europe/London");
    auto opened = CaseStore::open(path, options(schema::migrations(), true));
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    CaseStore& store = **opened;
    CaseRecord record;
    record.title = u"Venmo"_s;
    record.family = u"security"_s;
    record.providerKey = u"venmo"_s;
    EXPECT_EQ(store.caseById(*store.createCase(record))->timeZone, u"America/New_York"_s);
    record.providerKey = u"wechat_pay"_s;
    EXPECT_EQ(store.caseById(*store.createCase(record))->timeZone, u"Asia/Shanghai"_s);
    record.providerKey.clear();
    EXPECT_EQ(store.caseById(*store.createCase(record))->timeZone, u"Europe/London"_s);
    record.timeZone = u"America/Denver"_s;
    EXPECT_EQ(store.caseById(*store.createCase(record))->timeZone, u"America/Denver"_s);
}

} // namespace
