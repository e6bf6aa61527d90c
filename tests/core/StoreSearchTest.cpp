// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Full-text search: Chinese of every length, Latin words, references, AND across terms, hostile
// query syntax, ranking, and the index following every change made through the store.
#include "store/CaseStore.h"
#include "store/SearchIndex.h"
#include "support/StoreTest.h"

#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

class StoreSearch : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;

        duplicate = add(u"支付宝重复扣款"_s, u"美团外卖订单被扣了两次，交易单号 2025031022001412345678"_s);
        refund = add(u"PayPal refund missing"_s, u"The merchant approved a Refund on 3 March."_s);
        frozen = add(u"微信支付账户被冻结"_s, u"没有任何解释，客服说等待审核。"_s);
    }

    qint64 add(const QString& title, const QString& description,
               const QString& family = u"transaction"_s)
    {
        CaseRecord r;
        r.title = title;
        r.description = description;
        r.family = family;
        auto id = store->createCase(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    // The ids found, sorted, so set comparisons read naturally.
    QList<qint64> ids(const QString& query)
    {
        auto hits = store->search(query);
        EXPECT_TRUE(hits.ok()) << query.toStdString() << ": "
                               << (hits.ok() ? std::string() : hits.error().detail.toStdString());
        QList<qint64> out;
        if (hits.ok()) {
            for (const SearchHit& h : *hits)
                out << h.caseId;
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    // The ids in the order search returned them.
    QList<qint64> ordered(const QString& query)
    {
        QList<qint64> out;
        if (auto hits = store->search(query); hits.ok()) {
            for (const SearchHit& h : *hits)
                out << h.caseId;
        }
        return out;
    }

    qint64 duplicate = 0;
    qint64 refund = 0;
    qint64 frozen = 0;
};

TEST(SearchGramText, SplitsCjkRunsIntoCharactersAndPairs)
{
    EXPECT_EQ(search::gramText(u"重复扣款").trimmed(), u"重 重复 复 复扣 扣 扣款 款"_s);
    EXPECT_EQ(search::gramText(u"PayPal退款ok").simplified(), u"PayPal 退 退款 款 ok"_s);
    EXPECT_EQ(search::gramText(u"扣，款").simplified(), u"扣 ， 款"_s); // no pair across punctuation
}

TEST_F(StoreSearch, ChineseOfEveryLength)
{
    EXPECT_EQ(ids(u"扣"_s), QList<qint64>({duplicate}));
    EXPECT_EQ(ids(u"扣款"_s), QList<qint64>({duplicate}));
    EXPECT_EQ(ids(u"重复扣款"_s), QList<qint64>({duplicate}));
    EXPECT_EQ(ids(u"冻结"_s), QList<qint64>({frozen}));
    EXPECT_EQ(ids(u"支付"_s), QList<qint64>({duplicate, frozen}));
    // A pair that only appears across a punctuation mark is not a match.
    EXPECT_TRUE(ids(u"释客"_s).isEmpty());
    EXPECT_TRUE(ids(u"款扣"_s).isEmpty());
    EXPECT_TRUE(ids(u"重复退款"_s).isEmpty());
}

TEST_F(StoreSearch, LatinWordsIgnoreCase)
{
    EXPECT_EQ(ids(u"refund"_s), QList<qint64>({refund}));
    EXPECT_EQ(ids(u"REFUND"_s), QList<qint64>({refund}));
    EXPECT_EQ(ids(u"paypal"_s), QList<qint64>({refund}));
    EXPECT_EQ(ids(u"pa"_s), QList<qint64>({refund})); // start of a word
    EXPECT_EQ(ids(u"erchan"_s), QList<qint64>({refund})); // inside a word
}

TEST_F(StoreSearch, ReferencesMatchAsSubstrings)
{
    EXPECT_EQ(ids(u"2025031022001412345678"_s), QList<qint64>({duplicate}));
    EXPECT_EQ(ids(u"22001412"_s), QList<qint64>({duplicate}));
    EXPECT_TRUE(ids(u"99999"_s).isEmpty());
}

TEST_F(StoreSearch, EveryTermMustMatch)
{
    EXPECT_EQ(ids(u"PayPal refund"_s), QList<qint64>({refund}));
    EXPECT_TRUE(ids(u"PayPal 扣款"_s).isEmpty());
    EXPECT_EQ(ids(u"支付宝 2025031022"_s), QList<qint64>({duplicate}));
    EXPECT_EQ(ids(u"美团外卖 扣款"_s), QList<qint64>({duplicate})); // trigram + short table
    EXPECT_EQ(ids(u"扣 两次"_s), QList<qint64>({duplicate}));
    EXPECT_TRUE(ids(u"冻结 扣款"_s).isEmpty());
    EXPECT_TRUE(ids(u"冻结 refund"_s).isEmpty());
    EXPECT_EQ(ids(u"\"refund missing\""_s), QList<qint64>({refund}));
    EXPECT_TRUE(ids(u"\"missing refund\""_s).isEmpty());
}

TEST_F(StoreSearch, NoMatchAndBlankQueries)
{
    EXPECT_TRUE(ids(u"Venmo"_s).isEmpty());
    EXPECT_TRUE(ids(u"鼠"_s).isEmpty());
    EXPECT_TRUE(ids(u""_s).isEmpty());
    EXPECT_TRUE(ids(u"   \t "_s).isEmpty());
}

TEST_F(StoreSearch, HostileSyntaxIsText)
{
    const qint64 odd = add(u"quote a\"b and (parens) OR NEAR(x) *star*"_s, u"-x ^caret"_s);
    for (const QString& q : {u"a\"b"_s, u"*"_s, u"-x"_s, u"NEAR("_s, u"OR"_s, u"AND"_s, u"NOT"_s,
                             u"^"_s, u"(parens)"_s, u"\""_s, u"\"\""_s, u"a:b"_s, u"'"_s,
                             u"title:x"_s, u"col*"_s, u"\"unclosed"_s, u"x\" OR \"y"_s}) {
        auto hits = store->search(q);
        EXPECT_TRUE(hits.ok()) << q.toStdString();
    }
    EXPECT_EQ(ids(u"a\"b"_s), QList<qint64>({odd}));
    EXPECT_EQ(ids(u"NEAR("_s), QList<qint64>({odd}));
    EXPECT_EQ(ids(u"(parens)"_s), QList<qint64>({odd}));
    EXPECT_EQ(ids(u"-x"_s), QList<qint64>({odd}));
    EXPECT_EQ(ids(u"OR"_s), QList<qint64>({odd})); // a word here, not an operator
    EXPECT_TRUE(ids(u"*"_s).isEmpty());
    // Operators in the query must not widen it: "refund OR 冻结" would otherwise find two.
    EXPECT_TRUE(ids(u"refund OR 冻结"_s).isEmpty());
    EXPECT_TRUE(ids(u"refund NOT"_s).isEmpty());
}

TEST_F(StoreSearch, TitleHitsRankFirstAndLimitHolds)
{
    const qint64 bodyOnly = add(u"Complaint about a wallet"_s, u"Venmo charged me twice"_s);
    const qint64 titleHit = add(u"Venmo charged twice"_s, u"See the statement"_s);
    auto hits = store->search(u"venmo"_s);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 2);
    EXPECT_EQ(hits->at(0).caseId, titleHit);
    EXPECT_EQ(hits->at(0).title, u"Venmo charged twice"_s);
    EXPECT_EQ(hits->at(1).caseId, bodyOnly);
    EXPECT_LT(hits->at(0).score, hits->at(1).score);

    const qint64 zhBody = add(u"投诉"_s, u"账户冻结"_s);
    auto zh = store->search(u"冻结"_s);
    ASSERT_TRUE(zh.ok());
    ASSERT_EQ(zh->size(), 2);
    EXPECT_EQ(zh->at(0).caseId, frozen);
    EXPECT_EQ(zh->at(0).title, u"微信支付账户被冻结"_s);
    EXPECT_EQ(zh->at(1).caseId, zhBody);

    auto one = store->search(u"venmo"_s, 1);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->size(), 1);
    EXPECT_EQ(one->at(0).caseId, titleHit);
}

TEST_F(StoreSearch, NewestFirstWithinEachTier)
{
    const qint64 oldTitle = add(u"Zelle payment failed"_s, u"old"_s);
    const qint64 oldBody = add(u"Bank transfer"_s, u"sent with Zelle"_s);
    const qint64 newTitle = add(u"Zelle refund missing"_s, u"new"_s);
    const qint64 newBody = add(u"Another transfer"_s, u"Zelle again"_s);
    EXPECT_EQ(ordered(u"zelle"_s), QList<qint64>({newTitle, oldTitle, newBody, oldBody}));
    // A page smaller than the title tier holds only title hits, newest first.
    auto two = store->search(u"zelle"_s, 2);
    ASSERT_TRUE(two.ok());
    ASSERT_EQ(two->size(), 2);
    EXPECT_EQ(two->at(0).caseId, newTitle);
    EXPECT_EQ(two->at(1).caseId, oldTitle);
    // Every term must be in the title for the first tier; mixed long and short terms too.
    EXPECT_EQ(ids(u"zelle 退款"_s), QList<qint64>());
    const qint64 mixed = add(u"Zelle 退款未到账"_s, u""_s);
    const qint64 mixedBody = add(u"Zelle transfer"_s, u"退款"_s);
    EXPECT_EQ(ordered(u"zelle 退款"_s), QList<qint64>({mixed, mixedBody}));
}

TEST_F(StoreSearch, FollowsEditsToEveryPart)
{
    Letter letter;
    letter.caseId = frozen;
    letter.subject = u"投诉信"_s;
    letter.body = u"请解除冻结"_s;
    auto letterId = store->addLetter(letter);
    ASSERT_TRUE(letterId.ok());
    EXPECT_EQ(ids(u"解除"_s), QList<qint64>({frozen}));
    letter.id = *letterId;
    letter.body = u"请尽快解冻账户 unfreeze"_s;
    ASSERT_TRUE(store->updateLetter(letter).ok());
    EXPECT_TRUE(ids(u"解除"_s).isEmpty());
    EXPECT_EQ(ids(u"unfreeze"_s), QList<qint64>({frozen}));

    Contact contact;
    contact.caseId = refund;
    contact.occurredAt = clock.nowMs();
    contact.agentName = u"Sarah"_s;
    contact.agentId = u"CS-4821"_s;
    contact.summary = u"promised a callback"_s;
    auto contactId = store->addContact(contact);
    ASSERT_TRUE(contactId.ok());
    EXPECT_EQ(ids(u"CS-4821"_s), QList<qint64>({refund}));
    EXPECT_EQ(ids(u"callback"_s), QList<qint64>({refund}));
    contact.id = *contactId;
    contact.summary = u"答应回电"_s;
    ASSERT_TRUE(store->updateContact(contact).ok());
    EXPECT_TRUE(ids(u"callback"_s).isEmpty());
    EXPECT_EQ(ids(u"回电"_s), QList<qint64>({refund}));

    Evidence evidence;
    evidence.caseId = duplicate;
    evidence.title = u"截图"_s;
    evidence.fileName = u"IMG_0042.png"_s;
    auto evidenceId = store->addEvidence(evidence, QByteArray("png bytes"));
    ASSERT_TRUE(evidenceId.ok());
    EXPECT_EQ(ids(u"IMG_0042"_s), QList<qint64>({duplicate}));
    auto stored = store->evidenceById(*evidenceId);
    ASSERT_TRUE(stored.ok());
    stored->note = u"银行短信显示两笔"_s;
    ASSERT_TRUE(store->updateEvidence(*stored).ok());
    EXPECT_EQ(ids(u"短信"_s), QList<qint64>({duplicate}));
    ASSERT_TRUE(store->removeEvidence(*evidenceId).ok());
    EXPECT_TRUE(ids(u"短信"_s).isEmpty());

    TransactionRecord tx;
    tx.caseId = frozen;
    tx.counterparty = u"Starbucks"_s;
    tx.reference = u"4200001234567"_s;
    auto txId = store->addTransaction(tx);
    ASSERT_TRUE(txId.ok());
    EXPECT_EQ(ids(u"00123456"_s), QList<qint64>({frozen}));
    tx.id = *txId;
    tx.reference = u"T-88-ZZ"_s;
    ASSERT_TRUE(store->updateTransaction(tx).ok());
    EXPECT_TRUE(ids(u"00123456"_s).isEmpty());
    EXPECT_EQ(ids(u"T-88-ZZ"_s), QList<qint64>({frozen}));

    auto record = store->caseById(refund);
    ASSERT_TRUE(record.ok());
    record->title = u"PayPal 退款未到账"_s;
    record->references = {u"8AB12345CD"_s};
    ASSERT_TRUE(store->updateCase(*record).ok());
    EXPECT_EQ(ids(u"退款"_s), QList<qint64>({refund}));
    EXPECT_EQ(ids(u"8AB12345CD"_s), QList<qint64>({refund}));
    EXPECT_TRUE(ids(u"missing"_s).isEmpty());
}

TEST_F(StoreSearch, DeletedCaseDisappears)
{
    ASSERT_EQ(ids(u"扣款"_s), QList<qint64>({duplicate}));
    ASSERT_TRUE(store->deleteCase(duplicate).ok());
    EXPECT_TRUE(ids(u"扣款"_s).isEmpty());
    EXPECT_TRUE(ids(u"重复扣款"_s).isEmpty());
    EXPECT_EQ(*store->database().queryInt(u"SELECT count(*) FROM case_fts"_s), 2);
    EXPECT_EQ(*store->database().queryInt(u"SELECT count(*) FROM case_fts_short"_s), 2);
}

TEST_F(StoreSearch, UnchangedTextIsNotRewritten)
{
    // A reminder changes no searchable text, so the index rows stay as they were.
    // FTS5's structure record (id 10) changes with every write to the index.
    auto structure = [&] {
        auto stmt = store->database().prepare(u"SELECT block FROM case_fts_data WHERE id = 10"_s);
        EXPECT_TRUE(stmt.ok() && stmt->step().ok());
        return stmt.ok() ? stmt->blob(0) : QByteArray();
    };
    const QByteArray before = structure();
    ASSERT_FALSE(before.isEmpty());
    Reminder reminder;
    reminder.caseId = frozen;
    reminder.dueAt = clock.nowMs() + 1000;
    ASSERT_TRUE(store->addReminder(reminder).ok());
    EXPECT_EQ(structure(), before);
    auto record = store->caseById(frozen);
    ASSERT_TRUE(record.ok());
    record->description += u" 补充"_s;
    ASSERT_TRUE(store->updateCase(*record).ok());
    EXPECT_NE(structure(), before);
    EXPECT_EQ(ids(u"冻结"_s), QList<qint64>({frozen}));
}

} // namespace

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Issue 14 §4: after a case is deleted, its words are not in the case file any more — neither
// in the tables nor in the full-text index's segments nor in the write-ahead log.
TEST_F(StoreSearch, ADeletedCaseLeavesNoWordsInTheFile)
{
    wc::core::CaseRecord keep;
    keep.title = u"Kept complaint about Walletville"_s;
    keep.family = u"service"_s;
    ASSERT_TRUE(store->createCase(keep).ok());
    wc::core::CaseRecord gone;
    gone.title = u"Zanzibarquux refund"_s;
    gone.family = u"transaction"_s;
    gone.description = u"Card 4929381726354018 charged twice by Quorvalent"_s;
    const auto id = store->createCase(gone);
    ASSERT_TRUE(id.ok());
    // More writes so the index has several segments, as a real file has.
    for (int i = 0; i < 20; ++i) {
        wc::core::CaseRecord other;
        other.title = u"Filler case %1"_s.arg(i);
        other.family = u"service"_s;
        ASSERT_TRUE(store->createCase(other).ok());
    }
    ASSERT_TRUE(store->deleteCase(*id).ok());
    ASSERT_TRUE(store->search(u"Zanzibarquux"_s)->isEmpty());

    const QString path = dir.file(u"cases.wcase"_s);
    QByteArray bytes = fileBytes(path) + fileBytes(path + u"-wal"_s);
    for (const QByteArray& word : {QByteArray("Zanzibarquux"), QByteArray("4929381726354018"),
                                  QByteArray("Quorvalent")})
        EXPECT_FALSE(bytes.contains(word)) << word.constData() << " is still in the file";
    EXPECT_TRUE(bytes.contains("Walletville")) << "the test reads the wrong file";
}

} // namespace
