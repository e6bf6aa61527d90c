// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace wc::gui {

// "Mark as sent": how a letter was sent (the channel), when, and the reference number the
// provider gave, for the record and for the letters that follow it.
// Object names: sentChannelComboBox, sentDateTimeEdit, sentReferenceLineEdit, okPushButton,
// cancelPushButton.
class LetterSentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterSentDialog(QWidget* parent = nullptr);

    // Fills the form from `letter`: what it already records, else by email, at `nowMs`.
    void setLetter(const core::Letter& letter, qint64 nowMs);
    // `letter` marked as sent as entered.
    core::Letter sentLetter(const core::Letter& letter) const;

private:
    QComboBox* m_channel;
    QDateTimeEdit* m_sentAt;
    QLineEdit* m_reference;
};

} // namespace wc::gui
