// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The case status story, closing a case with its outcome, and telling a case that went quiet.
#include "FollowUpFixture.h"
#include "followup/CaseLifecycle.h"
#include "support/StoreTest.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace wc::core;
using namespace wc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

TEST(FollowUpLifecycleRulesTest, TransitionsFollowTheStory)
{
    EXPECT_TRUE(CaseLifecycle::canMove(u"draft"_s, u"ready"_s));
    EXPECT_TRUE(CaseLifecycle::canMove(u"ready"_s, u"sent"_s));
    EXPECT_TRUE(CaseLifecycle::canMove(u"sent"_s, u"awaiting_reply"_s));
    EXPECT_TRUE(CaseLifecycle::canMove(u"awaiting_reply"_s, u"escalated"_s));
    EXPECT_TRUE(CaseLifecycle::canMove(u"escalated"_s, u"resolved"_s));
    EXPECT_TRUE(CaseLifecycle::canMove(u"escalated"_s, u"closed_unresolved"_s));
    EXPECT_TRUE(CaseLifecycle::canMove(u"awaiting_reply"_s, u"sent"_s));     // a follow-up went out
    EXPECT_TRUE(CaseLifecycle::canMove(u"resolved"_s, u"awaiting_reply"_s)); // reopened
    EXPECT_TRUE(CaseLifecycle::canMove(u"sent"_s, u"sent"_s));
    EXPECT_FALSE(CaseLifecycle::canMove(u"draft"_s, u"resolved"_s));
    EXPECT_FALSE(CaseLifecycle::canMove(u"draft"_s, u"escalated"_s));
    EXPECT_FALSE(CaseLifecycle::canMove(u"ready"_s, u"resolved"_s));
    EXPECT_FALSE(CaseLifecycle::canMove(u"resolved"_s, u"draft"_s));
    EXPECT_FALSE(CaseLifecycle::canMove(u"resolved"_s, u"closed_unresolved"_s));
    EXPECT_FALSE(CaseLifecycle::canMove(u"sent"_s, u"lost"_s));
    EXPECT_FALSE(CaseLifecycle::canMove(u"lost"_s, u"sent"_s));
    EXPECT_EQ(
        CaseLifecycle::nextStatuses(u"sent"_s),
        (QStringList{u"awaiting_reply"_s, u"escalated"_s, u"resolved"_s, u"closed_unresolved"_s}));
    EXPECT_TRUE(CaseLifecycle::nextStatuses(u"nonsense"_s).isEmpty());
    EXPECT_EQ(CaseLifecycle::statusFor(u"resolved_partly"_s), u"resolved"_s);
    EXPECT_EQ(CaseLifecycle::statusFor(u"not_resolved"_s), u"closed_unresolved"_s);
}

class FollowUpLifecycleTest : public StoreTest
{
protected:
    CaseSnapshot snapshotOf(qint64 caseId)
    {
        auto s = store->snapshot(caseId);
        EXPECT_TRUE(s.ok());
        return s.ok() ? *s : CaseSnapshot{};
    }
};

TEST(FollowUpLifecycleRulesTest, SendingALetterMovesTheStoryOn)
{
    EXPECT_EQ(CaseLifecycle::statusAfterSending(u"draft"_s, u"initial"_s), u"sent"_s);
    EXPECT_EQ(CaseLifecycle::statusAfterSending(u"ready"_s, u"initial"_s), u"sent"_s);
    EXPECT_EQ(CaseLifecycle::statusAfterSending(u"awaiting_reply"_s, u"follow_up"_s),
              u"awaiting_reply"_s);
    EXPECT_EQ(CaseLifecycle::statusAfterSending(u"awaiting_reply"_s, u"regulator"_s),
              u"escalated"_s);
    EXPECT_EQ(CaseLifecycle::statusAfterSending(u"ready"_s, u"escalation"_s), u"sent"_s);
    EXPECT_EQ(CaseLifecycle::statusAfterSending(u"sent"_s, u"escalation"_s), u"escalated"_s);
    EXPECT_EQ(CaseLifecycle::statusAfterSending(u"resolved"_s, u"regulator"_s), u"resolved"_s);
    EXPECT_EQ(CaseLifecycle::statusAfterSending(u"sent"_s, u"public_post"_s), u"sent"_s);
    // Every result is a move the story allows.
    for (const QString& from : {u"draft"_s, u"ready"_s, u"sent"_s, u"awaiting_reply"_s,
                                u"escalated"_s, u"resolved"_s, u"closed_unresolved"_s}) {
        for (const QString& kind : {u"initial"_s, u"follow_up"_s, u"escalation"_s,
                                    u"regulator"_s, u"public_post"_s}) {
            EXPECT_TRUE(CaseLifecycle::canMove(from, CaseLifecycle::statusAfterSending(from, kind)))
                << from.toStdString() << " " << kind.toStdString();
        }
    }
}

