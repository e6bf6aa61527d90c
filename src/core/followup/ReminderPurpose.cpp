// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "followup/ReminderPurpose.h"

#include "store/CaseStore.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

using RulePatterns = QList<std::pair<QRegularExpression, ClockRule>>;

// Only rules that name a fulfilling action are worth recognising.
RulePatterns patternsOf(const ClockTable& clocks)
{
    RulePatterns out;
    // The ready-to-send reminder too: it is done once the letter goes out.
    for (const QList<ClockRule>* rules : {&clocks.rules(), &clocks.purposeRules()}) {
        for (const ClockRule& rule : *rules) {
            if (rule.fulfilledBy.isEmpty())
                continue;
            for (const LocalizedText* t : {&rule.text, &rule.estimateText}) {
                for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
                    if (const QString text = t->text(language); !text.isEmpty())
                        out.append({ClockTable::textPattern(text), rule});
                }
            }
        }
    }
    return out;
}

std::optional<ClockRule> match(const RulePatterns& patterns, const Reminder& reminder)
{
    if (reminder.text.isEmpty() || reminder.contactId)
        return std::nullopt;
    for (const auto& [pattern, rule] : patterns) {
        if (rule.kind == reminder.kind && pattern.match(reminder.text).hasMatch())
            return rule;
    }
    return std::nullopt;
}

bool sentToCompany(const Letter& l)
{
    // Regulator letters and public posts go elsewhere; every other kind is to the company.
    return l.status == status::Sent && l.kind != u"regulator" && l.kind != u"public_post";
}

// A "check for a reply" follow-up set after a letter to the company (the wizard's, or a
// follow-up clock's) is answered by the next letter to the company: it restated the complaint,
// and its own reply date is what to watch now. Not a reminder tied to a promise, and not by the
// letter it follows (the first one, or one sent before the reminder was set).
bool followUpSuperseded(const Reminder& reminder, const CaseSnapshot& snapshot)
{
    if (reminder.kind != u"follow_up" || reminder.contactId)
        return false;
    std::optional<qint64> first;
    for (const Letter& l : snapshot.letters) {
        if (sentToCompany(l) && l.sentAt && (!first || *l.sentAt < *first))
            first = l.sentAt;
    }
    if (!first)
        return false;
    return std::any_of(snapshot.letters.cbegin(), snapshot.letters.cend(), [&](const Letter& l) {
        // Set before that letter, or due before it went out (a case entered after the fact).
        return sentToCompany(l) && l.sentAt && *l.sentAt > *first &&
            (*l.sentAt > reminder.createdAt || *l.sentAt > reminder.dueAt);
    });
}

} // namespace

const ClockTable* ReminderPurpose::shippedClocks()
{
    static const std::optional<ClockTable> table = []() -> std::optional<ClockTable> {
        auto loaded = ClockTable::load();
        if (!loaded)
            return std::nullopt;
        return std::move(*loaded);
    }();
    return table ? &*table : nullptr;
}

std::optional<ClockRule> ReminderPurpose::ruleOf(const ClockTable& clocks, const Reminder& reminder)
{
    return match(patternsOf(clocks), reminder);
}

QString ReminderPurpose::fulfilment(const ClockRule& rule, const CaseSnapshot& snapshot)
{
    for (const QString& action : rule.fulfilledBy) {
        if (action == fulfilled::LetterToCompany &&
            std::any_of(snapshot.letters.cbegin(), snapshot.letters.cend(), sentToCompany))
            return action;
        if (action == u"written_letter_to_company" && ClockTable::actionDoneAt(action, snapshot))
            return QString(fulfilled::LetterToCompany);
        if (action == fulfilled::ContactWithCompany &&
            std::any_of(snapshot.contacts.cbegin(), snapshot.contacts.cend(),
                        [](const Contact& c) { return c.direction == u"outgoing"; }))
            return action;
        if (action.startsWith(QString(fulfilled::FirstStep) + u':')) {
            const QString key = action.section(u':', 1);
            for (const ChecklistItem& item : snapshot.checklist) {
                if (item.itemKey == key && item.doneAt)
                    return action;
            }
        }
    }
    return {};
}

