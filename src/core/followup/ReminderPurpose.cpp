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

// A rule's text in one language as a pattern: {provider} and {deadline} match any words.
QRegularExpression patternFor(const QString& text)
{
    QString pattern = QRegularExpression::escape(text);
    for (const QString& slot : {u"{provider}"_s, u"{deadline}"_s})
        pattern.replace(QRegularExpression::escape(slot), u"(.+?)"_s);
    // Not anchored at the start: an offer may wrap the rule's text in a condition ("If you
    // paid from your balance or bank account (not a credit card): …", if_from_account_text).
    return QRegularExpression(pattern + u"\\z"_s, QRegularExpression::DotMatchesEverythingOption);
}

using RulePatterns = QList<std::pair<QRegularExpression, ClockRule>>;

// Only rules that name a fulfilling action are worth recognising.
RulePatterns patternsOf(const ClockTable& clocks)
{
    RulePatterns out;
    for (const ClockRule& rule : clocks.rules()) {
        if (rule.fulfilledBy.isEmpty())
            continue;
        for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
            if (const QString text = rule.text.text(language); !text.isEmpty())
                out.append({patternFor(text), rule});
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

Result<int> ReminderPurpose::settleCase(CaseStore& store, qint64 caseId, const ClockTable* clocks)
{
    if (!clocks)
        return 0;
    auto reminders = store.reminders(caseId);
    if (!reminders)
        return std::move(reminders).error();
    QList<Reminder> pending;
    for (const Reminder& r : std::as_const(*reminders)) {
        if (r.state == u"pending")
            pending << r;
    }
    const qsizetype before = pending.size();
    WC_TRY(settle(store, pending, clocks));
    return int(before - pending.size());
}

Result<void> ReminderPurpose::settle(CaseStore& store, QList<Reminder>& reminders,
                                     const ClockTable* clocks)
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
            const QString reason = fulfilment(rule, *snapshot);
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
