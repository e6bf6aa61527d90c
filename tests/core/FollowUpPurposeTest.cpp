// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Deadline reminders whose purpose the case already records as done (clocks.json "fulfilled_by"):
// completed by WalletCase with the reason in the timeline, never listed as due or overdue.
#include "FollowUpFixture.h"
#include "followup/ClockTable.h"
#include "followup/ReminderPurpose.h"
#include "followup/ReminderQueue.h"
#include "support/StoreTest.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace wc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class FollowUpPurposeTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        auto t = ClockTable::load();
        ASSERT_TRUE(t.ok()) << t.error().detail.toStdString();
        table = *t;
        newYork = zone("America/New_York");
        // A Cash App takeover found on Monday 2 March 2026; the Reg E notice is due by the 4th.
        CaseSpec spec;
        spec.family = u"security"_s;
        spec.subtype = u"account_stolen"_s;
        spec.status = u"ready"_s;
        spec.providerKey = u"cash_app"_s;
        spec.language = u"en"_s;
        caseId = addCase(*store, spec);
    }

    // The "tell Cash App within 2 business days" reminder as the wizard makes it, in `language`.
    qint64 addNoticeReminder(const QString& language)
    {
        const auto rule = table.rule(u"us_rege_loss_report"_s);
        EXPECT_TRUE(rule.has_value());
        ClockOffer offer;
        offer.rule = *rule;
        offer.deadline = QDate(2026, 3, 4);
        offer.remindAt = local(newYork, 2026, 3, 4);
        Reminder r = table.makeReminder(offer, caseId, u"Cash App"_s, language);
        auto id = store->addReminder(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    Reminder reminder(qint64 id)
    {
        auto all = store->reminders(caseId);
        EXPECT_TRUE(all.ok());
        for (const Reminder& r : *all) {
            if (r.id == id)
                return r;
        }
        ADD_FAILURE() << "no reminder " << id;
        return {};
    }

    ClockTable table;
    QTimeZone newYork;
    qint64 caseId = 0;
};

TEST_F(FollowUpPurposeTest, NoticeReminderIsRecognisedInBothLanguages)
{
    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        const Reminder r = reminder(addNoticeReminder(language));
        const auto rule = ReminderPurpose::ruleOf(table, r);
        ASSERT_TRUE(rule.has_value()) << language.toStdString();
        EXPECT_EQ(rule->key, u"us_rege_loss_report"_s);
    }
    // An offer that wraps the text in a condition is still that clock.
    Reminder wrapped = reminder(addNoticeReminder(u"en"_s));
    wrapped.text = u"If you paid from your balance or bank account (not a credit card): "_s +
        wrapped.text;
    EXPECT_TRUE(ReminderPurpose::ruleOf(table, wrapped).has_value());
    // The user's own words are not a clock's.
    Reminder edited = reminder(addNoticeReminder(u"en"_s));
    edited.text = u"Call Cash App again"_s;
    EXPECT_FALSE(ReminderPurpose::ruleOf(table, edited).has_value());
}

TEST_F(FollowUpPurposeTest, SentLetterCompletesTheNoticeAndItIsNeverOverdue)
{
    const qint64 notice = addNoticeReminder(u"en"_s);
    const qint64 own = addReminder(*store, caseId, local(newYork, 2026, 3, 4), u"Call back"_s,
                                   u"custom"_s);
    clock.set(local(newYork, 2026, 3, 6));
    ReminderQueue queue(*store, clock, {});

    // Nothing recorded yet: the notice is overdue, as it should be.
    auto items = queue.overdueAt(clock.nowMs());
    ASSERT_TRUE(items.ok());
    EXPECT_EQ(items->size(), 2);
    EXPECT_EQ(reminder(notice).state, u"pending"_s);

    // The complaint letter goes out to Cash App (on the 3rd, in the app).
    Letter letter;
    letter.caseId = caseId;
    letter.kind = u"initial"_s;
    letter.status = u"sent"_s;
    letter.sentAt = local(newYork, 2026, 3, 3, 10);
    letter.channel = u"in_app_chat"_s;
    ASSERT_TRUE(store->addLetter(letter).ok());

    items = queue.overdueAt(clock.nowMs());
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 1);
    EXPECT_EQ(items->first().reminder.id, own); // the user's own reminder stays
    EXPECT_EQ(reminder(notice).state, u"done"_s);
    EXPECT_EQ(reminder(own).state, u"pending"_s);

    // The timeline says why it was done.
    auto events = store->events(caseId);
    ASSERT_TRUE(events.ok());
    QString reason;
    for (const CaseEvent& e : *events) {
        if (e.kind == u"reminder.done")
            reason = QJsonDocument::fromJson(e.payload.toUtf8()).object().value(u"reason").toString();
    }
    EXPECT_EQ(reason, u"letter_to_company"_s);
    auto due = queue.due();
    ASSERT_TRUE(due.ok());
    EXPECT_EQ(due->size(), 1);
}