TEST_F(FollowUpLifecycleTest, MoveChecksAndLogsTheChange)
{
    const qint64 id = addCase(*store, {.status = u"draft"_s});
    ASSERT_TRUE(CaseLifecycle::move(*store, id, u"ready"_s).ok());
    auto refused = CaseLifecycle::move(*store, id, u"escalated"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(refused.error().message.isEmpty());
    ASSERT_TRUE(CaseLifecycle::move(*store, id, u"sent"_s).ok());
    // Closing goes through close(), which records the outcome.
    EXPECT_FALSE(CaseLifecycle::move(*store, id, u"resolved"_s).ok());
    EXPECT_EQ(store->caseById(id)->status, u"sent"_s);
    auto events = store->events(id);
    ASSERT_TRUE(events.ok());
    const auto statusChanges =
        std::count_if(events->cbegin(), events->cend(),
                      [](const CaseEvent& e) { return e.kind == u"case.status"; });
    EXPECT_EQ(statusChanges, 2);
    EXPECT_EQ(CaseLifecycle::move(*store, 4242, u"sent"_s).error().code, ErrorCode::NotFound);
}

TEST_F(FollowUpLifecycleTest, CloseRecordsTheOutcomeAndDismissesReminders)
{
    const qint64 id = addCase(*store, {.sentAt = utc(2026, 3, 2, 9)});
    const qint64 pending = addReminder(*store, id, utc(2026, 3, 9, 9));
    const qint64 done = addReminder(*store, id, utc(2026, 3, 5, 9));
    const auto before = store->reminders(id);
    ASSERT_TRUE(before.ok());
    const auto it = std::find_if(before->cbegin(), before->cend(),
                                 [&](const Reminder& r) { return r.id == done; });
    ASSERT_NE(it, before->cend());
    Reminder d = *it;
    d.state = u"done"_s;
    ASSERT_TRUE(store->updateReminder(d).ok());
    clock.set(utc(2026, 3, 20, 12));
    ASSERT_TRUE(CaseLifecycle::close(
                    *store, id,
                    {.outcome = u"resolved_partly"_s, .recoveredMinor = 5000, .satisfaction = 3})
                    .ok());
    // Survives closing and reopening the file.
    store.reset();
    CaseStore::OpenOptions options;
    options.clock = &clock;
    auto reopened = CaseStore::open(dir.file(u"cases.wcase"_s), options);
    ASSERT_TRUE(reopened.ok());
    store = std::move(*reopened);
    const CaseRecord r = *store->caseById(id);
    EXPECT_EQ(r.status, u"resolved"_s);
    EXPECT_EQ(r.outcome, u"resolved_partly"_s);
    EXPECT_EQ(r.recoveredMinor, 5000);
    EXPECT_EQ(r.satisfaction, 3);
    EXPECT_EQ(r.closedAt, utc(2026, 3, 20, 12));
    EXPECT_FALSE(r.nextFollowUpAt.has_value());
    const auto reminders = store->reminders(id);
    ASSERT_TRUE(reminders.ok());
    for (const Reminder& rem : *reminders) {
        if (rem.id == pending)
            EXPECT_EQ(rem.state, u"dismissed"_s);
        else
            EXPECT_EQ(rem.state, u"done"_s);
    }
    EXPECT_TRUE(store->dueReminders(utc(2027, 1, 1))->isEmpty());

    // Changing the outcome later keeps the moment it was closed.
    clock.set(utc(2026, 4, 1, 12));
    ASSERT_TRUE(CaseLifecycle::close(*store, id, {.outcome = u"resolved_fully"_s}).ok());
    EXPECT_EQ(store->caseById(id)->closedAt, utc(2026, 3, 20, 12));
    EXPECT_EQ(store->caseById(id)->outcome, u"resolved_fully"_s);

    // Reopening clears the outcome.
    ASSERT_TRUE(CaseLifecycle::move(*store, id, u"awaiting_reply"_s).ok());
    const CaseRecord reopenedCase = *store->caseById(id);
    EXPECT_TRUE(reopenedCase.outcome.isEmpty());
    EXPECT_FALSE(reopenedCase.closedAt.has_value());
    EXPECT_FALSE(reopenedCase.satisfaction.has_value());
}

TEST_F(FollowUpLifecycleTest, CloseRefusesBadInput)
{
    const qint64 sent = addCase(*store, {.sentAt = utc(2026, 3, 2, 9)});
    const qint64 draft = addCase(*store, {.status = u"draft"_s});
    for (const CaseOutcome& bad :
         {CaseOutcome{.outcome = u"happy"_s}, CaseOutcome{},
          CaseOutcome{.outcome = u"not_resolved"_s, .satisfaction = 0},
          CaseOutcome{.outcome = u"not_resolved"_s, .satisfaction = 6},
          CaseOutcome{.outcome = u"resolved_fully"_s, .recoveredMinor = -1}}) {
        auto refused = CaseLifecycle::close(*store, sent, bad);
        ASSERT_FALSE(refused.ok()) << bad.outcome.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    }
    EXPECT_EQ(store->caseById(sent)->status, u"sent"_s);
    EXPECT_FALSE(CaseLifecycle::close(*store, draft, {.outcome = u"not_resolved"_s}).ok());
    EXPECT_EQ(store->caseById(draft)->status, u"draft"_s);
    ASSERT_TRUE(CaseLifecycle::close(*store, sent, {.outcome = u"not_resolved"_s}).ok());
    EXPECT_EQ(store->caseById(sent)->status, u"closed_unresolved"_s);
}

TEST_F(FollowUpLifecycleTest, ACaseThatWentQuietNeedsConfirmation)
{
    const qint64 sentAt = utc(2026, 3, 2, 9);
    const qint64 id = addCase(*store, {.sentAt = sentAt});
    EXPECT_EQ(CaseLifecycle::complaintSentAt(snapshotOf(id)), sentAt);
    EXPECT_TRUE(CaseLifecycle::wentQuiet(snapshotOf(id)));
    EXPECT_TRUE(CaseLifecycle::closingNeedsConfirmation(snapshotOf(id)));

    Contact before; // a call before the letter is no reply to it
    before.caseId = id;
    before.occurredAt = sentAt - 86'400'000;
    before.channel = u"hotline"_s;
    before.direction = u"incoming"_s;
    ASSERT_TRUE(store->addContact(before).ok());
    Contact chased = before; // and the user's own chasing is not either
    chased.occurredAt = sentAt + 86'400'000;
    chased.direction = u"outgoing"_s;
    ASSERT_TRUE(store->addContact(chased).ok());
    EXPECT_TRUE(CaseLifecycle::wentQuiet(snapshotOf(id)));

    Contact reply = before;
    reply.occurredAt = sentAt + 2 * 86'400'000;
    reply.channel = u"email"_s;
    reply.summary = u"They answered"_s;
    ASSERT_TRUE(store->addContact(reply).ok());
    EXPECT_FALSE(CaseLifecycle::wentQuiet(snapshotOf(id)));
    EXPECT_FALSE(CaseLifecycle::closingNeedsConfirmation(snapshotOf(id)));

    // Never sent: it cannot have gone quiet.
    const qint64 ready = addCase(*store, {.status = u"ready"_s});
    EXPECT_FALSE(CaseLifecycle::complaintSentAt(snapshotOf(ready)).has_value());
    EXPECT_FALSE(CaseLifecycle::wentQuiet(snapshotOf(ready)));
}

TEST_F(FollowUpLifecycleTest, SentTimePrefersTheInitialLetter)
{
    const qint64 id = addCase(*store, {.sentAt = utc(2026, 3, 5, 9)});
    Letter earlierFollowUp; // recorded out of order: a follow-up dated before the complaint
    earlierFollowUp.caseId = id;
    earlierFollowUp.kind = u"follow_up"_s;
    earlierFollowUp.status = u"sent"_s;
    earlierFollowUp.sentAt = utc(2026, 3, 1, 9);
    ASSERT_TRUE(store->addLetter(earlierFollowUp).ok());
    EXPECT_EQ(CaseLifecycle::complaintSentAt(snapshotOf(id)), utc(2026, 3, 5, 9));
    // Created as sent with no letter: the moment the case was created.
    clock.set(utc(2026, 3, 7, 9));
    const qint64 noLetter = addCase(*store, {.status = u"awaiting_reply"_s});
    EXPECT_EQ(CaseLifecycle::complaintSentAt(snapshotOf(noLetter)), utc(2026, 3, 7, 9));
}

} // namespace

