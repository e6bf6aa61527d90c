// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "letters/ToneChecker.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace wc::gui {

// One tone finding as a proposal the user decides on: the flagged sentence with its flagged
// passages marked, beside it the calm pattern to adapt (shown, never inserted), and an editable
// wording pre-filled with the checker's safe rewrite, or with the sentence itself when there is
// none. The dialog only reports the decision (decided()); the LetterEditor that opened it edits
// the letter, so every change is one undoable edit there. It stays open while the user steps
// through the findings with "Review tone…".
// Object names: toneProposalDialog, proposalCategoryLabel, proposalProgressLabel,
// flaggedSentenceLabel, adviceLabel, proposalEdit, proposalChangesLabel, proposalCheckLabel,
// applyProposalButton, keepFindingButton, removeSentenceButton, skipFindingButton,
// closeReviewButton.
class ToneProposalDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Applied, // use editedSentence() for the sentence (blank: remove it)
        Kept,    // the user keeps the sentence as written
        Removed, // remove the sentence
        Skipped, // leave it for now and show the next one
        Closed   // stop reviewing
    };
    Q_ENUM(Outcome)

    // `check` finds the tone findings of a wording, so the dialog can say whether the user's
    // edit still reads as heated.
    using CheckFunction = std::function<QList<core::ToneFinding>(const QString&)>;

    explicit ToneProposalDialog(CheckFunction check, QWidget* parent = nullptr);

    // Shows `proposal` for `finding`. `position`/`total` count the findings left to review; a
    // total of 0 hides the progress and the Skip button (a single finding, not a review).
    void setProposal(const core::ToneFinding& finding, const core::ToneProposal& proposal,
                     int position = 0, int total = 0);
    const core::ToneProposal& proposal() const { return m_proposal; }
    const core::ToneFinding& finding() const { return m_finding; }
    QString editedSentence() const;
    // Escape, the window's close button and Close: stop reviewing (emits decided(Closed)).
    void reject() override;

signals:
    void decided(wc::gui::ToneProposalDialog::Outcome outcome);

private:
    void updateCheck();
    void decide(Outcome outcome);

    CheckFunction m_check;
    core::ToneFinding m_finding;
    core::ToneProposal m_proposal;
    QLabel* m_category;
    QLabel* m_progress;
    QLabel* m_flagged;
    QLabel* m_advice;
    QPlainTextEdit* m_edit;
    QLabel* m_changes;
    QLabel* m_checkLabel;
    QPushButton* m_apply;
    QPushButton* m_keep;
    QPushButton* m_remove;
    QPushButton* m_skip;
    QPushButton* m_close;
};

} // namespace wc::gui
