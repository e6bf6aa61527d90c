// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/ClockTable.h"
#include "gui/wizard/DraftPage.h"

#include <QTimeZone>

#include <optional>

class QButtonGroup;
class QGroupBox;
class QVBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QUrl;

namespace wc::gui {

class ClockOffersList;
class DateTimeField;

// Step 8, send and follow up: the provider's channels from the directory (hotline, in-app path,
// email or web form, official social accounts), the letter copied to the clipboard or opened as
// a mailto: draft, then either "I have sent it" (channel, time, reference number) or "keep it as
// ready to send", and the follow-up date (7 days ahead, or 1 day for security problems, at the
// user's reminder time: AppSettings::reminderTime()) that becomes a reminder. Times are the
// case's, shown and typed in its zone, which the page names when the computer's differs. Below it, the deadlines that apply (core::ClockTable::offers for the provider's
// regions, the problem and how it was sent: PSD2's 15 business days, Reg E, NFRA …) as check
// boxes with their dates and sources, ticked as the data recommends. Finishing the wizard writes
// all of it: case and letter status, the follow-up reminder and the ticked deadlines' reminders.
// Object names: channelsLabel, copyLetterPushButton, mailtoPushButton, sentRadioButton,
// readyRadioButton, sentChannelComboBox, sentDateTimeEdit, sentReferenceLineEdit,
// followUpDateTimeEdit, copyStatusLabel, followUpNoteLabel, zoneNoteLabel, clocksGroupBox, clocksNoteLabel and
// one check box per deadline, "clockCheckBox_<rule key>".
class SendPage : public DraftPage
{
    Q_OBJECT

public:
    static constexpr int DefaultFollowUpDays = 7;
    static constexpr int SecurityFollowUpDays = 1;

    explicit SendPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    // Back: keeps the choices in the draft, so coming forward again shows them.
    void cleanupPage() override;
    void writeDraft() override;

    // A mailto: URL with the subject and body percent-encoded (UTF-8), addressed to `to` (may
    // be empty).
    static QUrl mailtoUrl(const QString& to, const QString& subject, const QString& body);

    // The deadlines offered now (the follow-up date is set above, so follow-up clocks are not
    // among them), and which of them are ticked.
    QList<core::ClockOffer> clockOffers() const;
    QStringList tickedClocks() const;

private:
    void copyLetter();
    void openMailDraft(const QString& to);
    void linkActivated(const QString& link);
    void updateSentFields();
    void updateFollowUpNote();
    QString providerEmail() const;
    // The provider's channels as rich text (values escaped; web and email addresses as links).
    QString channelsHtml() const;
    // The reminder's text, in the interface language: who to follow up with, about what.
    QString reminderText() const;
    bool isSecurityCase() const;
    // The case's zone (core::CaseTimeZone::zoneFor the draft's record).
    QTimeZone caseZone() const;
    // The follow-up's default: `days` after today in the case's zone, at the reminder time.
    qint64 defaultFollowUp(qint64 nowMs, int days) const;
    // The offers for what the page shows now; the user's ticks survive a change of date or
    // channel.
    void updateClocks();
    core::ClockContext clockContext() const;
    // Adds the reminders of the ticked deadlines that the case does not have yet.
    bool acceptClocks();
    // A letter recorded as sent on an earlier day is drafted again as of that day (unless it
    // holds the user's words: then they are asked once to check it); false when Finish waits.
    bool dateLetterAsSent();
    // Ticks the draft's first steps that the letter, recorded as sent, did itself.
    void tickFulfilledSteps();
    // Completes the case's reminders that what it records has fulfilled.
    void settle();

    bool m_editedLetterWarned = false; // the user was told once to check an edited letter
    QLabel* m_intro;
    QLabel* m_channels;
    QPushButton* m_copyLetter;
    QPushButton* m_mailto;
    QLabel* m_copyStatus;
    QRadioButton* m_sent;
    QRadioButton* m_ready;
    QComboBox* m_sentChannel;
    DateTimeField* m_sentAt;
    QLineEdit* m_sentReference;
    DateTimeField* m_followUp;
    QLabel* m_followUpNote;
    QLabel* m_zoneNote;
    QGroupBox* m_clocksBox;
    QVBoxLayout* m_clocksLayout;
    QLabel* m_clocksNote;
    ClockOffersList* m_clockList;
    std::optional<core::ClockTable> m_clockTable;
    QList<core::TransactionRecord> m_transactions; // the case's, for clocks that start there
};

} // namespace wc::gui
