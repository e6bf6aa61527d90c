// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"
#include "util/Result.h"

#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimeZone;

namespace wc::core {
class CaseStore;
class ProviderDirectory;
class Taxonomy;
} // namespace wc::core

namespace wc::gui {

class CaseFactsForm;
class CaseOutcomeBox;
class CaseZoneCombo;
class MessageBar;
class OverviewChecklist;

// The Overview tab of the case workspace: how a closed case ended (CaseOutcomeBox), the case's
// status, its problem, every fact the wizard collected (the wizard's own form, CaseFactsForm) and
// the letter language, and the first-steps checklist with when each step was done
// (OverviewChecklist). Each edit is saved when the field is finished (left,
// Enter, a pick or a tick) as its own change in the case file; when saving fails the field shows
// the saved value again and the reason is shown above. Ctrl+Z takes back the last saved change.
// Moving the status to a closing one is not done here: closeRequested() asks the workspace.
// Object names: caseScrollArea, overviewMessageBar, statusComboBox, closeCasePushButton,
// problemComboBox, caseLanguageComboBox, caseTimeZoneComboBox (CaseZoneCombo),
// caseTimeZoneLabel, datesLabel, savedLabel, undoPushButton, caseOutcomeBox (outcomeSummaryLabel,
// outcomeNoteLabel, changeOutcomePushButton), checklistEditor (ChecklistEditor, with
// step_<key>_CheckBox / step_<key>_DateTimeEdit), emptyChecklistLabel, and the CaseFactsForm's
// fields (providerComboBox, titleLineEdit, …).
class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewTab(QWidget* parent = nullptr);

    // Not owned; all must outlive the tab (or be replaced first).
    void setContext(core::CaseStore* store, const core::Taxonomy* taxonomy,
                    const core::ProviderDirectory* providers, const QString& language);
    // Shows a case as read from the file. The same case shown again keeps the scroll position.
    void showCase(const core::CaseRecord& record, const QList<core::ChecklistItem>& checklist);
    void clear();

    // Saves the field being edited now, if it changed (before the case is switched or read again).
    void commitPending();
    // Takes back the last change saved here; false when there is none or it failed (the reason
    // is shown).
    bool undoLast();
    bool canUndo() const { return static_cast<bool>(m_undo); }

    QScrollArea* scrollArea() const { return m_scroll; }
    CaseFactsForm* factsForm() const { return m_form; }

signals:
    // A change was saved (facts, status, checklist).
    void changed();
    // The user chose a closing status (resolved, closed_unresolved), or "Close case…" (empty
    // status): the workspace decides how a case is closed.
    void closeRequested(const QString& status);

private:
    void buildUi();
    void fillStatuses();
    void fillProblems();
    void showRecord();
    void showProviderName();
    // "Times in this case: …" when the case's zone and the computer's differ.
    void showZoneNote(const QTimeZone& zone);
    // The record as the fields show it now (only what differs from what was shown is taken).
    core::CaseRecord editedRecord() const;
    void commitFacts();
    void statusPicked();
    // Saves `next` over the shown record; remembers how to undo it.
    bool saveRecord(const core::CaseRecord& next);
    void stepSaved(const core::ChecklistItem& before);
    void showSaved();
    void showError(const QString& text);
    QString fallbackCurrency() const;

    core::CaseStore* m_store = nullptr;
    const core::Taxonomy* m_taxonomy = nullptr;
    const core::ProviderDirectory* m_providers = nullptr;
    QString m_language;
    core::CaseRecord m_record;   // as last read from or saved to the file
    core::CaseRecord m_baseline; // what the fields gave back right after showing m_record
    std::function<core::Result<void>()> m_undo; // takes back the last saved change
    bool m_loading = false;
    bool m_saving = false;
    int m_shown = 0; // counts showCase() calls, so a late scroll restore knows it is stale
    int m_saves = 0; // counts saved records, so a record read before a save is not shown

    QScrollArea* m_scroll = nullptr;
    MessageBar* m_messageBar = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_close = nullptr;
    QComboBox* m_problem = nullptr;
    QComboBox* m_caseLanguage = nullptr;
    CaseZoneCombo* m_zone = nullptr;
    QLabel* m_zoneNote = nullptr;
    CaseFactsForm* m_form = nullptr;
    QLabel* m_dates = nullptr;
    QLabel* m_saved = nullptr;
    QPushButton* m_undoButton = nullptr;
    CaseOutcomeBox* m_outcome = nullptr;
    OverviewChecklist* m_steps = nullptr;
};

} // namespace wc::gui
