// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "cases/CaseDraft.h"
#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace wc::gui {

// What every page of the new-complaint wizard shares: the open case file, the guidance content
// and the one draft all pages edit. Pages read the draft in initializePage() and write it back
// (then call save()) in validatePage(), so Back and Next keep every entry and closing the wizard
// keeps a resumable draft case.
class WizardSession : public QObject
{
    Q_OBJECT

public:
    WizardSession(core::CaseStore& store, const core::Taxonomy& taxonomy,
                  const core::ProviderDirectory& providers, const core::Clock& clock,
                  QObject* parent = nullptr);

    core::CaseStore& store() { return m_store; }
    const core::Taxonomy& taxonomy() const { return m_taxonomy; }
    const core::ProviderDirectory& providers() const { return m_providers; }
    const core::Clock& clock() const { return m_clock; }

    core::CaseDraft& draft() { return m_draft; }
    const core::CaseDraft& draft() const { return m_draft; }
    // Takes a draft read back from the file (resuming). A title that is still the one we would
    // propose keeps following the facts; any other title counts as typed by the user.
    void setDraft(core::CaseDraft draft);
    // The case being built; 0 until the first save.
    qint64 caseId() const { return m_draft.record.id; }

    // Saves the draft (see CaseDraft::save). Before saving, sets draft().record.wizardStep to the
    // step the wizard goes to next (see setNextStepProvider), so a closed wizard resumes there.
    // A contact with a promised-by date gets the promise reminder a contact logged in the case
    // gets (PromiseReminders), kept in step with the contact on every save. On failure emits
    // saveFailed with the user-facing message and returns false; the entries stay in memory so
    // nothing typed is lost.
    bool save();
    // Saves with wizardStep = `step` (used when the wizard is closed on a page).
    bool saveAt(int step);
    // The wizard tells the session which step follows the current one (-1 on the last page).
    void setNextStepProvider(std::function<int()> nextStep) { m_nextStep = std::move(nextStep); }

    // The interface language as a guidance/letter language: "zh_CN" when the UI is Chinese,
    // else "en". Follows QLocale() (the application sets it from the chosen UI language).
    static QString uiLanguage();

    // The title the wizard proposes: provider, problem and date when known, in `language`.
    QString proposedTitle(const QString& language) const;
    // Replaces the draft's title by proposedTitle() unless the user typed a title of their own.
    void refreshProposedTitle(const QString& language);
    // Forget that the current title was proposed by us (the user typed it).
    void markTitleTyped() { m_proposedTitle.clear(); }
    bool titleIsProposed() const;

    // Gives the draft the time zone of its provider (core::CaseTimeZone::defaultZoneId) when it
    // has none or the provider changed since the zone was chosen; a resumed draft keeps its own.
    // Pages that show or read times call it first; save() calls it too.
    void syncTimeZone();
    // The user picked the case's zone (`id`, an IANA id): it is kept when the provider changes.
    void chooseTimeZone(const QByteArray& id);

    // The initial letter drafted from the case as the pages hold it (the file adds what only it
    // holds: evidence, the disputed transactions) in `language`, dated `asOfMs`: when that is
    // earlier than now, from the case as it was then (LetterDrafter::asItWas), as a letter
    // sent on an earlier day is dated. The error is the user-facing message.
    core::Result<core::Letter> draftLetter(const QString& language, qint64 asOfMs) const;

    // A message for the first page to show (e.g. the draft to resume could not be read).
    QString pendingNotice() const { return m_pendingNotice; }
    void setPendingNotice(const QString& notice) { m_pendingNotice = notice; }

signals:
    void saved(qint64 caseId);
    void saveFailed(const QString& message);

private:
    // Adds, updates or removes the promise reminders of the draft's contacts to match them.
    core::Result<void> syncPromiseReminders();

    core::CaseStore& m_store;
    const core::Taxonomy& m_taxonomy;
    const core::ProviderDirectory& m_providers;
    const core::Clock& m_clock;
    core::CaseDraft m_draft;
    std::function<int()> m_nextStep;
    QString m_proposedTitle; // the last title we proposed; a different title was typed
    QString m_pendingNotice;
    QString m_zoneProvider; // the provider the draft's time zone was chosen for
    bool m_zoneChosen = false; // the user picked the zone; no provider replaces it
    QHash<qint64, core::Contact> m_promisesSynced; // contacts as their reminders last saw them
};

} // namespace wc::gui
