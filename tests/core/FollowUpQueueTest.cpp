// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// ReminderQueue with a fake clock: what is due when (time zones included), snooze and done
// surviving a restart, the overdue list at start-up, the follow-ups view and its calendar.
#include "FollowUpFixture.h"
#include "followup/EscalationLadder.h"
#include "followup/ReminderQueue.h"
#include "guidance/ProviderDirectory.h"
#include "support/StoreTest.h"

#include <QHash>

#include <gtest/gtest.h>

#include <algorithm>

using namespace wc::core;
using namespace wc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<qint64> idsOf(const QList<FollowUpItem>& items)
{
    QList<qint64> out;
    for (const FollowUpItem& i : items)
        out << i.reminder.id;
    return out;
}

class FollowUpQueueTest : public StoreTest
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

    ReminderQueue queue(const QTimeZone& z, const QString& language = u"en"_s)
    {
        ReminderQueue::Options o;
        o.directory = &directory;
        o.ladder = &ladder;
        o.language = language;
        o.zone = z;
        return ReminderQueue(*store, clock, o);
    }

    void reopen()
    {
        store.reset();
        CaseStore::OpenOptions options;
        options.clock = &clock;
        auto opened = CaseStore::open(dir.file(u"cases.wcase"_s), options);
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        store = std::move(*opened);
    }

    ProviderDirectory directory;
    EscalationLadder ladder;
};

TEST_F(FollowUpQueueTest, DueAtNineLocalInEachZone)
{
    const QTimeZone london = zone("Europe/London");
    const QTimeZone newYork = zone("America/New_York");
    const QTimeZone shanghai = zone("Asia/Shanghai");
    const qint64 caseId = addCase(*store, {});
    // "On 30 March at 09:00" for a user in each zone: the day after London's clocks went forward.
    const QDate day(2026, 3, 30);
    const qint64 inLondon = addReminder(*store, caseId, followup::atLocalTime(day, london));
    const qint64 inNewYork = addReminder(*store, caseId, followup::atLocalTime(day, newYork));
    const qint64 inShanghai = addReminder(*store, caseId, followup::atLocalTime(day, shanghai));
    ReminderQueue q = queue(london);

    clock.set(utc(2026, 3, 30, 0, 59));
    auto due = q.due();
    ASSERT_TRUE(due.ok());
    EXPECT_TRUE(due->isEmpty());

    clock.set(utc(2026, 3, 30, 1, 0)); // 09:00 in Shanghai
    due = q.due();
    ASSERT_TRUE(due.ok());
    EXPECT_EQ(idsOf(*due), QList<qint64>{inShanghai});

    clock.set(utc(2026, 3, 30, 7, 59)); // 08:59 BST: not yet in London
    EXPECT_EQ(idsOf(*q.due()), QList<qint64>{inShanghai});
    clock.set(utc(2026, 3, 30, 8, 0)); // 09:00 BST
    EXPECT_EQ(idsOf(*q.due()), (QList<qint64>{inShanghai, inLondon}));
    clock.set(utc(2026, 3, 30, 12, 59)); // 08:59 EDT
    EXPECT_EQ(idsOf(*q.due()), (QList<qint64>{inShanghai, inLondon}));
    clock.set(utc(2026, 3, 30, 13, 0));
    due = q.due();
    EXPECT_EQ(idsOf(*due), (QList<qint64>{inShanghai, inLondon, inNewYork}));
    // Oldest first, each with what the pop-up shows.
    EXPECT_EQ(due->first().caseTitle, u"Charged twice"_s);
    EXPECT_EQ(due->first().providerName, u"Alipay"_s);
    EXPECT_TRUE(due->first().overdue);
}