// The start-up pop-up and the follow-ups view read reminders with pendingUntil (one query):
// it must complete a fulfilled notice too, or the pop-up calls it overdue.
TEST_F(FollowUpPurposeTest, TheOneQueryListCompletesAFulfilledNoticeToo)
{
    const qint64 notice = addNoticeReminder(u"en"_s);
    const qint64 own = addReminder(*store, caseId, local(newYork, 2026, 3, 4), u"Call back"_s,
                                   u"custom"_s);
    clock.set(local(newYork, 2026, 3, 6));
    ReminderQueue queue(*store, clock, {});
    auto items = queue.pendingUntil(clock.nowMs(), clock.nowMs());
    ASSERT_TRUE(items.ok());
    EXPECT_EQ(items->size(), 2);

    Letter letter;
    letter.caseId = caseId;
    letter.kind = u"initial"_s;
    letter.status = u"sent"_s;
    letter.sentAt = local(newYork, 2026, 3, 3, 10);
    letter.channel = u"in_app_chat"_s;
    ASSERT_TRUE(store->addLetter(letter).ok());

    items = queue.pendingUntil(clock.nowMs(), clock.nowMs());
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 1);
    EXPECT_EQ(items->first().reminder.id, own);
    EXPECT_EQ(reminder(notice).state, u"done"_s);
}

TEST_F(FollowUpPurposeTest, TickedFirstStepOrLoggedContactCompletesTheNotice)
{
    const qint64 notice = addNoticeReminder(u"zh_CN"_s);
    ChecklistItem step;
    step.caseId = caseId;
    step.itemKey = u"report_loss_us"_s;
    step.label = u"Tell the company within 2 business days (US)"_s;
    const auto stepId = store->addChecklistItem(step);
    ASSERT_TRUE(stepId.ok());
    auto settled = ReminderPurpose::settleCase(*store, caseId, &table);
    ASSERT_TRUE(settled.ok());
    EXPECT_EQ(*settled, 0); // not ticked yet
    step.id = *stepId;
    step.doneAt = local(newYork, 2026, 3, 2, 15);
    ASSERT_TRUE(store->updateChecklistItem(step).ok());
    settled = ReminderPurpose::settleCase(*store, caseId, &table);
    ASSERT_TRUE(settled.ok());
    EXPECT_EQ(*settled, 1);
    EXPECT_EQ(reminder(notice).state, u"done"_s);

    const qint64 second = addNoticeReminder(u"en"_s);
    Contact call;
    call.caseId = caseId;
    call.direction = u"incoming"_s; // Cash App calling the user tells Cash App nothing
    call.occurredAt = local(newYork, 2026, 3, 2, 16);
    call.channel = u"hotline"_s;
    ASSERT_TRUE(store->addContact(call).ok());
    // Only the contact counts for this check: untick the step.
    step.doneAt.reset();
    ASSERT_TRUE(store->updateChecklistItem(step).ok());
    ASSERT_TRUE(ReminderPurpose::settleCase(*store, caseId, &table).ok());
    EXPECT_EQ(reminder(second).state, u"pending"_s);
    call.direction = u"outgoing"_s;
    ASSERT_TRUE(store->addContact(call).ok());
    ASSERT_TRUE(ReminderPurpose::settleCase(*store, caseId, &table).ok());
    EXPECT_EQ(reminder(second).state, u"done"_s);
}

