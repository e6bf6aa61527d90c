// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

class MessageBar;

// Closes a case with its outcome: resolved fully, partly or not at all, the money recovered (in
// the case's currency) and how satisfied the user is (1–5), recorded through
// core::CaseLifecycle::close (which also dismisses the case's pending reminders). A case that
// merely went quiet — sent, and no reply logged since — is closed only after the user confirms.
// Object names: closeCaseDialog, resolvedFullyRadioButton, resolvedPartlyRadioButton,
// notResolvedRadioButton, recoveredLineEdit, satisfactionComboBox, quietNoteLabel,
// closeCaseOkButton.
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
    void updateRecovered();

    core::CaseStore& m_store;
    qint64 m_caseId;
    QString m_currency;
    bool m_wentQuiet = false;
    MessageBar* m_messageBar;
    QLabel* m_caseLabel;
    QLabel* m_quietNote;
    QButtonGroup* m_outcomes;
    QRadioButton* m_fully;
    QRadioButton* m_partly;
    QRadioButton* m_notResolved;
    QLineEdit* m_recovered;
    QLabel* m_recoveredLabel;
    QComboBox* m_satisfaction;
    QPushButton* m_ok;
};

} // namespace wc::gui