TEST_F(FollowUpQueueTest, SnoozeMovesTheReminderAndSurvivesRestart)
{
    const QTimeZone london = zone("Europe/London");
    const qint64 caseId = addCase(*store, {});
    const qint64 a = addReminder(*store, caseId, utc(2026, 3, 27, 9));
    const qint64 b = addReminder(*store, caseId, utc(2026, 3, 27, 9, 30));
    const qint64 c = addReminder(*store, caseId, utc(2026, 3, 27, 10));
    const qint64 d = addReminder(*store, caseId, utc(2026, 3, 27, 10, 30));
    clock.set(utc(2026, 3, 28, 10)); // Saturday 10:00 GMT, the day before summer time
    {
        ReminderQueue q = queue(london);
        ASSERT_TRUE(q.snooze(a, ReminderQueue::Snooze::OneHour).ok());
        // One day later at the same wall-clock time: 10:00 BST, only 23 hours on.
        ASSERT_TRUE(q.snooze(b, ReminderQueue::Snooze::OneDay).ok());
        ASSERT_TRUE(q.snooze(c, ReminderQueue::Snooze::ThreeDays).ok());
        ASSERT_TRUE(q.snoozeUntil(d, QDate(2026, 4, 2)).ok());
        EXPECT_TRUE(q.due()->isEmpty());
    }
    reopen();
    auto stored = store->reminders(caseId);
    ASSERT_TRUE(stored.ok());
    QHash<qint64, Reminder> byId;
    for (const Reminder& r : std::as_const(*stored))
        byId.insert(r.id, r);
    EXPECT_EQ(byId[a].snoozedUntil, utc(2026, 3, 28, 11));
    EXPECT_EQ(byId[b].snoozedUntil, utc(2026, 3, 29, 9));
    EXPECT_EQ(byId[c].snoozedUntil, utc(2026, 3, 31, 9));
    EXPECT_EQ(byId[d].snoozedUntil, utc(2026, 4, 2, 8)); // 09:00 BST
    EXPECT_EQ(byId[a].dueAt, utc(2026, 3, 27, 9));       // the original date is kept

    ReminderQueue q = queue(london);
    clock.set(utc(2026, 3, 28, 11));
    EXPECT_EQ(idsOf(*q.due()), QList<qint64>{a});
    clock.set(utc(2026, 3, 29, 9));
    EXPECT_EQ(idsOf(*q.due()), (QList<qint64>{a, b}));
    clock.set(utc(2026, 4, 2, 8));
    EXPECT_EQ(idsOf(*q.due()), (QList<qint64>{a, b, c, d}));
}

