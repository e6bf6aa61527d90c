// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "cases/CaseDraft.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

// The fields a draft edits; what the store derives (times, uuid, next follow-up) is not compared.
bool sameRecord(const CaseRecord& a, const CaseRecord& b)
{
    return a.title == b.title && a.family == b.family && a.subtype == b.subtype
        && a.status == b.status && a.providerKey == b.providerKey
        && a.providerName == b.providerName && a.incidentAt == b.incidentAt
        && a.incidentTimeKnown == b.incidentTimeKnown
        && a.amountMinor == b.amountMinor && a.currency == b.currency
        && a.references == b.references && a.accountRef == b.accountRef
        && a.description == b.description && a.remedies == b.remedies
        && a.remedyNote == b.remedyNote && a.language == b.language
        && a.timeZone == b.timeZone
        && a.wizardStep == b.wizardStep && a.outcome == b.outcome
        && a.recoveredMinor == b.recoveredMinor && a.satisfaction == b.satisfaction
        && a.closedAt == b.closedAt && a.outcomeNote == b.outcomeNote;
}

bool sameItem(const ChecklistItem& a, const ChecklistItem& b)
{
    return a.itemKey == b.itemKey && a.label == b.label && a.position == b.position
        && a.doneAt == b.doneAt && a.note == b.note;
}

bool sameContact(const Contact& a, const Contact& b)
{
    return a.occurredAt == b.occurredAt && a.channel == b.channel && a.direction == b.direction
        && a.agentName == b.agentName && a.agentId == b.agentId && a.reference == b.reference
        && a.summary == b.summary && a.promise == b.promise && a.promisedBy == b.promisedBy
        && a.outcome == b.outcome && a.timeKnown == b.timeKnown;
}

bool sameLetter(const Letter& a, const Letter& b)
{
    return a.kind == b.kind && a.language == b.language && a.subject == b.subject
        && a.body == b.body && a.status == b.status && a.sentAt == b.sentAt
        && a.channel == b.channel && a.reference == b.reference;
}

bool sameReminder(const Reminder& a, const Reminder& b)
{
    return a.kind == b.kind && a.dueAt == b.dueAt && a.text == b.text && a.state == b.state
        && a.snoozedUntil == b.snoozedUntil && a.doneAt == b.doneAt && a.contactId == b.contactId;
}

bool sameProfile(const Profile& a, const Profile& b)
{
    return a.name == b.name && a.phone == b.phone && a.email == b.email && a.address == b.address;
}

template <typename T>
QHash<qint64, T> byId(const QList<T>& list)
{
    QHash<qint64, T> out;
    for (const T& item : list)
        out.insert(item.id, item);
    return out;
}

// Removing something that is already gone is what the user wanted; anything else is an error.
Result<void> removeIgnoringMissing(Result<void> result)
{
    if (!result.ok() && result.error().code != ErrorCode::NotFound)
        return result;
    return {};
}

} // namespace

Result<CaseDraft> CaseDraft::load(CaseStore& store, qint64 caseId)
{
    CaseDraft draft;
    auto record = store.caseById(caseId);
    if (!record)
        return std::move(record).error();
    draft.record = std::move(*record);

    auto checklist = store.checklist(caseId);
    if (!checklist)
        return std::move(checklist).error();
    draft.checklist = std::move(*checklist);

    auto contacts = store.contacts(caseId);
    if (!contacts)
        return std::move(contacts).error();
    draft.contacts = std::move(*contacts);

    auto letters = store.letters(caseId);
    if (!letters)
        return std::move(letters).error();
    for (const Letter& letter : *letters) {
        if (letter.kind == u"initial"_s) {
            draft.letter = letter;
            draft.letterEdited = true;
            break;
        }
    }

    auto reminders = store.reminders(caseId);
    if (!reminders)
        return std::move(reminders).error();
    for (const Reminder& reminder : *reminders) {
        if (reminder.kind == u"follow_up"_s && reminder.state == u"pending"_s
            && !reminder.contactId) {
            draft.followUp = reminder;
            break;
        }
    }

    auto profile = store.profile();
    if (!profile)
        return std::move(profile).error();
    draft.profile = std::move(*profile);
    return draft;
}

