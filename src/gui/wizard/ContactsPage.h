// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "gui/wizard/DraftPage.h"

class QLabel;

namespace wc::gui {

class ContactListEditor;

// Step 5, earlier contacts with the provider (optional; encouraged for service problems): a
// ContactListEditor working on the draft's contact list in memory, saved when leaving the page.
// Object names: contactsIntroLabel, contactListEditor.
class ContactsPage : public DraftPage
{
    Q_OBJECT

public:
    explicit ContactsPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    // Back: keeps what the page shows in the draft, so coming forward again shows it.
    void cleanupPage() override;
    void writeDraft() override;

    ContactListEditor* editor() const { return m_editor; }

private:
    QLabel* m_intro;
    ContactListEditor* m_editor;
};

} // namespace wc::gui