TEST_F(FollowUpQueueTest, SnoozeRefusesThePastAndDoneReminders)
{
    const QTimeZone shanghai = zone("Asia/Shanghai");
    const qint64 caseId = addCase(*store, {});
    const qint64 id = addReminder(*store, caseId, utc(2026, 3, 1, 1));
    clock.set(utc(2026, 3, 2, 2)); // 10:00 in Shanghai
    ReminderQueue q = queue(shanghai);
    // 09:00 today has passed.
    auto refused = q.snoozeUntil(id, QDate(2026, 3, 2));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(refused.error().message.isEmpty());
    EXPECT_FALSE(q.snoozeUntil(id, QDate()).ok());
    EXPECT_TRUE(q.snoozeUntil(id, QDate(2026, 3, 3)).ok());
    ASSERT_TRUE(q.markDone(id).ok());
    auto again = q.markDone(id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::NotFound);
    EXPECT_EQ(q.snooze(id, ReminderQueue::Snooze::OneHour).error().code, ErrorCode::NotFound);
    EXPECT_EQ(q.markDone(999'999).error().code, ErrorCode::NotFound);
}

TEST_F(FollowUpQueueTest, DoneSurvivesRestartAndLeavesTheQueue)
{
    const qint64 caseId = addCase(*store, {});
    const qint64 done = addReminder(*store, caseId, utc(2026, 3, 1, 9));
    const qint64 kept = addReminder(*store, caseId, utc(2026, 3, 1, 10));
    clock.set(utc(2026, 3, 2, 9));
    ASSERT_TRUE(queue(QTimeZone::utc()).markDone(done).ok());
    reopen();
    ReminderQueue q = queue(QTimeZone::utc());
    EXPECT_EQ(idsOf(*q.due()), QList<qint64>{kept});
    auto stored = store->reminders(caseId);
    ASSERT_TRUE(stored.ok());
    const auto it = std::find_if(stored->cbegin(), stored->cend(),
                                 [&](const Reminder& r) { return r.id == done; });
    ASSERT_NE(it, stored->cend());
    EXPECT_EQ(it->state, u"done"_s);
    EXPECT_EQ(it->doneAt, utc(2026, 3, 2, 9));
    // The case's history records it.
    auto events = store->events(caseId);
    ASSERT_TRUE(events.ok());
    EXPECT_TRUE(std::any_of(events->cbegin(), events->cend(),
                            [](const CaseEvent& e) { return e.kind == u"reminder.done"; }));
}

TEST_F(FollowUpQueueTest, OverdueAtStartUpListsWhatFellDueWhileClosed)
{
    const QTimeZone shanghai = zone("Asia/Shanghai");
    const qint64 sent = utc(2026, 3, 2, 2);
    const qint64 first = addCase(*store, {.title = u"支付宝重复扣款"_s, .sentAt = sent});
    const qint64 second = addCase(*store, {.title = u"PayPal refund"_s,
                                           .status = u"sent"_s,
                                           .providerKey = u"paypal"_s,
                                           .language = u"en"_s,
                                           .sentAt = utc(2026, 3, 5, 12)});
    const qint64 older = addReminder(*store, second, utc(2026, 3, 9, 1), u"Chase PayPal"_s);
    const qint64 newer = addReminder(*store, first, utc(2026, 3, 9, 1, 30), u"跟进支付宝"_s);
    const qint64 future = addReminder(*store, first, utc(2026, 4, 1, 1));
    const qint64 finished = addReminder(*store, first, utc(2026, 3, 8, 1));
    clock.set(utc(2026, 3, 9, 2));
    ASSERT_TRUE(queue(shanghai).markDone(finished).ok());
    reopen(); // the app starts again

    clock.set(utc(2026, 3, 20, 2));
    ReminderQueue q = queue(shanghai, u"zh_CN"_s);
    auto overdue = q.overdueAt(clock.nowMs());
    ASSERT_TRUE(overdue.ok());
    ASSERT_EQ(idsOf(*overdue), (QList<qint64>{older, newer}));
    EXPECT_FALSE(idsOf(*overdue).contains(future));
    const FollowUpItem& item = overdue->at(1);
    EXPECT_TRUE(item.overdue);
    EXPECT_EQ(item.caseId, first);
    EXPECT_EQ(item.caseTitle, u"支付宝重复扣款"_s);
    EXPECT_EQ(item.providerName, u"支付宝"_s);
    EXPECT_EQ(item.reminder.text, u"跟进支付宝"_s);
    EXPECT_EQ(item.complaintSentAt, sent);
    EXPECT_EQ(item.sinceSentMs, clock.nowMs() - sent); // 18 days
    EXPECT_EQ(ReminderQueue::elapsedText(*item.sinceSentMs), u"18 days"_s);
    EXPECT_FALSE(item.caseUuid.isEmpty());
    // A suggested next step from the Chinese ladder: the letter went by email (a formal
    // complaint) and 15 days have passed, so the regulator is next.
    ASSERT_TRUE(item.suggestion.has_value());
    EXPECT_EQ(item.suggestion->kind, SuggestedStep::Kind::Rung);
    EXPECT_EQ(item.suggestion->region, u"CN"_s);
    EXPECT_EQ(item.suggestion->rungKey, u"regulator"_s);
    EXPECT_EQ(item.suggestion->templateKey, u"regulator"_s);
    EXPECT_TRUE(item.suggestion->regulators.contains(u"cn_pboc_12363"_s));
}

TEST_F(FollowUpQueueTest, SentTimeFromTheStatusHistoryWhenNoLetterWasRecorded)
{
    clock.set(utc(2026, 3, 1, 8));
    const qint64 caseId = addCase(*store, {.status = u"ready"_s});
    clock.set(utc(2026, 3, 3, 8));
    auto record = store->caseById(caseId);
    ASSERT_TRUE(record.ok());
    record->status = u"sent"_s;
    ASSERT_TRUE(store->updateCase(*record).ok());
    addReminder(*store, caseId, utc(2026, 3, 10, 1));
    clock.set(utc(2026, 3, 10, 8));
    auto due = queue(QTimeZone::utc()).due();
    ASSERT_TRUE(due.ok());
    ASSERT_EQ(due->size(), 1);
    EXPECT_EQ(due->first().complaintSentAt, utc(2026, 3, 3, 8));
    EXPECT_EQ(ReminderQueue::elapsedText(*due->first().sinceSentMs), u"7 days"_s);
}

TEST_F(FollowUpQueueTest, UpcomingAcrossCasesSortedAndMonthMarks)
{
    const QTimeZone newYork = zone("America/New_York");
    const qint64 one = addCase(*store, {.title = u"One"_s});
    const qint64 two = addCase(*store, {.title = u"Two"_s, .providerKey = u"venmo"_s});
    const qint64 late = addReminder(*store, one, local(newYork, 2026, 4, 20));
    const qint64 soon = addReminder(*store, two, local(newYork, 2026, 4, 2));
    const qint64 overdue = addReminder(*store, two, local(newYork, 2026, 3, 30));
    const qint64 sameDay = addReminder(*store, one, local(newYork, 2026, 4, 2, 17));
    // 23:30 on 30 April in New York is already 1 May in UTC: it belongs to April here.
    const qint64 lateNight = addReminder(*store, one, local(newYork, 2026, 4, 30, 23, 30));
    const qint64 nextMonth = addReminder(*store, one, local(newYork, 2026, 5, 3));
    clock.set(local(newYork, 2026, 4, 1, 12));
    ReminderQueue q = queue(newYork);
    auto items = q.upcoming(local(newYork, 2026, 4, 30, 23, 59));
    ASSERT_TRUE(items.ok());
    EXPECT_EQ(idsOf(*items), (QList<qint64>{overdue, soon, sameDay, late, lateNight}));
    EXPECT_TRUE(items->at(0).overdue);
    EXPECT_FALSE(items->at(1).overdue);
    EXPECT_EQ(items->at(1).providerName, u"Venmo"_s);
    EXPECT_FALSE(items->at(1).suggestion.has_value()); // lists stay light
    EXPECT_FALSE(idsOf(*items).contains(nextMonth));

    auto marks = q.markedDays(2026, 4);
    ASSERT_TRUE(marks.ok());
    const QMap<QDate, int> expected{
        {QDate(2026, 4, 2), 2}, {QDate(2026, 4, 20), 1}, {QDate(2026, 4, 30), 1}};
    EXPECT_EQ(*marks, expected);
    EXPECT_FALSE(q.markedDays(2026, 13).ok());
}

TEST_F(FollowUpQueueTest, ItemForOneReminderCarriesItsSuggestion)
{
    const QTimeZone london = zone("Europe/London");
    // A UK PayPal service complaint sent three weeks ago: the ombudsman needs 8 weeks, so the
    // step is a follow-up letter until then.
    const qint64 sent = utc(2026, 3, 2, 10);
    const qint64 caseId = addCase(*store, {.family = u"service"_s,
                                           .subtype = u"unresolved"_s,
                                           .providerKey = u"paypal"_s,
                                           .language = u"en"_s,
                                           .sentAt = sent});
    const qint64 id = addReminder(*store, caseId, utc(2026, 3, 20, 9));
    clock.set(utc(2026, 3, 23, 9));
    ReminderQueue::Options o;
    o.directory = &directory;
    o.ladder = &ladder;
    o.userRegion = u"UK"_s;
    o.zone = london;
    ReminderQueue q(*store, clock, o);
    auto item = q.item(id);
    ASSERT_TRUE(item.ok());
    ASSERT_TRUE(item->suggestion.has_value());
    EXPECT_EQ(item->suggestion->region, u"UK"_s);
    EXPECT_EQ(item->suggestion->kind, SuggestedStep::Kind::FollowUp);
    EXPECT_EQ(item->suggestion->templateKey, u"follow_up"_s);
    EXPECT_EQ(item->suggestion->rungKey, u"regulator"_s);
    EXPECT_EQ(item->suggestion->opensAt, utc(2026, 4, 27, 8)); // 8 weeks on, 09:00 BST
    EXPECT_FALSE(q.item(424242).ok());
}

TEST_F(FollowUpQueueTest, ChangingTheCasesZoneKeepsPendingRemindersWallClockTimes)
{
    const QTimeZone shanghai = zone("Asia/Shanghai");
    const QTimeZone newYork = zone("America/New_York");
    const qint64 caseId = addCase(*store, {});
    const auto reminder = [&](qint64 id) {
        auto all = store->reminders(caseId);
        EXPECT_TRUE(all.ok());
        if (!all.ok())
            return Reminder{};
        for (const Reminder& r : *all) {
            if (r.id == id)
                return r;
        }
        return Reminder{};
    };
    CaseRecord record = *store->caseById(caseId);
    record.timeZone = u"Asia/Shanghai"_s;
    ASSERT_TRUE(store->updateCase(record).ok());
    // 09:00 on 8 December in Shanghai; one snoozed until 09:00 on the 10th; one already done.
    const QDate day(2026, 12, 8);
    const qint64 pending = addReminder(*store, caseId, followup::atLocalTime(day, shanghai));
    const qint64 snoozed = addReminder(*store, caseId, followup::atLocalTime(day, shanghai));
    Reminder s = reminder(snoozed);
    s.snoozedUntil = followup::atLocalTime(day.addDays(2), shanghai);
    ASSERT_TRUE(store->updateReminder(s).ok());
    const qint64 doneAt = followup::atLocalTime(day.addDays(-5), shanghai);
    const qint64 done = addReminder(*store, caseId, doneAt);
    Reminder d = reminder(done);
    d.state = u"done"_s;
    ASSERT_TRUE(store->updateReminder(d).ok());

    record = *store->caseById(caseId);
    record.timeZone = u"America/New_York"_s;
    ASSERT_TRUE(ReminderQueue::updateCaseKeepingReminderTimes(*store, record).ok());
    EXPECT_EQ(store->caseById(caseId)->timeZone, u"America/New_York"_s);
    // Still 09:00 on the same days, now in New York.
    EXPECT_EQ(reminder(pending).dueAt, followup::atLocalTime(day, newYork));
    EXPECT_EQ(reminder(snoozed).dueAt, followup::atLocalTime(day, newYork));
    EXPECT_EQ(reminder(snoozed).snoozedUntil, followup::atLocalTime(day.addDays(2), newYork));
    // What is done stays as it happened.
    EXPECT_EQ(reminder(done).dueAt, doneAt);

    // And back: the same 09:00 in Shanghai again.
    record = *store->caseById(caseId);
    record.timeZone = u"Asia/Shanghai"_s;
    ASSERT_TRUE(ReminderQueue::updateCaseKeepingReminderTimes(*store, record).ok());
    EXPECT_EQ(reminder(pending).dueAt, followup::atLocalTime(day, shanghai));

    // A change of another fact moves nothing.
    record = *store->caseById(caseId);
    record.title = u"Renamed"_s;
    ASSERT_TRUE(ReminderQueue::updateCaseKeepingReminderTimes(*store, record).ok());
    EXPECT_EQ(reminder(pending).dueAt, followup::atLocalTime(day, shanghai));
}

TEST(FollowUpQueueTextTest, ElapsedTime)
{
    EXPECT_EQ(ReminderQueue::elapsedText(0), u"less than an hour"_s);
    EXPECT_EQ(ReminderQueue::elapsedText(3'600'000), u"1 hour"_s);
    EXPECT_EQ(ReminderQueue::elapsedText(5 * 3'600'000), u"5 hours"_s);
    EXPECT_EQ(ReminderQueue::elapsedText(24 * 3'600'000), u"1 day"_s);
    EXPECT_EQ(ReminderQueue::elapsedText(9 * 24 * 3'600'000LL + 5), u"9 days"_s);
}

} // namespace
