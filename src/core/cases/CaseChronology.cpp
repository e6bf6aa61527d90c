// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "cases/CaseChronology.h"

#include "followup/CaseLifecycle.h"
#include "followup/ClockTable.h"
#include "followup/ReminderPurpose.h"
#include "letters/LetterDrafter.h"
#include "store/CaseStore.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

bool isSent(const Letter& l)
{
    return l.status == u"sent" && l.sentAt.has_value();
}

// A letter that asks the company itself for an answer (a regulator or a public post answers on
// its own terms).
bool asksCompany(const Letter& l)
{
    return l.kind != u"regulator" && l.kind != u"public_post";
}

ChronologyEntry::State dueState(bool met, qint64 dueEnd, qint64 nowMs)
{
    if (met)
        return ChronologyEntry::State::Met;
    return nowMs >= dueEnd ? ChronologyEntry::State::Missed : ChronologyEntry::State::Upcoming;
}

// The deadline a clock reminder is about: the first date its text names, as the clocks write it
// ("27 January 2027", "2027年1月27日"; also "January 27, 2027" and 2027-01-27). The reminder
// itself fires days earlier (ClockRule::remindBeforeDays), so its dueAt is not the deadline.
std::optional<QDate> deadlineIn(const QString& text)
{
    const QList<QDate> dates = ClockTable::datesIn(text);
    return dates.isEmpty() ? std::nullopt : std::optional<QDate>(dates.first());
}

} // namespace

qint64 CaseChronology::endOfDay(qint64 epochMs, const QTimeZone& zone)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(epochMs, zone).date();
    return QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
}

