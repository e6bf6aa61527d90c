// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/ClockTable.h"
#include "model/Entities.h"
#include "util/Result.h"

#include <QLatin1String>
#include <QList>
#include <QString>

#include <optional>

namespace wc::core {

class CaseStore;
struct CaseSnapshot;

// Why WalletCase marked a reminder done itself (the "reason" of its reminder.done event).
namespace fulfilled {
inline constexpr QLatin1String LetterToCompany{"letter_to_company"};
inline constexpr QLatin1String ContactWithCompany{"contact_with_company"};
inline constexpr QLatin1String FirstStep{"first_step"}; // "first_step:<checklist key>" in data
} // namespace fulfilled

// Ties a deadline reminder to what it is for and completes it once the case records that it was
// done: a "tell Cash App within 2 business days" reminder is pointless, and alarming as overdue,
// after the complaint letter went out or the "tell the company" first step was ticked. Which
// actions fulfil which clock is data (clocks.json "fulfilled_by"). Reminders do not store the
// clock they came from, so the clock is recognised by its text (ClockTable::makeReminder writes
// the rule's text with the provider and date filled in, in either language); a reminder whose
// text the user changed is left alone.
class ReminderPurpose
{
public:
    // The shipped clock table, loaded once; null when it cannot be read.
    static const ClockTable* shippedClocks();

    // The clock rule a reminder was made from, when its text is one of them.
    static std::optional<ClockRule> ruleOf(const ClockTable& clocks, const Reminder& reminder);
    // The reason key (fulfilled::) of the first recorded action in `snapshot` that fulfils
    // `rule`; empty when none does or the rule names none.
    static QString fulfilment(const ClockRule& rule, const CaseSnapshot& snapshot);

    // Ticks each open first step of `caseId` that a recorded action did (clocks.json
    // "first_steps_fulfilled_by": the Reg E "tell the company within 2 business days" step once
    // a call to the company is logged or a letter to it is sent), done at the earliest such
    // action's time, and moves a step it ticked earlier when an earlier action is logged later;
    // how many.
    static Result<int> settleFirstSteps(CaseStore& store, qint64 caseId,
                                        const ClockTable* clocks = shippedClocks());
    // Marks done each pending reminder of `caseId` that a recorded action fulfils, with the
    // reason in its event (one transaction), after settleFirstSteps; how many of both.
    static Result<int> settleCase(CaseStore& store, qint64 caseId,
                                  const ClockTable* clocks = shippedClocks());
    // The same for a list of pending reminders (ReminderQueue's): only cases holding a reminder
    // that can be fulfilled are read. Removes the completed ones from `reminders`.
    // `superseded`: also complete plain "check for a reply" follow-ups that a later letter to the
    // company answered. settleCase does, when a case changes (a letter marked sent); the queue's
    // polls do not, as every case with a pending follow-up would be read at each poll and at
    // start-up.
    static Result<void> settle(CaseStore& store, QList<Reminder>& reminders,
                               const ClockTable* clocks = shippedClocks(), bool superseded = false);
};

} // namespace wc::core
