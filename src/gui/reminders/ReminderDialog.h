// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QDialog>

class QDateTimeEdit;
class QLineEdit;

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

class MessageBar;

// A reminder the user makes for a case (kind "custom"): when, and what to remember. Saved
// through the store on OK, so it pops up like any other reminder.
// Object names: reminderDialog, reminderDateTimeEdit, reminderTextLineEdit, reminderOkButton.
class ReminderDialog : public QDialog
{
    Q_OBJECT

public:
    ReminderDialog(core::CaseStore& store, qint64 caseId, QWidget* parent = nullptr);

    // Opens the dialog over `parent` (window-modal, deleted when closed) and returns it, so the
    // caller can connect to reminderAdded.
    static ReminderDialog* openFor(QWidget* parent, core::CaseStore& store, qint64 caseId);

    void accept() override;

signals:
    void reminderAdded(qint64 caseId, qint64 reminderId);

private:
    core::CaseStore& m_store;
    qint64 m_caseId;
    MessageBar* m_messageBar;
    QDateTimeEdit* m_when;
    QLineEdit* m_text;
};

} // namespace wc::gui