// The new-case wizard's "You planned to send your complaint …" reminder (a case kept ready to
// send) is done once a letter to the company is marked sent: the walk found it beside
// "Complaint sent 2 days ago" in the pop-up, in both languages.
TEST_F(FollowUpPurposeTest, ReadyToSendReminderIsDoneOnceTheLetterGoesOut)
{
    const QString en = table.readyToSendText(u"en"_s, u"Account stolen"_s, u"Cash App"_s);
    const QString zh = table.readyToSendText(u"zh_CN"_s, u"账户被盗"_s, u"Cash App"_s);
    const QString noProvider = table.readyToSendText(u"en"_s, u"Account stolen"_s, QString());
    EXPECT_EQ(en, u"You planned to send your complaint about Account stolen to Cash App: send it, "
                  "or record how you contacted them."_s);
    EXPECT_TRUE(zh.startsWith(u"您原计划向Cash App发送关于“账户被盗”的投诉"_s)) << zh.toStdString();
    EXPECT_TRUE(noProvider.endsWith(u"record how you contacted the company."_s));
    const qint64 due = local(newYork, 2026, 3, 4);
    const qint64 ready = addReminder(*store, caseId, due, en, u"follow_up"_s);
    const qint64 readyZh = addReminder(*store, caseId, due, zh, u"follow_up"_s);
    const qint64 bare = addReminder(*store, caseId, due, noProvider, u"follow_up"_s);
    // A follow-up about a reply is not done by sending: it is what comes after.
    const qint64 followUp = addReminder(
        *store, caseId, due,
        u"Follow up with Cash App about Account stolen: have they replied to your complaint? If "
        "not, contact them again or escalate."_s,
        u"follow_up"_s);
    clock.set(local(newYork, 2026, 3, 6));
    ReminderQueue queue(*store, clock, {});
    auto items = queue.pendingUntil(clock.nowMs(), clock.nowMs());
    ASSERT_TRUE(items.ok());
    EXPECT_EQ(items->size(), 4); // nothing sent yet: all of them stand

    // A regulator letter is not the complaint to the company.
    Letter regulator;
    regulator.caseId = caseId;
    regulator.kind = u"regulator"_s;
    regulator.status = u"sent"_s;
    regulator.sentAt = local(newYork, 2026, 3, 4, 10);
    ASSERT_TRUE(store->addLetter(regulator).ok());
    items = queue.pendingUntil(clock.nowMs(), clock.nowMs());
    ASSERT_TRUE(items.ok());
    EXPECT_EQ(items->size(), 4);

    Letter letter;
    letter.caseId = caseId;
    letter.kind = u"initial"_s;
    letter.status = u"sent"_s;
    letter.sentAt = local(newYork, 2026, 3, 4, 11);
    letter.channel = u"email"_s;
    ASSERT_TRUE(store->addLetter(letter).ok());
    // The one-query reader (pop-up, follow-ups view) and the per-reminder ones alike.
    items = queue.pendingUntil(clock.nowMs(), clock.nowMs());
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 1);
    EXPECT_EQ(items->first().reminder.id, followUp);
    for (const qint64 id : {ready, readyZh, bare})
        EXPECT_EQ(reminder(id).state, u"done"_s);
    EXPECT_EQ(reminder(followUp).state, u"pending"_s);
    auto events = store->events(caseId);
    ASSERT_TRUE(events.ok());
    int reasons = 0;
    for (const CaseEvent& e : *events) {
        if (e.kind == u"reminder.done" &&
            QJsonDocument::fromJson(e.payload.toUtf8()).object().value(u"reason").toString() ==
                u"letter_to_company"_s)
            ++reasons;
    }
    EXPECT_EQ(reasons, 3);
}

TEST_F(FollowUpPurposeTest, ReadyToSendReminderIsDoneInTheOtherReadersToo)
{
    const qint64 ready = addReminder(
        *store, caseId, local(newYork, 2026, 3, 4),
        table.readyToSendText(u"zh_CN"_s, u"账户被盗"_s, u"Cash App"_s), u"follow_up"_s);
    Letter letter;
    letter.caseId = caseId;
    letter.kind = u"initial"_s;
    letter.status = u"sent"_s;
    letter.sentAt = local(newYork, 2026, 3, 3, 11);
    ASSERT_TRUE(store->addLetter(letter).ok());
    clock.set(local(newYork, 2026, 3, 6));
    ReminderQueue queue(*store, clock, {});
    auto due = queue.due();
    ASSERT_TRUE(due.ok());
    EXPECT_TRUE(due->isEmpty());
    EXPECT_EQ(reminder(ready).state, u"done"_s);
}

