// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

class MessageBar;

// The user's preferences: the interface language (kept in QSettings, applied at the next start,
// which the dialog says when the choice changes), whether closing the window keeps WalletCase in
// the system tray while reminders are pending, and the complainant profile (kept in the case
// file, so it travels with the cases).
// Object names: languageComboBox, restartNoteLabel, closeToTrayCheckBox, nameLineEdit,
// phoneLineEdit, emailLineEdit, emailWarningLabel, addressPlainTextEdit, okPushButton,
// cancelPushButton.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(core::CaseStore& store, QWidget* parent = nullptr);

    // The interface language chosen in settings: "" = follow the system, "zh_CN" or "en".
    static QString savedLanguage();
    static void setSavedLanguage(const QString& language);
    // Whether the first-run offer (the demo case) has been made already.
    static bool firstRunDone();
    static void setFirstRunDone();
    // Closing the window while reminders are pending keeps WalletCase in the tray (default on;
    // only where a system tray exists).
    static bool closeToTray();
    static void setCloseToTray(bool enabled);

    // Saves the profile (when it changed) and then the language; false (and the error shown)
    // when the profile could not be saved, in which case nothing is saved. OK calls this and
    // closes only on success.
    bool save();

    void accept() override;

private:
    void loadProfile();
    core::Profile enteredProfile() const;
    void updateRestartNote();
    void checkEmail();

    core::CaseStore& m_store;
    MessageBar* m_messageBar;
    QComboBox* m_languageComboBox;
    QLabel* m_restartNoteLabel;
    QCheckBox* m_closeToTrayCheckBox;
    QGroupBox* m_profileBox;
    QLineEdit* m_nameLineEdit;
    QLineEdit* m_phoneLineEdit;
    QLineEdit* m_emailLineEdit;
    QLabel* m_emailWarningLabel;
    QPlainTextEdit* m_addressPlainTextEdit;
    QString m_languageAtOpen;
    core::Profile m_loadedProfile;
    bool m_profileLoaded = false; // never overwrite a profile we could not read with blanks
};

} // namespace wc::gui