Result<int> ReminderPurpose::settleFirstSteps(CaseStore& store, qint64 caseId,
                                              const ClockTable* clocks)
{
    if (!clocks || clocks->stepFulfilment().isEmpty())
        return 0;
    auto snapshot = store.snapshot(caseId);
    if (!snapshot)
        return std::move(snapshot).error();
    QList<ChecklistItem> done;
    for (ChecklistItem item : std::as_const(snapshot->checklist)) {
        if (!clocks->stepFulfilment().contains(item.itemKey))
            continue;
        std::optional<qint64> at;
        QList<qint64> actionTimes;
        for (const QString& action : clocks->stepFulfilment().value(item.itemKey)) {
            const auto when = ClockTable::actionDoneAt(action, *snapshot);
            if (!when)
                continue;
            actionTimes << *when;
            if (!at || *when < *at)
                at = when;
        }
        if (!at)
            continue;
        // A step ticked at the time of a recorded action (by this function) moves to an earlier
        // one logged afterwards: the call on the day of the theft, entered after the letter,
        // was the notice. A time the user set is theirs.
        if (item.doneAt && (*item.doneAt <= *at || !actionTimes.contains(*item.doneAt)))
            continue;
        item.doneAt = at; // when the company was first told: that is when the step was done
        done << item;
    }
    if (done.isEmpty())
        return 0;
    const auto write = [&]() -> Result<void> {
        for (const ChecklistItem& item : std::as_const(done))
            WC_TRY(store.updateChecklistItem(item));
        return {};
    };
    WC_TRY(store.runBatch(write));
    return int(done.size());
}

Result<int> ReminderPurpose::settleCase(CaseStore& store, qint64 caseId, const ClockTable* clocks)
{
    if (!clocks)
        return 0;
    auto steps = settleFirstSteps(store, caseId, clocks);
    if (!steps)
        return std::move(steps).error();
    auto reminders = store.reminders(caseId);
    if (!reminders)
        return std::move(reminders).error();
    QList<Reminder> pending;
    for (const Reminder& r : std::as_const(*reminders)) {
        if (r.state == u"pending")
            pending << r;
    }
    const qsizetype before = pending.size();
    WC_TRY(settle(store, pending, clocks, true));
    return int(before - pending.size()) + *steps;
}

Result<void> ReminderPurpose::settle(CaseStore& store, QList<Reminder>& reminders,
                                     const ClockTable* clocks, bool superseded)
{
    if (!clocks || reminders.isEmpty())
        return {};
    // Recognise first (text only), then read each case concerned once.
    const RulePatterns patterns = patternsOf(*clocks);
    QHash<qint64, QList<std::pair<qsizetype, ClockRule>>> byCase;
    for (qsizetype i = 0; i < reminders.size(); ++i) {
        const Reminder& r = reminders.at(i);
        if (r.state != u"pending")
            continue;
        if (auto rule = match(patterns, r))
            byCase[r.caseId].append({i, *rule});
        else if (superseded && r.kind == u"follow_up" && !r.contactId)
            byCase[r.caseId].append({i, ClockRule{}}); // may be superseded by a later letter
    }
    if (byCase.isEmpty())
        return {};
    QSet<qint64> completed;
    for (auto it = byCase.cbegin(); it != byCase.cend(); ++it) {
        auto snapshot = store.snapshot(it.key());
        if (!snapshot)
            return std::move(snapshot).error();
        QList<std::pair<qint64, QString>> done; // reminder id, reason
        for (const auto& [index, rule] : it.value()) {
            QString reason = fulfilment(rule, *snapshot);
            if (reason.isEmpty() && superseded
                && followUpSuperseded(reminders.at(index), *snapshot))
                reason = QString(fulfilled::LetterToCompany);
            if (reason.isEmpty())
                continue;
            // The data's "first_step:<key>" is one reason to the timeline.
            done.append({reminders.at(index).id,
                         reason.startsWith(QString(fulfilled::FirstStep))
                             ? QString(fulfilled::FirstStep)
                             : reason});
        }
        if (done.isEmpty())
            continue;
        const auto write = [&]() -> Result<void> {
            for (const auto& [id, reason] : std::as_const(done))
                WC_TRY(store.completeReminder(id, reason));
            return {};
        };
        WC_TRY(store.runBatch(write));
        for (const auto& entry : std::as_const(done))
            completed.insert(entry.first);
    }
    reminders.erase(std::remove_if(reminders.begin(), reminders.end(),
                                   [&](const Reminder& r) { return completed.contains(r.id); }),
                    reminders.end());
    return {};
}

} // namespace wc::core