TEST_F(FollowUpLifecycleTest, AnOutcomeThatShowsAReplyNeedsNoQuietConfirmation)
{
    // Sent, and no reply logged: the case went quiet as far as the contact log knows.
    const qint64 id = addCase(*store, {.sentAt = utc(2026, 3, 2, 9)});
    const CaseSnapshot quiet = snapshotOf(id);
    ASSERT_TRUE(CaseLifecycle::wentQuiet(quiet));
    // "Fully resolved, ¥128 recovered" says they answered: asking "they never replied?" is wrong.
    EXPECT_FALSE(CaseLifecycle::closingNeedsConfirmation(
        quiet, {.outcome = u"resolved_fully"_s, .recoveredMinor = 12800}));
    EXPECT_FALSE(CaseLifecycle::closingNeedsConfirmation(quiet, {.outcome = u"resolved_partly"_s}));
    // Money came back although the user calls it unresolved: something was answered.
    EXPECT_FALSE(CaseLifecycle::closingNeedsConfirmation(
        quiet, {.outcome = u"not_resolved"_s, .recoveredMinor = 100}));
    // Not resolved and nothing back: the quiet case is worth a second thought.
    EXPECT_TRUE(CaseLifecycle::closingNeedsConfirmation(quiet, {.outcome = u"not_resolved"_s}));
    EXPECT_TRUE(CaseLifecycle::closingNeedsConfirmation(
        quiet, {.outcome = u"not_resolved"_s, .recoveredMinor = 0}));
}

