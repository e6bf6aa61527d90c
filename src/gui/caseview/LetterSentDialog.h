// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "guidance/ProviderDirectory.h"
#include "model/Entities.h"

#include <QDialog>
#include <QTimeZone>

#include <memory>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace wc::gui {

namespace Ui {
class LetterSentDialog;
}

class DateTimeField;

// "Mark as sent": how a letter was sent (the channel), when, and the reference number the
// provider gave, for the record and for the letters that follow it; for a letter to a regulator,
// which body it went to (the deadlines that follow depend on it). The form is
// ui/LetterSentDialog.ui; the time is the case's, in its zone, named beside it when the
// computer's differs.
// Object names: sentChannelComboBox, sentToComboBox (regulator letters only; item data: the
// regulator key), sentDateTimeEdit, sentZoneLabel, sentReferenceLineEdit, okPushButton,
// cancelPushButton.
class LetterSentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterSentDialog(QWidget* parent = nullptr);
    ~LetterSentDialog() override;

    // The case's zone: the time is shown and typed in it. Call before setLetter().
    void setTimeZone(const QTimeZone& zone);
    // Fills the form from `letter`: what it already records, else by email, at `nowMs`.
    void setLetter(const core::Letter& letter, qint64 nowMs);
    // `letter` marked as sent as entered.
    core::Letter sentLetter(const core::Letter& letter) const;
    // The bodies a regulator letter may have gone to (the first is preselected), names in
    // `language`. Letters of other kinds do not ask.
    void setRegulators(const QList<core::Regulator>& regulators, const QString& language);
    // Who the letter went to: the regulator key picked, or "company" for other letters.
    QString sentTo() const;

private:
    std::unique_ptr<Ui::LetterSentDialog> m_ui;
    QComboBox* m_channel;
    DateTimeField* m_sentAt;
    QLineEdit* m_reference;
    QComboBox* m_sentTo;
    QFormLayout* m_form;
    QString m_kind;
    QTimeZone m_zone = QTimeZone::systemTimeZone();

    void updateSentTo();
};

} // namespace wc::gui
