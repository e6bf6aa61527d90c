// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// ReminderQueue::pendingUntil (one query for every pending reminder) says what the per-reminder
// describe() says: the same reminders in the same order, the same case facts, zone and time the
// complaint went out, whichever way the case records it; suggestionFor gives due()'s step.
#include "FollowUpFixture.h"
#include "followup/EscalationLadder.h"
#include "followup/ReminderQueue.h"
#include "guidance/ProviderDirectory.h"
#include "support/StoreTest.h"

#include <gtest/gtest.h>

#include <limits>

using namespace wc::core;
using namespace wc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24 * 3'600'000LL;

class ReminderBatchTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        auto d = ProviderDirectory::load();
        ASSERT_TRUE(d.ok());
        directory = *d;
        auto l = EscalationLadder::load(&directory);
        ASSERT_TRUE(l.ok()) << l.error().detail.toStdString();
        ladder = *l;
    }

    ReminderQueue queue(const QString& language = u"en"_s)
    {
        ReminderQueue::Options o;
        o.directory = &directory;
        o.ladder = &ladder;
        o.language = language;
        o.zone = zone("Europe/Berlin");
        return ReminderQueue(*store, clock, o);
    }

    void addLetter(qint64 caseId, const QString& kind, const QString& status,
                   std::optional<qint64> sentAt)
    {
        Letter l;
        l.caseId = caseId;
        l.kind = kind;
        l.subject = u"Letter"_s;
        l.body = u"…"_s;
        l.status = status;
        l.sentAt = sentAt;
        ASSERT_TRUE(store->addLetter(l).ok());
    }

    ProviderDirectory directory;
    EscalationLadder ladder;
};

void expectSame(const FollowUpItem& a, const FollowUpItem& b)
{
    SCOPED_TRACE("reminder " + std::to_string(a.reminder.id));
    EXPECT_EQ(a.reminder.id, b.reminder.id);
    EXPECT_EQ(a.reminder.caseId, b.reminder.caseId);
    EXPECT_EQ(a.reminder.kind, b.reminder.kind);
    EXPECT_EQ(a.reminder.text, b.reminder.text);
    EXPECT_EQ(a.reminder.dueAt, b.reminder.dueAt);
    EXPECT_EQ(a.reminder.snoozedUntil, b.reminder.snoozedUntil);
    EXPECT_EQ(a.dueAt, b.dueAt);
    EXPECT_EQ(a.overdue, b.overdue);
    EXPECT_EQ(a.caseId, b.caseId);
    EXPECT_EQ(a.caseUuid, b.caseUuid);
    EXPECT_EQ(a.caseTitle, b.caseTitle);
    EXPECT_EQ(a.caseStatus, b.caseStatus);
    EXPECT_EQ(a.family, b.family);
    EXPECT_EQ(a.providerKey, b.providerKey);
    EXPECT_EQ(a.providerName, b.providerName);
    EXPECT_EQ(a.zone.id(), b.zone.id());
    EXPECT_EQ(a.complaintSentAt, b.complaintSentAt);
    EXPECT_EQ(a.sinceSentMs, b.sinceSentMs);
}

