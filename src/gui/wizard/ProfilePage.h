// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "gui/wizard/DraftPage.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wc::gui {

// Step 6, the complainant's details for the letter: name, phone, email and postal address, read
// from the case file's profile and remembered there when leaving the page. An email address that
// does not look like one is pointed out but does not block; neither does a missing name (the
// letter then goes out unsigned, which the page says). A phone number typed as the postal address
// is pointed out too, with a link that moves it to the phone field.
// Object names: nameLineEdit, phoneLineEdit, emailLineEdit, addressPlainTextEdit,
// emailWarningLabel, nameNoteLabel, addressWarningLabel.
class ProfilePage : public DraftPage
{
    Q_OBJECT

public:
    explicit ProfilePage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    // Back: keeps what the page shows in the draft, so coming forward again shows it.
    void cleanupPage() override;
    void writeDraft() override;

    static bool looksLikeEmail(const QString& text);
    // Only digits, spaces and phone punctuation (+ - ( ) .), with at least six digits.
    static bool looksLikePhoneNumber(const QString& text);

private:
    void checkEmail();
    void updateNameNote();
    void checkAddress();

    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QPlainTextEdit* m_address;
    QLabel* m_emailWarning;
    QLabel* m_nameNote;
    QLabel* m_addressWarning;
};

} // namespace wc::gui
