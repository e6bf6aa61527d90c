// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"
#include "store/CaseStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace wc::core {

// Everything the new-complaint wizard collects, as one typed value that all its pages edit.
// The draft is saved into the case file as the user goes (a case with status "draft" and the
// step to resume at), so closing the wizard at any point loses nothing. Evidence is not part of
// the draft: the evidence editor writes each item straight to the store, because it carries
// file content.
struct CaseDraft
{
    CaseRecord record;              // record.id == 0 until the first save creates the case
    QList<ChecklistItem> checklist; // first steps; id == 0 for items not saved yet
    QList<qint64> removedChecklistIds; // saved items that no longer apply (the problem changed)
    QList<Contact> contacts;        // earlier contacts; id == 0 for new ones
    QList<qint64> removedContactIds; // saved contacts the user deleted in the wizard
    Profile profile;                // the complainant; saved to the file's profile
    std::optional<Letter> letter;   // the initial letter once drafted
    bool letterEdited = false;      // the user changed the drafted text: never redraft silently
    std::optional<Reminder> followUp; // the follow-up reminder the last page sets

    // Reads a saved case (typically a draft to resume) and the file's profile. The letter is the
    // case's first "initial" letter and counts as edited (a saved text is never redrafted
    // silently); the follow-up is its first pending "follow_up" reminder not tied to a contact.
    static Result<CaseDraft> load(CaseStore& store, qint64 caseId);

    // Writes the draft: creates the case the first time, then updates the record, adds or updates
    // checklist items, contacts, the letter and the follow-up reminder, removes deleted contacts,
    // and saves the profile — all in one transaction. Parts that did not change are not written
    // again (no noise in the case's history). Assigns the new ids (and the stored record) back
    // into the draft only on success; on failure the draft stays exactly as it was.
    Result<void> save(CaseStore& store);
};

} // namespace wc::core