TEST_F(FollowUpLifecycleTest, TheOutcomeNoteIsStoredAndClearedOnReopening)
{
    const qint64 id = addCase(*store, {.sentAt = utc(2026, 3, 2, 9)});
    ASSERT_TRUE(CaseLifecycle::close(*store, id,
                                     {.outcome = u"resolved_fully"_s,
                                      .recoveredMinor = 12800,
                                      .note = u"  退款已到账，客服致歉。 "_s})
                    .ok());
    store.reset();
    CaseStore::OpenOptions options;
    options.clock = &clock;
    auto reopened = CaseStore::open(dir.file(u"cases.wcase"_s), options);
    ASSERT_TRUE(reopened.ok());
    store = std::move(*reopened);
    EXPECT_EQ(store->caseById(id)->outcomeNote, u"退款已到账，客服致歉。"_s);
    // The change is in the case's history like the rest of the outcome.
    const auto events = store->events(id);
    ASSERT_TRUE(events.ok());
    EXPECT_TRUE(std::any_of(events->cbegin(), events->cend(), [](const CaseEvent& e) {
        return e.payload.contains(u"outcome"_s);
    }));

    ASSERT_TRUE(CaseLifecycle::move(*store, id, u"awaiting_reply"_s).ok());
    EXPECT_TRUE(store->caseById(id)->outcomeNote.isEmpty());
}