// The Reg E "tell the company within 2 business days" first step is done when the company was
// first told, in any form (12 CFR 1005.6(b)(5)(ii): in person, by telephone or in writing): a
// letter read out on the phone, a call logged afterwards with an earlier time. The step, the
// reminder's "done on … in time" and the dossier then give one date.
TEST_F(FollowUpPurposeTest, TheFirstNoticeInAnyFormTicksTheTellTheCompanyStep)
{
    ChecklistItem step;
    step.caseId = caseId;
    step.itemKey = u"report_loss_us"_s;
    step.label = u"Tell the company within 2 business days (US)"_s;
    ASSERT_TRUE(store->addChecklistItem(step).ok());
    ChecklistItem other;
    other.caseId = caseId;
    other.itemKey = u"change_passwords"_s;
    other.label = u"Change your passwords"_s;
    ASSERT_TRUE(store->addChecklistItem(other).ok());
    const auto stepOf = [&](const QString& key) {
        auto items = store->checklist(caseId);
        EXPECT_TRUE(items.ok());
        for (const ChecklistItem& item : *items) {
            if (item.itemKey == key)
                return item;
        }
        return ChecklistItem{};
    };

    Contact theirCall;
    theirCall.caseId = caseId;
    theirCall.direction = u"incoming"_s; // Cash App calling the user is no notice
    theirCall.channel = u"hotline"_s;
    theirCall.occurredAt = local(newYork, 2026, 3, 1, 9);
    ASSERT_TRUE(store->addContact(theirCall).ok());
    auto settled = ReminderPurpose::settleCase(*store, caseId, &table);
    ASSERT_TRUE(settled.ok());
    EXPECT_FALSE(stepOf(u"report_loss_us"_s).doneAt.has_value());

    Letter phoned;
    phoned.caseId = caseId;
    phoned.kind = u"initial"_s;
    phoned.status = u"sent"_s;
    phoned.channel = u"hotline"_s;
    phoned.sentAt = local(newYork, 2026, 3, 3, 15);
    ASSERT_TRUE(store->addLetter(phoned).ok());
    settled = ReminderPurpose::settleCase(*store, caseId, &table);
    ASSERT_TRUE(settled.ok());
    EXPECT_EQ(*settled, 1);
    EXPECT_EQ(stepOf(u"report_loss_us"_s).doneAt, phoned.sentAt);
    EXPECT_FALSE(stepOf(u"change_passwords"_s).doneAt.has_value());
    // Once only.
    settled = ReminderPurpose::settleCase(*store, caseId, &table);
    ASSERT_TRUE(settled.ok());
    EXPECT_EQ(*settled, 0);

    // The call on the day of the theft, logged after the letter: that was the notice.
    Contact call;
    call.caseId = caseId;
    call.direction = u"outgoing"_s;
    call.channel = u"hotline"_s;
    call.occurredAt = local(newYork, 2026, 3, 2, 8, 40);
    ASSERT_TRUE(store->addContact(call).ok());
    settled = ReminderPurpose::settleCase(*store, caseId, &table);
    ASSERT_TRUE(settled.ok());
    EXPECT_EQ(*settled, 1);
    EXPECT_EQ(stepOf(u"report_loss_us"_s).doneAt, call.occurredAt);

    // A time the user set is not moved.
    ChecklistItem mine = stepOf(u"report_loss_us"_s);
    mine.doneAt = local(newYork, 2026, 3, 2, 10);
    ASSERT_TRUE(store->updateChecklistItem(mine).ok());
    call.occurredAt = local(newYork, 2026, 3, 2, 7);
    ASSERT_TRUE(store->addContact(call).ok());
    settled = ReminderPurpose::settleCase(*store, caseId, &table);
    ASSERT_TRUE(settled.ok());
    EXPECT_EQ(stepOf(u"report_loss_us"_s).doneAt, mine.doneAt);
}

} // namespace

