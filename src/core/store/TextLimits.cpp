// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "store/TextLimits.h"

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

// `field` is the user's word for it; the detail names the column for the log.
Result<void> fits(const QString& text, qsizetype max, const QString& field, const char* column)
{
    if (text.size() <= max)
        return {};
    return Error{ErrorCode::InvalidArgument,
                 TextLimits::tr("The %1 is too long to keep: %2 characters, where at most %3 fit. "
                                "Shorten it; a long document can be added as evidence instead.")
                     .arg(field)
                     .arg(text.size())
                     .arg(max),
                 u"%1 too long: %2 characters"_s.arg(QLatin1String(column)).arg(text.size())};
}

} // namespace

Result<void> TextLimits::check(const CaseRecord& r)
{
    WC_TRY(fits(r.title, ShortText, tr("case title"), "title"));
    WC_TRY(fits(r.providerName, ShortText, tr("provider name"), "provider_name"));
    WC_TRY(fits(r.accountRef, ShortText, tr("account"), "account_ref"));
    WC_TRY(fits(r.description, LongText, tr("description of what happened"), "description"));
    WC_TRY(fits(r.remedyNote, LongText, tr("note on what you ask for"), "remedy_note"));
    WC_TRY(fits(r.outcomeNote, LongText, tr("note on how the case ended"), "outcome_note"));
    if (r.references.size() > MaxReferences) {
        return Error{ErrorCode::InvalidArgument,
                     tr("A case can quote at most %1 references; this one has %2.")
                         .arg(MaxReferences)
                         .arg(r.references.size()),
                     u"references: %1"_s.arg(r.references.size())};
    }
    for (const QString& reference : r.references)
        WC_TRY(fits(reference, ShortText, tr("reference"), "refs"));
    return {};
}

Result<void> TextLimits::check(const ChecklistItem& item)
{
    WC_TRY(fits(item.label, ShortText, tr("first step"), "label"));
    WC_TRY(fits(item.note, LongText, tr("note on a first step"), "checklist note"));
    return {};
}

Result<void> TextLimits::check(const TransactionRecord& t)
{
    WC_TRY(fits(t.counterparty, ShortText, tr("payee"), "counterparty"));
    WC_TRY(fits(t.reference, ShortText, tr("transaction reference"), "reference"));
    WC_TRY(fits(t.status, ShortText, tr("transaction status"), "status"));
    WC_TRY(fits(t.note, LongText, tr("note on a transaction"), "transaction note"));
    return {};
}

Result<void> TextLimits::check(const Evidence& e)
{
    WC_TRY(fits(e.title, ShortText, tr("evidence title"), "evidence title"));
    WC_TRY(fits(e.fileName, ShortText, tr("evidence file name"), "file_name"));
    WC_TRY(fits(e.note, LongText, tr("note on evidence"), "evidence note"));
    return {};
}

Result<void> TextLimits::check(const Contact& c)
{
    WC_TRY(fits(c.agentName, ShortText, tr("agent's name"), "agent_name"));
    WC_TRY(fits(c.agentId, ShortText, tr("agent's employee ID"), "agent_id"));
    WC_TRY(fits(c.reference, ShortText, tr("ticket number"), "contact reference"));
    WC_TRY(fits(c.summary, LongText, tr("summary of the contact"), "summary"));
    WC_TRY(fits(c.promise, LongText, tr("promise"), "promise"));
    WC_TRY(fits(c.outcome, LongText, tr("outcome of the contact"), "contact outcome"));
    return {};
}

Result<void> TextLimits::check(const Letter& l)
{
    WC_TRY(fits(l.subject, ShortText, tr("letter's subject"), "subject"));
    WC_TRY(fits(l.body, LongText, tr("letter"), "body"));
    WC_TRY(fits(l.reference, ShortText, tr("letter's reference"), "letter reference"));
    return {};
}

Result<void> TextLimits::check(const Reminder& r)
{
    WC_TRY(fits(r.text, LongText, tr("reminder"), "reminder text"));
    return {};
}

Result<void> TextLimits::check(const CaseSnapshot& s)
{
    WC_TRY(check(s.record));
    for (const auto& item : s.checklist)
        WC_TRY(check(item));
    for (const auto& t : s.transactions)
        WC_TRY(check(t));
    for (const auto& e : s.evidence)
        WC_TRY(check(e));
    for (const auto& c : s.contacts)
        WC_TRY(check(c));
    for (const auto& l : s.letters)
        WC_TRY(check(l));
    for (const auto& r : s.reminders)
        WC_TRY(check(r));
    return {};
}

} // namespace wc::core
