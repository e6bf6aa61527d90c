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
    step.label = u"Tell the company in writing within 2 business days (US)"_s;
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

} // namespace