Result<void> CaseDraft::save(CaseStore& store)
{
    // Work on a copy: ids assigned inside a transaction that later rolls back must not leak into
    // the draft, or the next save would update rows that do not exist.
    CaseDraft next = *this;
    auto saved = store.runBatch([&]() -> Result<void> {
        if (next.record.id == 0) {
            auto id = store.createCase(next.record);
            if (!id)
                return std::move(id).error();
            next.record.id = *id;
        } else {
            // Reading first also tells a case deleted underneath (e.g. from the main window)
            // from a real change; an unchanged record is not written, so its time stays.
            auto stored = store.caseById(next.record.id);
            if (!stored)
                return std::move(stored).error();
            if (!sameRecord(next.record, *stored))
                WC_TRY(store.updateCase(next.record));
        }
        const qint64 caseId = next.record.id;

        // Checklist: removed first, so a re-added key never collides with its old row.
        for (const qint64 id : std::as_const(next.removedChecklistIds))
            WC_TRY(removeIgnoringMissing(store.removeChecklistItem(id)));
        auto storedItems = store.checklist(caseId);
        if (!storedItems)
            return std::move(storedItems).error();
        const auto itemsById = byId(*storedItems);
        for (ChecklistItem& item : next.checklist) {
            item.caseId = caseId;
            if (item.id == 0 || !itemsById.contains(item.id)) {
                auto id = store.addChecklistItem(item);
                if (!id)
                    return std::move(id).error();
                item.id = *id;
            } else if (!sameItem(item, itemsById.value(item.id))) {
                WC_TRY(store.updateChecklistItem(item));
            }
        }

        for (const qint64 id : std::as_const(next.removedContactIds))
            WC_TRY(removeIgnoringMissing(store.removeContact(id)));
        auto storedContacts = store.contacts(caseId);
        if (!storedContacts)
            return std::move(storedContacts).error();
        const auto contactsById = byId(*storedContacts);
        for (Contact& contact : next.contacts) {
            contact.caseId = caseId;
            // The store writes an unset direction as "outgoing"; the draft says the same, or
            // every later save would see a difference and write the contact again.
            if (contact.direction.isEmpty())
                contact.direction = u"outgoing"_s;
            if (contact.id == 0 || !contactsById.contains(contact.id)) {
                auto id = store.addContact(contact);
                if (!id)
                    return std::move(id).error();
                contact.id = *id;
            } else if (!sameContact(contact, contactsById.value(contact.id))) {
                WC_TRY(store.updateContact(contact));
            }
        }

        if (next.letter) {
            Letter& l = *next.letter;
            l.caseId = caseId;
            auto storedLetters = store.letters(caseId);
            if (!storedLetters)
                return std::move(storedLetters).error();
            const auto lettersById = byId(*storedLetters);
            // The case log records whose words the text is, so that re-drafting it later asks
            // only about the user's own changes: untouched, it is WalletCase's draft.
            const bool drafted = !next.letterEdited;
            if (l.id == 0 || !lettersById.contains(l.id)) {
                auto id = store.addLetter(l, drafted);
                if (!id)
                    return std::move(id).error();
                l.id = *id;
            } else if (!sameLetter(l, lettersById.value(l.id))) {
                WC_TRY(store.updateLetter(l, drafted));
            }
        }

        if (next.followUp) {
            Reminder& reminder = *next.followUp;
            reminder.caseId = caseId;
            auto storedReminders = store.reminders(caseId);
            if (!storedReminders)
                return std::move(storedReminders).error();
            const auto remindersById = byId(*storedReminders);
            if (reminder.id == 0 || !remindersById.contains(reminder.id)) {
                auto id = store.addReminder(reminder);
                if (!id)
                    return std::move(id).error();
                reminder.id = *id;
            } else if (!sameReminder(reminder, remindersById.value(reminder.id))) {
                WC_TRY(store.updateReminder(reminder));
            }
        }

        auto storedProfile = store.profile();
        if (!storedProfile)
            return std::move(storedProfile).error();
        if (!sameProfile(next.profile, *storedProfile))
            WC_TRY(store.saveProfile(next.profile));

        // The stored record carries what the store assigns (uuid, times, next follow-up).
        auto storedRecord = store.caseById(caseId);
        if (!storedRecord)
            return std::move(storedRecord).error();
        next.record = std::move(*storedRecord);
        auto savedProfile = store.profile();
        if (!savedProfile)
            return std::move(savedProfile).error();
        next.profile = std::move(*savedProfile);
        return {};
    });
    if (!saved)
        return saved;
    next.removedChecklistIds.clear();
    next.removedContactIds.clear();
    *this = std::move(next);
    return {};
}

} // namespace wc::core
