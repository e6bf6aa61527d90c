// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wc::gui {

// The form for one earlier contact with the provider: when, which channel, who (agent name and
// employee ID 工号), the reference number, what was said, what was promised and by when, and how
// it ended. Used by ContactListEditor in the wizard and in the case view.
// Object names: occurredDateTimeEdit, channelComboBox, directionComboBox, agentNameLineEdit,
// agentIdLineEdit, referenceLineEdit, summaryPlainTextEdit, promiseLineEdit,
// promisedByCheckBox, promisedByDateEdit, outcomeLineEdit, okPushButton, cancelPushButton.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContactDialog(QWidget* parent = nullptr);

    // The case's zone: the times are shown and typed in it. Set before setContact(); default:
    // the computer's zone.
    void setTimeZone(const QTimeZone& zone);
    // Fills the form; keeps the contact's id and case id for contact().
    void setContact(const core::Contact& contact);
    // The contact as entered (times in UTC epoch milliseconds).
    core::Contact contact() const;

    // Channel keys as stored (Contact::channel), and their display names.
    static QStringList channelKeys();
    static QString channelName(const QString& key);

    void accept() override;

private:
    core::Contact m_contact;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDateTimeEdit* m_occurred;
    QComboBox* m_channel;
    QComboBox* m_direction;
    QLineEdit* m_agentName;
    QLineEdit* m_agentId;
    QLineEdit* m_reference;
    QPlainTextEdit* m_summary;
    QLineEdit* m_promise;
    QCheckBox* m_hasPromisedBy;
    QDateEdit* m_promisedBy;
    QLineEdit* m_outcome;
    QLabel* m_hint;
};

} // namespace wc::gui
