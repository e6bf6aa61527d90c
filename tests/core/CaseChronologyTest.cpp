// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The story of a dispute (CaseChronology): what happened in the dispute, in time order, with the
// dates the company had to meet and whether it did; not the app's edit log.
#include "cases/CaseChronology.h"
#include "followup/ReminderPurpose.h"
#include "store/CaseStore.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;
using Kind = ChronologyEntry::Kind;
using State = ChronologyEntry::State;

namespace {

const QTimeZone kShanghai("Asia/Shanghai");

qint64 at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), kShanghai).toMSecsSinceEpoch();
}

CaseSnapshot dispute()
{
    CaseSnapshot s;
    s.record.id = 1;
    s.record.family = u"transaction"_s;
    s.record.subtype = u"duplicate_charge"_s;
    s.record.status = u"awaiting_reply"_s;
    s.record.incidentAt = at(12, 1, 14, 32);
    s.record.amountMinor = 12'800;
    s.record.currency = u"CNY"_s;
    s.record.createdAt = at(12, 2, 9);

    TransactionRecord payment;
    payment.id = 1;
    payment.occurredAt = at(12, 1, 14, 32);
    payment.amountMinor = 12'800;
    payment.currency = u"CNY"_s;
    TransactionRecord own = payment; // between the user's own accounts: not part of the story
    own.id = 2;
    own.direction = u"neutral"_s;
    s.transactions = {payment, own};

    ChecklistItem frozen;
    frozen.id = 1;
    frozen.itemKey = u"freeze_account"_s;
    frozen.doneAt = at(12, 1, 15, 0);
    ChecklistItem open;
    open.id = 2;
    open.itemKey = u"save_record_and_error"_s;
    s.checklist = {frozen, open};

    Contact call;
    call.id = 1;
    call.occurredAt = at(12, 2, 10);
    call.channel = u"hotline"_s;
    call.direction = u"outgoing"_s;
    call.agentName = u"李娜"_s;
    call.agentId = u"A1024"_s;
    call.promise = u"3 个工作日内退款"_s;
    call.promisedBy = at(12, 5, 12); // stored at noon: a date, not a time
    s.contacts = {call};

    Letter letter;
    letter.id = 1;
    letter.kind = u"initial"_s;
    letter.status = u"sent"_s;
    letter.sentAt = at(12, 3, 9);
    letter.createdAt = at(12, 3, 8);
    letter.replyBy = at(12, 10, 9);
    Letter draft = letter; // a draft is not part of the story
    draft.id = 2;
    draft.status = u"draft"_s;
    draft.sentAt.reset();
    s.letters = {letter, draft};

    // The edit log holds many entries; none of them may appear in the story.
    for (int i = 1; i <= 6; ++i) {
        CaseEvent e;
        e.seq = i;
        e.at = at(12, 2, 9, i);
        e.kind = u"case.updated"_s;
        s.events.append(e);
    }
    return s;
}

QList<Kind> kinds(const QList<ChronologyEntry>& entries)
{
    QList<Kind> out;
    for (const ChronologyEntry& e : entries)
        out << e.kind;
    return out;
}

} // namespace

TEST(CaseChronology, TellsTheDisputeInTimeOrderNotTheEditLog)
{
    const auto entries = CaseChronology::build(dispute(), at(12, 4, 12), kShanghai);
    EXPECT_EQ(kinds(entries),
              (QList<Kind>{Kind::Incident, Kind::Transaction, Kind::StepDone, Kind::Contact,
                           Kind::LetterSent, Kind::PromiseDue, Kind::ReplyDue}));
    EXPECT_EQ(entries[2].step.itemKey, u"freeze_account"_s);
    EXPECT_EQ(entries[3].contact.agentId, u"A1024"_s);
}

