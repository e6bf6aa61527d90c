// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Why a case matched a search: the part that holds the terms and an excerpt with them marked.
#include "store/CaseStore.h"
#include "store/SearchIndex.h"
#include "support/StoreTest.h"

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

class SearchMatchTest : public wc::test::StoreTest
{
protected:
    qint64 addCase(const QString& title, const QString& description = {})
    {
        CaseRecord r;
        r.title = title;
        r.description = description;
        r.family = u"transaction"_s;
        auto id = store->createCase(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    // The marked words of a match, in order.
    static QStringList marked(const SearchMatch& m)
    {
        QStringList out;
        for (const auto& [start, length] : m.marks)
            out << m.excerpt.mid(start, length);
        return out;
    }
};

TEST_F(SearchMatchTest, SaysTheLetterHoldsAWordOnlyInALetter)
{
    const qint64 id = addCase(u"Venmo payment"_s, u"Paid a friend."_s);
    Letter letter;
    letter.caseId = id;
    letter.subject = u"Complaint"_s;
    letter.body = u"Dear team,\n\nOn 3 March I was charged twice for the same order. Please "
                  u"reverse the second charge."_s;
    ASSERT_TRUE(store->addLetter(letter).ok());

    auto hits = store->search(u"twice"_s);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    auto matches = store->searchMatches(u"twice"_s, {id});
    ASSERT_TRUE(matches.ok()) << matches.error().detail.toStdString();
    ASSERT_TRUE(matches->contains(id));
    const SearchMatch m = matches->value(id);
    EXPECT_EQ(m.where, u"letter"_s);
    EXPECT_TRUE(m.excerpt.contains(u"charged twice"_s)) << m.excerpt.toStdString();
    EXPECT_FALSE(m.excerpt.contains(u'\n'));
    EXPECT_EQ(marked(m), QStringList{u"twice"_s});
}

TEST_F(SearchMatchTest, NamesContactEvidenceTransactionAndTitle)
{
    const qint64 contactCase = addCase(u"One"_s);
    Contact contact;
    contact.caseId = contactCase;
    contact.agentName = u"王芳"_s;
    contact.summary = u"客服承诺三天内退款"_s;
    ASSERT_TRUE(store->addContact(contact).ok());

    const qint64 txCase = addCase(u"Two"_s);
    TransactionRecord tx;
    tx.caseId = txCase;
    tx.counterparty = u"Meituan"_s;
    tx.reference = u"TX-99887766"_s;
    ASSERT_TRUE(store->addTransaction(tx).ok());

    const qint64 titleCase = addCase(u"退款未到账"_s, u"退款说明"_s);

    auto matches = store->searchMatches(u"退款"_s, {contactCase, txCase, titleCase});
    ASSERT_TRUE(matches.ok());
    EXPECT_EQ(matches->value(contactCase).where, u"contact"_s);
    EXPECT_EQ(marked(matches->value(contactCase)), QStringList{u"退款"_s});
    EXPECT_FALSE(matches->contains(txCase));
    // The title comes first when it holds the term.
    EXPECT_EQ(matches->value(titleCase).where, u"title"_s);

    auto tx2 = store->searchMatches(u"99887766"_s, {txCase});
    ASSERT_TRUE(tx2.ok());
    EXPECT_EQ(tx2->value(txCase).where, u"transaction"_s);
}

TEST_F(SearchMatchTest, PrefersThePartWithMoreTerms)
{
    const qint64 id = addCase(u"Refund missing"_s);
    Letter letter;
    letter.caseId = id;
    letter.body = u"The refund for the blue kettle never arrived."_s;
    ASSERT_TRUE(store->addLetter(letter).ok());
    auto matches = store->searchMatches(u"refund kettle"_s, {id});
    ASSERT_TRUE(matches.ok());
    EXPECT_EQ(matches->value(id).where, u"letter"_s);
    EXPECT_EQ(marked(matches->value(id)), (QStringList{u"refund"_s, u"kettle"_s}));
}

// The list names the letter, contact, evidence item or transaction a hit is in and opens it,
// so the match carries that row's id and what names it.
TEST_F(SearchMatchTest, CarriesTheRowThatMatchedWithWhatNamesIt)
{
    const qint64 id = addCase(u"Cash App payment"_s);
    Letter draft;
    draft.caseId = id;
    draft.subject = u"Draft"_s;
    draft.body = u"Nothing to find here."_s;
    ASSERT_TRUE(store->addLetter(draft).ok());
    Letter sent;
    sent.caseId = id;
    sent.kind = u"follow_up"_s;
    sent.subject = u"Complaint to Cash App"_s;
    sent.body = u"You promised a refund of the double charge."_s;
    sent.status = u"sent"_s;
    sent.sentAt = 1'795'852'800'000; // 28 Nov 2026
    auto letterId = store->addLetter(sent);
    ASSERT_TRUE(letterId.ok());

    Contact contact;
    contact.caseId = id;
    contact.channel = u"hotline"_s;
    contact.agentName = u"Ms Li"_s;
    contact.occurredAt = 1'795'000'000'000;
    contact.summary = u"Agent confirmed the kettle order"_s;
    auto contactId = store->addContact(contact);
    ASSERT_TRUE(contactId.ok());

    TransactionRecord tx;
    tx.caseId = id;
    tx.counterparty = u"Blue Bottle"_s;
    tx.reference = u"TX-5566"_s;
    tx.occurredAt = 1'794'000'000'000;
    auto txId = store->addTransaction(tx);
    ASSERT_TRUE(txId.ok());

    Evidence shot;
    shot.caseId = id;
    shot.kind = u"screenshot"_s;
    shot.title = u"Order page"_s;
    shot.note = u"Shows the receipt number"_s;
    shot.fileName = u"order.png"_s;
    shot.mimeType = u"text/plain"_s;
    auto shotId = store->addEvidence(shot, "not really a picture");
    ASSERT_TRUE(shotId.ok());

    auto matches = store->searchMatches(u"refund"_s, {id});
    ASSERT_TRUE(matches.ok());
    SearchMatch m = matches->value(id);
    EXPECT_EQ(m.where, u"letter"_s);
    EXPECT_EQ(m.rowId, *letterId);
    EXPECT_EQ(m.rowKind, u"follow_up"_s);
    EXPECT_EQ(m.rowTitle, u"Complaint to Cash App"_s);
    EXPECT_EQ(m.rowState, u"sent"_s);
    EXPECT_EQ(m.rowAt, sent.sentAt);

    m = store->searchMatches(u"kettle"_s, {id})->value(id);
    EXPECT_EQ(m.where, u"contact"_s);
    EXPECT_EQ(m.rowId, *contactId);
    EXPECT_EQ(m.rowKind, u"hotline"_s);
    EXPECT_EQ(m.rowTitle, u"Ms Li"_s);
    EXPECT_EQ(m.rowAt, contact.occurredAt);

    m = store->searchMatches(u"5566"_s, {id})->value(id);
    EXPECT_EQ(m.where, u"transaction"_s);
    EXPECT_EQ(m.rowId, *txId);
    EXPECT_EQ(m.rowTitle, u"Blue Bottle"_s);
    EXPECT_EQ(m.rowAt, tx.occurredAt);

    m = store->searchMatches(u"receipt"_s, {id})->value(id);
    EXPECT_EQ(m.where, u"evidence"_s);
    EXPECT_EQ(m.rowId, *shotId);
    EXPECT_EQ(m.rowKind, u"screenshot"_s);
    EXPECT_EQ(m.rowTitle, u"Order page"_s);
    EXPECT_TRUE(m.rowAt.has_value()); // when it was added, having no capture time

    // The case's own text names no row.
    m = store->searchMatches(u"Cash"_s, {id})->value(id);
    EXPECT_EQ(m.where, u"title"_s);
    EXPECT_EQ(m.rowId, 0);
}

TEST(SearchExcerpt, CutsLongTextAroundTheTermWithEllipses)
{
    QString text;
    for (int i = 0; i < 40; ++i)
        text += u"filler words here "_s;
    text += u"the charged twice part "_s;
    for (int i = 0; i < 40; ++i)
        text += u"more filler "_s;
    const SearchMatch m = search::excerptFor(text, {u"twice"_s}, 60);
    EXPECT_TRUE(m.excerpt.startsWith(u'\u2026'));
    EXPECT_TRUE(m.excerpt.endsWith(u'\u2026'));
    EXPECT_LE(m.excerpt.size(), 64);
    ASSERT_EQ(m.marks.size(), 1);
    EXPECT_EQ(m.excerpt.mid(m.marks.first().first, m.marks.first().second), u"twice"_s);
    // A short Latin term matches the start of a word only, as the search does.
    EXPECT_TRUE(search::excerptFor(u"happy days"_s, {u"pa"_s}).excerpt.isEmpty());
    EXPECT_FALSE(search::excerptFor(u"PayPal"_s, {u"pa"_s}).excerpt.isEmpty());
}

} // namespace
