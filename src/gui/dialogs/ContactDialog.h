// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QDialog>
#include <QTimeZone>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wc::core {
class Clock;
}

namespace wc::gui {

namespace Ui {
class ContactDialog;
}

class DateTimeField;

// The form for one earlier contact with the provider: when, which channel, who (agent name and
// employee ID 工号), the reference number, what was said, what was promised and by when, and how
// it ended. Used by ContactListEditor in the wizard and in the case view. The form is
// ui/ContactDialog.ui. Times are the case's, in its zone (named next to the time when the
// computer's differs); a promise is a day, reminded of at the user's reminder time.
// Object names: occurredDateTimeEdit, occurredZoneLabel, channelComboBox, directionComboBox,
// agentNameLineEdit, agentIdLineEdit, referenceLineEdit, summaryPlainTextEdit, promiseLineEdit,
// promisedByCheckBox, promisedByDateEdit, promiseReminderLabel, outcomeLineEdit, hintLabel,
// okPushButton, cancelPushButton, occurredWarningLabel (a time later than now is pointed out
// there, as the incident time is, and OK asks before keeping it: letters state it).
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContactDialog(QWidget* parent = nullptr);
    ~ContactDialog() override;

    // The case's zone: the times are shown and typed in it. Set before setContact(); default:
    // the computer's zone.
    void setTimeZone(const QTimeZone& zone);
    // Where "now" comes from (what counts as a future time); the system clock when not set.
    // Not owned.
    void setClock(const core::Clock* clock);
    // Fills the form; keeps the contact's id and case id for contact().
    // A new contact's time is a default ("now"): it stands only while its day does, and another
    // day picked without a time leaves the time unknown (DateTimeField::setProvisionalValue).
    void setContact(const core::Contact& contact, bool isNew = false);
    // The contact as entered (times in UTC epoch milliseconds).
    core::Contact contact() const;

    // Channel keys as stored (Contact::channel), and their display names.
    static QStringList channelKeys();
    static QString channelName(const QString& key);

    void accept() override;

private:
    void updateZone();
    void checkOccurred();
    qint64 nowMs() const;

    std::unique_ptr<Ui::ContactDialog> m_ui;
    core::Contact m_contact;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    DateTimeField* m_occurred;
    QComboBox* m_channel;
    QComboBox* m_direction;
    QLineEdit* m_agentName;
    QLineEdit* m_agentId;
    QLineEdit* m_reference;
    QPlainTextEdit* m_summary;
    QLineEdit* m_promise;
    QCheckBox* m_hasPromisedBy;
    DateTimeField* m_promisedBy;
    QLineEdit* m_outcome;
    QLabel* m_hint;
    QLabel* m_occurredWarning;
    const core::Clock* m_clock = nullptr;
};

} // namespace wc::gui
