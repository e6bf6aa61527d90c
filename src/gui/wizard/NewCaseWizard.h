// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QWizard>

namespace wc::gui {

class WizardSession;

// The guided new-complaint wizard: one page class per step, all editing one typed draft
// (WizardSession / core::CaseDraft). The case is saved as a draft from the first step on, with
// the step to come back to, so closing the wizard at any step keeps a case that reopens there.
class NewCaseWizard : public QWizard
{
    Q_OBJECT

public:
    // Page ids; also the values stored in CaseRecord::wizardStep.
    enum PageId
    {
        ProblemPageId = 0,   // 1. what happened: family and subtype
        FirstStepsPageId,    // 2. first steps checklist (urgent for security problems)
        DetailsPageId,       // 3. provider, time, amount, references, account, description, remedies
        EvidencePageId,      // 4. screenshots, files, chat logs
        ContactsPageId,      // 5. earlier contacts
        ProfilePageId,       // 6. your details
        LetterPageId,        // 7. the letter, with live tone findings
        SendPageId           // 8. send and follow up
    };

    // Starts a new case, or resumes the draft case `resumeCaseId` (> 0) at its wizardStep.
    // `store`, `taxonomy` and `providers` must outlive the wizard.
    NewCaseWizard(core::CaseStore& store, const core::Taxonomy& taxonomy,
                  const core::ProviderDirectory& providers, const core::Clock& clock,
                  qint64 resumeCaseId = 0, QWidget* parent = nullptr);
    ~NewCaseWizard() override;

    WizardSession& session() { return *m_session; }
    // The case this wizard is building (0 until the first page was left).
    qint64 caseId() const;
    // Why the draft to resume could not be read (empty when it was, or for a new case). The
    // wizard then starts a new case and shows this message on its first page.
    QString loadError() const { return m_loadError; }

    // Cancel, Escape and closing the window: keeps the draft (saving what the current page
    // shows) instead of asking to discard it.
    void reject() override;
    // Resuming walks the pages up to the saved step without validating them again, so Back
    // still leads through every earlier page.
    bool validateCurrentPage() override;

signals:
    // The draft was written to the case file (after every page, and at the end).
    void caseSaved(qint64 caseId);

private:
    void resumeAt(int step);
    // Back: what the page being left shows goes into the draft, so Next
    // shows it again instead of what the page was first given.
    void pageChanged(int id);

    WizardSession* m_session;
    QString m_loadError;
    bool m_fastForwarding = false;
    int m_shownId = -1; // the page shown before the current one changed
};

} // namespace wc::gui
