// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "gui/wizard/DraftPage.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace wc::gui {

class LetterEditor;

// Step 7, the letter: drafted by core::LetterDrafter from the saved case (facts, contacts,
// evidence, profile) in the chosen letter language, then edited freely in a LetterEditor that
// shows the tone checker's findings while the user types. A letter the user has not touched is
// redrafted when the facts or the language change; an edited one is only redrafted when the
// user asks (and confirms that the edits will be replaced).
// Object names: letterLanguageComboBox (data: "zh_CN", "en"), redraftPushButton, letterEditor.
class LetterPage : public DraftPage
{
    Q_OBJECT

public:
    // The answers to the page's questions, as MessageBox choice ids (tests queue them).
    enum Answer
    {
        KeepText,      // do not redraft: the user's edits stay
        ReplaceText,   // redraft and replace the edited text
        ReviewTone,    // heated passages remain: stay and review them
        ContinueAnyway // keep the remaining passages as written and go on
    };

    explicit LetterPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    // Back: keeps the text in the draft, so coming forward again shows it unchanged.
    void cleanupPage() override;
    void writeDraft() override;

    LetterEditor* editor() const { return m_editor; }
    // Drafts the letter again from the template, replacing the text (asks first when the user
    // edited it). False when the user said no or drafting failed (the reason is shown).
    bool redraft();

private:
    // Drafts from the case as saved now; false with the reason in the message bar on failure.
    bool draftLetter();
    void languageChanged();
    QString chosenLanguage() const;
    void selectLanguage(const QString& language);

    QLabel* m_intro;
    QComboBox* m_language;
    QPushButton* m_redraft;
    LetterEditor* m_editor;
    QString m_letterLanguage; // the language of the text the editor shows
    bool m_loading = false;
};

} // namespace wc::gui
