// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "gui/wizard/DraftPage.h"

class QLabel;

namespace wc::gui {

class EvidenceListEditor;

// Step 4, evidence: screenshots and files (file dialog, drag and drop, paste) and chat logs, with
// what evidence fits the chosen problem. Unlike the other pages it does not go through the
// draft: each item carries file content, so the EvidenceListEditor stores it in the case file
// the moment it has been read and fingerprinted. The page only refuses to move on while files
// are still being added (and says so).
// Object names: evidenceListEditor (the editor), evidenceIntroLabel.
class EvidencePage : public DraftPage
{
    Q_OBJECT

public:
    explicit EvidencePage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    // Nothing to copy (see the class comment); kept so closing the wizard here works like on
    // every other page.
    void writeDraft() override;

    EvidenceListEditor* editor() const { return m_editor; }

private:
    QLabel* m_intro;
    EvidenceListEditor* m_editor;
    QString m_busyMessage; // shown while Next waits for an import; hidden when it ends
};

} // namespace wc::gui
