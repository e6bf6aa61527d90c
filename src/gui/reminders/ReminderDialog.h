// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QDialog>
#include <QTimeZone>

class QLabel;
class QLineEdit;

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

class DateTimeField;
class MessageBar;

// A reminder the user makes for a case (kind "custom"): when, and what to remember. Saved
// through the store on OK, so it pops up like any other reminder. It starts at tomorrow at the
// user's reminder time (AppSettings::reminderTime()); the time is the case's, in its zone, which
// the dialog names when the computer's differs. A reminder of no case is in the computer's zone.
// Object names: reminderDialog, reminderDateTimeEdit, reminderZoneLabel, reminderTextLineEdit,
// reminderOkButton.
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
    QTimeZone m_zone;
    MessageBar* m_messageBar;
    DateTimeField* m_when;
    QLabel* m_zoneLabel;
    QLineEdit* m_text;
};

} // namespace wc::gui