TEST(CaseChronology, PromisesAndReplyDatesAreDatesWithWhetherTheyWereMet)
{
    CaseSnapshot s = dispute();
    // Before the promised day ends: not yet due.
    auto entries = CaseChronology::build(s, at(12, 5, 23, 59), kShanghai);
    auto promise = std::find_if(entries.cbegin(), entries.cend(),
                                [](const auto& e) { return e.kind == Kind::PromiseDue; });
    ASSERT_NE(promise, entries.cend());
    EXPECT_TRUE(promise->dateOnly);
    EXPECT_EQ(promise->state, State::Upcoming);

    // The day is over, the case is still open: missed.
    entries = CaseChronology::build(s, at(12, 6, 0, 1), kShanghai);
    promise = std::find_if(entries.cbegin(), entries.cend(),
                           [](const auto& e) { return e.kind == Kind::PromiseDue; });
    EXPECT_EQ(promise->state, State::Missed);

    // The company answered on 8 December, before the reply date: met.
    Contact reply;
    reply.id = 2;
    reply.occurredAt = at(12, 8, 16);
    reply.direction = u"incoming"_s;
    reply.channel = u"email"_s;
    s.contacts.append(reply);
    entries = CaseChronology::build(s, at(12, 20, 9), kShanghai);
    const auto due = std::find_if(entries.cbegin(), entries.cend(),
                                  [](const auto& e) { return e.kind == Kind::ReplyDue; });
    ASSERT_NE(due, entries.cend());
    EXPECT_TRUE(due->dateOnly);
    EXPECT_EQ(due->state, State::Met);
    EXPECT_EQ(due->answeredAt, reply.occurredAt);

    // Answered only on 11 December: the reply date was missed, and when the answer came is kept.
    s.contacts.last().occurredAt = at(12, 11, 10);
    entries = CaseChronology::build(s, at(12, 20, 9), kShanghai);
    const auto late = std::find_if(entries.cbegin(), entries.cend(),
                                   [](const auto& e) { return e.kind == Kind::ReplyDue; });
    EXPECT_EQ(late->state, State::Missed);
    EXPECT_EQ(late->answeredAt, at(12, 11, 10));
}

