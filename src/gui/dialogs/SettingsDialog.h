// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QDialog>

#include <memory>

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

namespace Ui {
class SettingsDialog;
}

class MessageBar;

// The user's preferences: the interface language (kept in QSettings, applied at the next start,
// which the dialog says when the choice changes), the hour day-only reminders fire at, whether
// closing the window keeps WalletCase in the system tray while reminders are pending (greyed,
// with the reason, where there is no tray), the backups (where they are, how many are kept, the
// space they take), and the complainant profile (kept in the case file, so it travels with the
// cases). The layout is ui/SettingsDialog.ui; every control has its own mnemonic letter.
// The backup folder is one line, elided in the middle, with the whole path in its tooltip and
// when it has the focus (to select and copy), so a deep path never widens the dialog past a
// 1366×768 screen.
// Object names: languageComboBox, restartNoteLabel, reminderTimeEdit, closeToTrayCheckBox,
// trayNoteLabel, backupsFolderLineEdit, openBackupsFolderButton, backupsKeptSpinBox,
// backupsUsageLabel, nameLineEdit, phoneLineEdit, emailLineEdit, emailWarningLabel,
// addressPlainTextEdit, okPushButton, cancelPushButton.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(core::CaseStore& store, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Where backups of the open file are kept (the app's backup root); shown with their count
    // and size. Without it the backup section says backups are not set up.
    void setBackupRoot(const QString& backupRoot);

    // How many backups of each case file are kept (default 7; 1–60).
    static int backupsKept();
    static void setBackupsKept(int count);

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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Shows m_backupsFolderText in its field: whole while the field has the focus, elided in
    // the middle to the field's width otherwise.
    void showBackupsFolder();
    void loadProfile();
    core::Profile enteredProfile() const;
    void updateRestartNote();
    void checkEmail();

    void updateBackupUsage();

    core::CaseStore& m_store;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    MessageBar* m_messageBar;
    QString m_backupsFolder;
    QString m_backupsFolderText; // the folder as shown in full (native separators), or a note
    QString m_languageAtOpen;
    core::Profile m_loadedProfile;
    bool m_profileLoaded = false; // never overwrite a profile we could not read with blanks
};

} // namespace wc::gui