// The Cash App walk: the wizard's "check for a reply" follow-up was due the day after the
// complaint letter of November 29. A follow-up letter to Cash App sent on December 11 completes
// it (with the reason on the timeline); a regulator letter alone does not, nor does the letter
// it follows, nor is a follow-up set after the new letter completed by it.
TEST_F(FollowUpPurposeTest, ALaterLetterToTheCompanyCompletesTheEarlierFollowUp)
{
    const QTimeZone la = zone("America/Los_Angeles");
    clock.set(local(la, 2026, 11, 29, 10, 5));
    Letter complaint;
    complaint.caseId = caseId;
    complaint.kind = u"initial"_s;
    complaint.status = u"sent"_s;
    complaint.sentAt = local(la, 2026, 11, 29, 10);
    complaint.channel = u"email"_s;
    ASSERT_TRUE(store->addLetter(complaint).ok());
    const qint64 check = addReminder(
        *store, caseId, local(la, 2026, 11, 30, 9),
        u"Follow up with Cash App about Account stolen: have they replied to your complaint? If "
        "not, contact them again or escalate."_s,
        u"follow_up"_s);
    ASSERT_TRUE(ReminderPurpose::settleCase(*store, caseId, &table).ok());
    EXPECT_EQ(reminder(check).state, u"pending"_s); // the letter it follows does not do it

    Letter regulator;
    regulator.caseId = caseId;
    regulator.kind = u"regulator"_s;
    regulator.status = u"sent"_s;
    regulator.sentAt = local(la, 2026, 12, 11, 9, 30);
    ASSERT_TRUE(store->addLetter(regulator).ok());
    ASSERT_TRUE(ReminderPurpose::settleCase(*store, caseId, &table).ok());
    EXPECT_EQ(reminder(check).state, u"pending"_s); // not a letter to the company

    clock.set(local(la, 2026, 12, 11, 10));
    Letter followUp;
    followUp.caseId = caseId;
    followUp.kind = u"follow_up"_s;
    followUp.status = u"sent"_s;
    followUp.sentAt = local(la, 2026, 12, 11, 9);
    followUp.channel = u"email"_s;
    ASSERT_TRUE(store->addLetter(followUp).ok());
    // Set after the new letter went out: about the new letter, so it stays.
    const qint64 next = addReminder(*store, caseId, local(la, 2026, 12, 18, 9),
                                    u"A week since your complaint: has Cash App replied?"_s,
                                    u"follow_up"_s);
    auto settled = ReminderPurpose::settleCase(*store, caseId, &table);
    ASSERT_TRUE(settled.ok());
    EXPECT_EQ(reminder(check).state, u"done"_s);
    EXPECT_EQ(reminder(next).state, u"pending"_s);
    auto events = store->events(caseId);
    ASSERT_TRUE(events.ok());
    bool reason = false;
    for (const CaseEvent& e : *events) {
        const QJsonObject p = QJsonDocument::fromJson(e.payload.toUtf8()).object();
        if (e.kind == u"reminder.done" && p.value(u"reason").toString() == u"letter_to_company"_s)
            reason = true;
    }
    EXPECT_TRUE(reason);
}

// The Cash App walk at 10:00 on December 11: the reminder "Your letter asked Cash App to reply by
// December 11, 2026" fired at 9:00. The company has the rest of the day: due today, not overdue,
// in the start-up list and in the one-query list alike. The next morning it is overdue.
TEST_F(FollowUpPurposeTest, AReplyDeadlineOnItsOwnDayIsDueTodayNotOverdue)
{
    const QTimeZone la = zone("America/Los_Angeles");
    auto record = store->caseById(caseId);
    ASSERT_TRUE(record.ok());
    record->timeZone = u"America/Los_Angeles"_s;
    ASSERT_TRUE(store->updateCase(*record).ok());
    const qint64 reply = addReminder(
        *store, caseId, local(la, 2026, 12, 11, 9),
        u"Your letter asked Cash App to reply by December 11, 2026. Has it replied? If not, send "
        "a follow-up or take the next step."_s,
        u"reply_deadline"_s);
    const qint64 other = addReminder(*store, caseId, local(la, 2026, 12, 11, 9), u"Call them"_s,
                                     u"custom"_s);
    clock.set(local(la, 2026, 12, 11, 10));
    ReminderQueue queue(*store, clock, {});
    auto items = queue.overdueAt(clock.nowMs());
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 2);
    for (const FollowUpItem& item : *items) {
        EXPECT_EQ(item.dueToday, item.reminder.id == reply);
        EXPECT_EQ(item.overdue, item.reminder.id == other);
    }
    auto batch = queue.pendingUntil(clock.nowMs(), clock.nowMs());
    ASSERT_TRUE(batch.ok());
    for (const FollowUpItem& item : *batch)
        EXPECT_EQ(item.dueToday, item.reminder.id == reply);

    clock.set(local(la, 2026, 12, 12, 8));
    items = queue.overdueAt(clock.nowMs());
    ASSERT_TRUE(items.ok());
    for (const FollowUpItem& item : *items) {
        EXPECT_FALSE(item.dueToday);
        EXPECT_TRUE(item.overdue);
    }
}