QList<ChronologyEntry> CaseChronology::build(const CaseSnapshot& s, qint64 nowMs,
                                             const QTimeZone& zone)
{
    using Kind = ChronologyEntry::Kind;
    QList<ChronologyEntry> out;
    const CaseRecord& r = s.record;
    // A promise counts as kept when the case was closed as resolved by its day's end; nothing
    // else in the file says a promise was kept, so the entry never claims more than that.
    const bool resolved = r.closedAt && (r.outcome == outcome::ResolvedFully
                                         || r.outcome == outcome::ResolvedPartly
                                         || r.status == status::Resolved);

    if (r.incidentAt) {
        ChronologyEntry e;
        e.kind = Kind::Incident;
        e.at = *r.incidentAt;
        e.dateOnly = !r.incidentTimeKnown;
        e.record = r;
        out.append(e);
    }
    for (const TransactionRecord& t : s.transactions) {
        if (!t.occurredAt || t.direction == direction::Neutral)
            continue;
        ChronologyEntry e;
        e.kind = Kind::Transaction;
        e.at = *t.occurredAt;
        e.transaction = t;
        out.append(e);
    }
    for (const ChecklistItem& item : s.checklist) {
        if (!item.doneAt)
            continue;
        ChronologyEntry e;
        e.kind = Kind::StepDone;
        e.at = *item.doneAt;
        e.step = item;
        out.append(e);
    }

    QList<qint64> letterDueDays; // the days letters asked for an answer by, in the case's zone
    for (const Letter& l : s.letters) {
        if (!isSent(l))
            continue;
        ChronologyEntry sent;
        sent.kind = Kind::LetterSent;
        sent.at = *l.sentAt;
        sent.letter = l;
        out.append(sent);
        if (!asksCompany(l))
            continue;
        const auto due = LetterDrafter::replyDeadline(l, zone);
        if (!due)
            continue;
        ChronologyEntry reply;
        reply.kind = Kind::ReplyDue;
        reply.at = *due;
        reply.dateOnly = true;
        reply.letter = l;
        const qint64 dueEnd = endOfDay(*due, zone);
        for (const Contact& c : s.contacts) {
            if (c.direction == u"incoming" && c.occurredAt >= *l.sentAt
                && (!reply.answeredAt || c.occurredAt < *reply.answeredAt))
                reply.answeredAt = c.occurredAt;
        }
        reply.state = dueState(reply.answeredAt && *reply.answeredAt < dueEnd, dueEnd, nowMs);
        letterDueDays.append(dueEnd);
        out.append(reply);
    }

    for (const Contact& c : s.contacts) {
        ChronologyEntry contact;
        contact.kind = Kind::Contact;
        contact.at = c.occurredAt;
        contact.dateOnly = !c.timeKnown;
        contact.contact = c;
        out.append(contact);
        if (!c.promisedBy)
            continue;
        ChronologyEntry promise;
        promise.kind = Kind::PromiseDue;
        promise.at = *c.promisedBy;
        promise.dateOnly = true;
        promise.contact = c;
        const qint64 dueEnd = endOfDay(*c.promisedBy, zone);
        promise.state = dueState(resolved && *r.closedAt < dueEnd, dueEnd, nowMs);
        out.append(promise);
    }

    for (const Reminder& rem : s.reminders) {
        // Promise reminders repeat the contact's promise; plain follow-ups are the user's own
        // plans, not part of the dispute; a reply-date reminder for a letter's date is the
        // letter's ReplyDue already.
        if (rem.kind != u"claim_deadline" && rem.kind != u"reply_deadline")
            continue;
        if (rem.state == u"dismissed")
            continue;
        // The story is dated by the deadline, which the reminder's text names; the reminder
        // fires days before it. A text that names no date (edited by hand) leaves no day the
        // story could truthfully give the deadline, so it is not placed at all.
        const auto deadline = deadlineIn(rem.text);
        if (!deadline)
            continue;
        const qint64 deadlineAt = deadline->startOfDay(zone).toMSecsSinceEpoch();
        const qint64 dueEnd = endOfDay(deadlineAt, zone);
        // A reminder of a letter's own reply date is that letter's ReplyDue already; a rule's
        // deadline on the same day (Regulation E's 10 business days) is a deadline of its own
        // (the walk ticked it and the story left it out).
        if (rem.kind == u"reply_deadline" && letterDueDays.contains(dueEnd)) {
            const ClockTable* clocks = ReminderPurpose::shippedClocks();
            const auto rule = clocks ? clocks->recognise(rem) : std::nullopt;
            if (!rule || rule->rule.starts == clockstart::ReplyRequested)
                continue;
        }
        ChronologyEntry e;
        e.kind = Kind::Deadline;
        e.at = deadlineAt;
        e.dateOnly = true;
        e.reminder = rem;
        if (endOfDay(rem.dueAt, zone) != dueEnd)
            e.remindAt = rem.dueAt;
        e.state = dueState(rem.state == u"done" && rem.doneAt.value_or(0) < dueEnd, dueEnd, nowMs);
        out.append(e);
    }

    if (r.closedAt && isClosedStatus(r.status)) {
        ChronologyEntry e;
        e.kind = Kind::Closed;
        e.at = *r.closedAt;
        e.record = r;
        out.append(e);
    }

    // By day in the case's zone; within a day a dated obligation (which runs to the day's end)
    // comes after what happened at a time that day; then by time, then in the order built.
    std::stable_sort(out.begin(), out.end(), [&zone](const ChronologyEntry& a,
                                                    const ChronologyEntry& b) {
        const QDate da = QDateTime::fromMSecsSinceEpoch(a.at, zone).date();
        const QDate db = QDateTime::fromMSecsSinceEpoch(b.at, zone).date();
        if (da != db)
            return da < db;
        if (a.dateOnly != b.dateOnly)
            return !a.dateOnly;
        return a.dateOnly ? false : a.at < b.at;
    });
    // A closed case waits for nothing: a date still ahead when it closed is not "not yet due".
    if (r.closedAt && isClosedStatus(r.status)) {
        for (ChronologyEntry& e : out) {
            if (e.state == ChronologyEntry::State::Upcoming)
                e.state = ChronologyEntry::State::None;
        }
    }
    return out;
}

} // namespace wc::core
