// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/CaseLifecycle.h"
#include "store/CaseStore.h"

#include <QDialog>

#include <memory>
#include <optional>

class QButtonGroup;
class QPushButton;

namespace wc::gui {

class MessageBar;

namespace Ui {
class CloseCaseDialog;
}

// Closes a case with its outcome: resolved fully, partly or not at all, the money recovered (in
// the case's currency), how satisfied the user is (1–5) and a note in the user's words, recorded
// through core::CaseLifecycle::close (which also dismisses the case's pending reminders). A case
// that merely went quiet — sent, and no reply logged since — is closed only after the user
// confirms, unless the outcome itself says they answered (resolved, or money came back).
// The layout is ui/CloseCaseDialog.ui.
// Object names: closeCaseDialog, resolvedFullyRadioButton, resolvedPartlyRadioButton,
// notResolvedRadioButton, recoveredLineEdit, satisfactionComboBox, outcomeNotePlainTextEdit,
// quietNoteLabel, closeCaseOkButton.
class CloseCaseDialog : public QDialog
{
    Q_OBJECT

public:
    // The choices MessageBox::ask offers when a quiet case is closed.
    enum QuietChoice
    {
        CloseAnyway = 1,
        KeepOpen
    };

    CloseCaseDialog(core::CaseStore& store, qint64 caseId, QWidget* parent = nullptr);
    ~CloseCaseDialog() override;

    // Opens the dialog over `parent` (window-modal, deleted when closed) and returns it; connect
    // to caseClosed to hear when the case was closed.
    static CloseCaseDialog* openFor(QWidget* parent, core::CaseStore& store, qint64 caseId);

    qint64 caseId() const { return m_caseId; }
    // Validates, asks about a quiet case, closes it; false (and why, in the dialog) otherwise.
    bool closeCase();
    void accept() override;

signals:
    void caseClosed(qint64 caseId);

private:
    void load();
    void outcomeChanged();
    // The outcome as chosen so far (the recovered amount only when it reads as money).
    core::CaseOutcome chosenOutcome() const;

    std::unique_ptr<Ui::CloseCaseDialog> m_ui;
    core::CaseStore& m_store;
    qint64 m_caseId;
    QString m_currency;
    std::optional<core::CaseSnapshot> m_snapshot; // as read when the dialog opened
    MessageBar* m_messageBar;
    QButtonGroup* m_outcomes;
    QPushButton* m_ok;
};

} // namespace wc::gui
