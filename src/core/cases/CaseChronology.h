// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QList>
#include <QTimeZone>

#include <optional>

namespace wc::core {

struct CaseSnapshot;

// One step in the story of a dispute. Which record it is about is carried along as a copy (only
// the member that matches `kind` is filled), so a view or the dossier can word it without looking
// anything up again.
struct ChronologyEntry
{
    enum class Kind
    {
        Incident,    // CaseRecord::incidentAt
        Transaction, // a disputed payment, or money that came back (TransactionRecord)
        StepDone,    // a first step ticked, at the time it was done (ChecklistItem)
        Contact,     // a contact with the company, either way (Contact)
        LetterSent,  // a letter recorded as sent (Letter)
        ReplyDue,    // the reply date a letter to the company asked for (Letter)
        PromiseDue,  // the date by which the company promised something (Contact)
        Deadline,    // a clock the user keeps: a claim deadline or a reply deadline (Reminder),
                     // dated by the deadline its text names, not by when it reminds
        Closed       // the case closed, with its outcome (CaseRecord)
    };
    // Whether a date that is part of the story was met. Reply dates: met when the company
    // answered (an incoming contact) by the end of that day; promises: met when the case was
    // closed as resolved by then; deadlines: met when the user ticked the reminder done.
    enum class State
    {
        None,     // not a dated obligation
        Upcoming, // its day has not ended yet
        Met,
        Missed
    };

    Kind kind = Kind::Incident;
    qint64 at = 0;         // epoch ms; for a date-only entry, the stored time (its day matters)
    bool dateOnly = false; // a date the user or the company gave without a time: print no time
    State state = State::None;
    std::optional<qint64> answeredAt; // ReplyDue: when the first answer came
    // Deadline: the day the reminder fires (Reminder::dueAt) when it is not the deadline's own
    // day, for a view that mentions it; never the entry's date.
    std::optional<qint64> remindAt;

    ChecklistItem step;
    TransactionRecord transaction;
    Contact contact;
    Letter letter;
    Reminder reminder;
    CaseRecord record; // Incident and Closed
};

// The story of a dispute, for the Timeline tab's default view and the dossier's chronology: the
// incident, the disputed payments, the first steps done, every contact (with the agent and what
// was promised), the letters sent, the dates the company was asked to answer by or promised
// something by and whether they were met, the user's own deadlines, and the case's close with its
// outcome, in time order. It is built from the case as it stands (not from the edit log, which
// the app keeps beside it as the tamper-evident record of every change). Pure: no store access,
// no wording; the caller words the entries in its own language.
class CaseChronology
{
public:
    // `nowMs` decides what is still upcoming; `zone` is the case's (CaseTimeZone::zoneFor): a
    // date's day ends at midnight there.
    static QList<ChronologyEntry> build(const CaseSnapshot& snapshot, qint64 nowMs,
                                        const QTimeZone& zone);

    // The first instant after the calendar day of `epochMs` in `zone`.
    static qint64 endOfDay(qint64 epochMs, const QTimeZone& zone);
};

} // namespace wc::core
