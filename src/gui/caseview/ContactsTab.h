// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

class ContactListEditor;

// The Contacts tab of the case workspace: every contact with the provider (when, channel,
// direction, agent and employee ID, reference, what was said, what was promised and by when,
// outcome), and the quickest way to log one right after a call: one button (Ctrl+L from
// anywhere in the window) opening a short form that starts at now on the channel used last. A
// promised-by date becomes a reminder (see PromiseReminders). Each change is saved at once.
// Object names: contactsIntroLabel, logContactPushButton, contactListEditor (with its
// contactsTableWidget, editContactPushButton, removeContactPushButton).
class ContactsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsTab(QWidget* parent = nullptr);
    ~ContactsTab() override;

    // `store` is not owned and must outlive the tab (or be replaced with nullptr first).
    void setCase(core::CaseStore* store, qint64 caseId);
    void reload();
    int count() const;

    ContactListEditor* editor() const { return m_editor; }

public slots:
    // Opens the form for a new contact.
    void logContact();

signals:
    void changed();
    void errorOccurred(const QString& message);

private:
    QLabel* m_intro;
    QPushButton* m_log;
    ContactListEditor* m_editor;
};

} // namespace wc::gui