TEST(CaseChronology, AClosedCaseEndsTheStoryWithItsOutcome)
{
    CaseSnapshot s = dispute();
    s.record.status = u"resolved"_s;
    s.record.outcome = u"resolved_fully"_s;
    s.record.recoveredMinor = 12'800;
    s.record.closedAt = at(12, 4, 18);
    const auto entries = CaseChronology::build(s, at(12, 20, 9), kShanghai);
    // Closed as resolved before the promised date: the promise counts as kept.
    const auto promise = std::find_if(entries.cbegin(), entries.cend(),
                                      [](const auto& e) { return e.kind == Kind::PromiseDue; });
    EXPECT_EQ(promise->state, State::Met);
    const auto closed = std::find_if(entries.cbegin(), entries.cend(),
                                     [](const auto& e) { return e.kind == Kind::Closed; });
    ASSERT_NE(closed, entries.cend());
    EXPECT_EQ(closed->record.recoveredMinor, 12'800);
    EXPECT_EQ(closed->at, at(12, 4, 18));
}

TEST(CaseChronology, DeadlinesTheUserKeepsAreShownButNotPlainFollowUps)
{
    CaseSnapshot s = dispute();
    Reminder claim;
    claim.id = 1;
    claim.kind = u"claim_deadline"_s;
    claim.dueAt = at(12, 30, 9);
    claim.text = u"The chargeback window closes on 30 December 2026."_s;
    Reminder followUp = claim;
    followUp.id = 2;
    followUp.kind = u"follow_up"_s;
    Reminder letterDate = claim; // the letter's own reply date, offered as a reminder
    letterDate.id = 3;
    letterDate.kind = u"reply_deadline"_s;
    letterDate.dueAt = at(12, 10, 9);
    letterDate.text = u"Your letter asked the company to reply by 10 December 2026."_s;
    Reminder promise = claim; // the contact's promise repeated as a reminder
    promise.id = 4;
    promise.kind = u"promise"_s;
    // A rule's deadline that falls on the letter's reply date is a deadline of its own: the walk
    // ticked Regulation E's 10 business days and the story left them out.
    const ClockTable* clocks = ReminderPurpose::shippedClocks();
    ASSERT_TRUE(clocks);
    const auto regE = clocks->rule(u"us_rege_investigation"_s);
    ASSERT_TRUE(regE);
    Reminder investigation = letterDate;
    investigation.id = 5;
    investigation.text = regE->text.text(u"en"_s)
                             .replace(u"{provider}"_s, u"Cash App"_s)
                             .replace(u"{deadline}"_s, u"December 10, 2026"_s);
    s.reminders = {claim, followUp, letterDate, promise, investigation};
    const auto entries = CaseChronology::build(s, at(12, 31, 9), kShanghai);
    QList<qint64> deadlines;
    for (const ChronologyEntry& e : entries) {
        if (e.kind == Kind::Deadline) {
            deadlines << e.reminder.id;
            EXPECT_EQ(e.state, State::Missed);
        }
    }
    EXPECT_EQ(deadlines, (QList<qint64>{5, 1}));
}

// The walk: a clock reminding on 17 January about a deadline of 27 January stood in the story on
// the 17th, already "missed" on the 18th. The story dates a deadline by the deadline its text
// names; the reminder's own day is kept only for a view to mention.
TEST(CaseChronology, ADeadlineIsDatedByTheDeadlineNotByItsReminder)
{
    CaseSnapshot s = dispute();
    Reminder claim;
    claim.id = 1;
    claim.kind = u"claim_deadline"_s;
    claim.dueAt = QDateTime(QDate(2027, 1, 17), QTime(9, 0), kShanghai).toMSecsSinceEpoch();
    claim.text = u"A PayPal dispute must be escalated to a claim within 20 days of opening it, "
                 "or it closes: by 27 January 2027."_s;
    Reminder zh = claim;
    zh.id = 2;
    zh.kind = u"reply_deadline"_s;
    zh.text = u"支付宝应在2027年1月30日前答复您的投诉。"_s;
    Reminder undated = claim; // edited by hand: no day the story could give it
    undated.id = 3;
    undated.text = u"Escalate the dispute"_s;
    s.reminders = {claim, zh, undated};
    const qint64 jan17 = QDateTime(QDate(2027, 1, 17), QTime(9, 0), kShanghai).toMSecsSinceEpoch();
    const qint64 jan20 = QDateTime(QDate(2027, 1, 20), QTime(9, 0), kShanghai).toMSecsSinceEpoch();
    const auto entries = CaseChronology::build(s, jan20, kShanghai);
    QList<ChronologyEntry> deadlines;
    for (const ChronologyEntry& e : entries) {
        if (e.kind == Kind::Deadline)
            deadlines << e;
    }
    ASSERT_EQ(deadlines.size(), 2);
    EXPECT_EQ(deadlines[0].reminder.id, 1);
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(deadlines[0].at, kShanghai).date(), QDate(2027, 1, 27));
    EXPECT_TRUE(deadlines[0].dateOnly);
    EXPECT_EQ(deadlines[0].remindAt, std::optional<qint64>(jan17));
    // On 20 January the deadline of the 27th is still ahead, whatever day it reminded.
    EXPECT_EQ(deadlines[0].state, State::Upcoming);
    EXPECT_EQ(deadlines[1].reminder.id, 2);
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(deadlines[1].at, kShanghai).date(), QDate(2027, 1, 30));
    // Read after the 27th, that deadline was missed (the reminder was not ticked done).
    const qint64 jan28 = QDateTime(QDate(2027, 1, 28), QTime(9, 0), kShanghai).toMSecsSinceEpoch();
    for (const ChronologyEntry& e : CaseChronology::build(s, jan28, kShanghai)) {
        if (e.kind == Kind::Deadline && e.reminder.id == 1) {
            EXPECT_EQ(e.state, State::Missed);
        }
    }
}

TEST(CaseChronology, ADayEndsAtMidnightInTheCasesZone)
{
    // 23:30 on 5 December in Beijing is 15:30 UTC: its day ends at 16:00 UTC.
    const qint64 lateEvening = at(12, 5, 23, 30);
    EXPECT_EQ(CaseChronology::endOfDay(lateEvening, kShanghai), at(12, 6, 0, 0));
}

namespace {

// The walk: a resolved case's dossier still said its reply date was "not yet due".
TEST(CaseChronology, AClosedCaseWaitsForNoDate)
{
    CaseSnapshot s = dispute();
    s.record.status = u"resolved"_s;
    s.record.outcome = u"resolved_fully"_s;
    s.record.closedAt = at(12, 4, 18);
    // Read the day after closing, before the letter's reply date (10 Dec).
    const auto entries = CaseChronology::build(s, at(12, 5, 9), kShanghai);
    for (const ChronologyEntry& e : entries)
        EXPECT_NE(e.state, State::Upcoming) << int(e.kind);
}

} // namespace