TEST_F(ReminderBatchTest, OneQueryDescribesEveryPendingReminderAsTheQueueDoes)
{
    const qint64 now = clock.nowMs();
    // Sent through an initial letter, with a later follow-up letter sent too.
    CaseSpec initial;
    initial.title = u"支付宝重复扣款"_s;
    initial.sentAt = now - 9 * kDayMs;
    const qint64 a = addCase(*store, initial);
    addLetter(a, u"follow_up"_s, u"sent"_s, now - 2 * kDayMs);
    // Only a follow-up letter was sent (the initial one is still a draft): the earliest sent.
    CaseSpec followUpOnly;
    followUpOnly.title = u"PayPal refund"_s;
    followUpOnly.providerKey = u"paypal"_s;
    followUpOnly.language = u"en"_s;
    const qint64 b = addCase(*store, followUpOnly);
    addLetter(b, u"initial"_s, u"draft"_s, std::nullopt);
    addLetter(b, u"follow_up"_s, u"sent"_s, now - 4 * kDayMs);
    addLetter(b, u"follow_up"_s, u"sent"_s, now - 3 * kDayMs);
    // No letter: the status history says when it went out.
    CaseSpec byStatus;
    byStatus.title = u"Sent by phone"_s;
    byStatus.status = u"draft"_s;
    const qint64 c = addCase(*store, byStatus);
    clock.advance(kDayMs);
    auto record = store->caseById(c);
    ASSERT_TRUE(record.ok());
    record->status = u"awaiting_reply"_s;
    ASSERT_TRUE(store->updateCase(*record).ok());
    // Never sent, with a stored zone and a provider the directory does not know.
    CaseSpec unsent;
    unsent.title = u"  "_s;
    unsent.status = u"draft"_s;
    unsent.providerKey = u"no_such_wallet"_s;
    const qint64 d = addCase(*store, unsent);
    auto zoned = store->caseById(d);
    ASSERT_TRUE(zoned.ok());
    zoned->timeZone = u"America/Chicago"_s;
    zoned->providerName = u"Corner Shop Pay"_s;
    ASSERT_TRUE(store->updateCase(*zoned).ok());
    // Created as sent (no letter, no status change).
    CaseSpec createdSent;
    createdSent.title = u"Created as sent"_s;
    const qint64 e = addCase(*store, createdSent);

    const qint64 t = clock.nowMs();
    addReminder(*store, a, t - 3 * kDayMs, u"First"_s);
    addReminder(*store, a, t - kDayMs, u"Second"_s, u"custom"_s);
    addReminder(*store, b, t - 2 * kDayMs);
    addReminder(*store, c, t - kDayMs);
    addReminder(*store, d, t + kDayMs, u"Tomorrow"_s);
    addReminder(*store, e, t - kDayMs);
    addReminder(*store, e, t + 10 * kDayMs, u"Far"_s);
    // Same due time as another: ordered by id.
    addReminder(*store, b, t - 2 * kDayMs, u"Tie"_s);
    // Snoozed into the future, and done: the first is listed by its snooze, the second never.
    const qint64 snoozed = addReminder(*store, c, t - 5 * kDayMs, u"Snoozed"_s);
    auto list = store->reminders(c);
    ASSERT_TRUE(list.ok());
    for (Reminder r : *list) {
        if (r.id == snoozed) {
            r.snoozedUntil = t + 2 * kDayMs;
            ASSERT_TRUE(store->updateReminder(r).ok());
        }
    }
    const qint64 done = addReminder(*store, a, t - 4 * kDayMs, u"Done"_s);
    auto listA = store->reminders(a);
    ASSERT_TRUE(listA.ok());
    for (Reminder r : *listA) {
        if (r.id == done) {
            r.state = u"done"_s;
            ASSERT_TRUE(store->updateReminder(r).ok());
        }
    }

    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        const ReminderQueue q = queue(language);
        for (const qint64 until : {t, t + 3 * kDayMs, std::numeric_limits<qint64>::max()}) {
            auto reference = q.upcoming(until);
            auto batch = q.pendingUntil(until, t);
            ASSERT_TRUE(reference.ok());
            ASSERT_TRUE(batch.ok()) << batch.error().detail.toStdString();
            ASSERT_EQ(batch->size(), reference->size());
            for (qsizetype i = 0; i < batch->size(); ++i) {
                expectSame(batch->at(i), reference->at(i));
                EXPECT_FALSE(batch->at(i).suggestion) << "no step read in the batch";
            }
        }
    }
    // What the cases hold shows: the sent times the three ways, and none for the unsent case.
    auto all = queue().pendingUntil(std::numeric_limits<qint64>::max(), t);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 9);
    for (const FollowUpItem& item : *all) {
        if (item.caseId == a)
            EXPECT_EQ(item.complaintSentAt, now - 9 * kDayMs);
        else if (item.caseId == b)
            EXPECT_EQ(item.complaintSentAt, now - 4 * kDayMs);
        else if (item.caseId == c || item.caseId == e)
            EXPECT_TRUE(item.complaintSentAt.has_value());
        else
            EXPECT_FALSE(item.complaintSentAt.has_value());
    }
}

TEST_F(ReminderBatchTest, TheStepOfOneListedReminderIsTheOneDueGives)
{
    CaseSpec spec;
    spec.sentAt = clock.nowMs() - 20 * kDayMs;
    const qint64 late = addCase(*store, spec);
    spec.sentAt = clock.nowMs() - 2 * kDayMs;
    const qint64 early = addCase(*store, spec);
    addReminder(*store, late, clock.nowMs() - kDayMs);
    addReminder(*store, early, clock.nowMs() - 3'600'000);
    const ReminderQueue q = queue();
    auto due = q.due();
    auto batch = q.pendingUntil(clock.nowMs(), clock.nowMs());
    ASSERT_TRUE(due.ok());
    ASSERT_TRUE(batch.ok());
    ASSERT_EQ(batch->size(), 2);
    for (qsizetype i = 0; i < batch->size(); ++i) {
        auto step = q.suggestionFor(batch->at(i), clock.nowMs());
        ASSERT_TRUE(step.ok());
        ASSERT_TRUE(step->has_value());
        ASSERT_TRUE(due->at(i).suggestion.has_value());
        EXPECT_EQ((*step)->templateKey, due->at(i).suggestion->templateKey);
        EXPECT_EQ((*step)->regulators, due->at(i).suggestion->regulators);
    }
    EXPECT_NE((*q.suggestionFor(batch->at(0), clock.nowMs()))->templateKey,
              (*q.suggestionFor(batch->at(1), clock.nowMs()))->templateKey)
        << "20 days after the complaint the step is another than after 2";
}

} // namespace
