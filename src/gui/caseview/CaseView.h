// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace wc::core {
class CaseStore;
class ProviderDirectory;
class Taxonomy;
struct CaseRecord;
struct Error;
} // namespace wc::core

namespace wc::gui {

class CaseChecklistView;
class CaseLettersView;
class ContactListEditor;
class EvidenceListEditor;

// The case pane beside the case list: everything the wizard collected about one case — the
// facts (the account masked), the first-steps checklist with when each was done, the evidence
// with previews, the earlier contacts, the letters and the next follow-up. A draft case offers
// to continue the wizard where it stopped; an open security case is marked urgent. Read
// failures are reported through errorOccurred.
// Object names: hintLabel, caseScrollArea, titleLabel, urgentLabel, draftNoteLabel,
// continuePushButton, followUpLabel; the facts statusLabel, providerLabel, problemLabel,
// incidentLabel, amountLabel, referencesLabel, accountLabel, descriptionLabel, remediesLabel,
// remedyNoteLabel, closedLabel, createdLabel, updatedLabel; transactionsLabel, checklistView
// (CaseChecklistView), evidenceListEditor, contactListEditor, lettersView (CaseLettersView).
class CaseView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseView(QWidget* parent = nullptr);
    ~CaseView() override;

    // What the pane reads from; none of it is owned and all must outlive the pane (or be
    // replaced first). `language` names problems and providers ("zh_CN", "en"). Clears the pane.
    void setContext(core::CaseStore* store, const core::Taxonomy* taxonomy,
                    const core::ProviderDirectory* providers, const QString& language);

    // Shows case `caseId`; 0 shows the "choose a case" hint.
    void showCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }

public slots:
    // Reads the shown case again (after the wizard or another part of the window changed it).
    void refresh();

signals:
    // The user asked to continue the wizard of this draft case.
    void resumeRequested(qint64 caseId);
    // The pane changed the case itself (a contact added, say): the list may need a reload.
    void caseChanged(qint64 caseId);
    void errorOccurred(const QString& message);

private:
    void buildUi();
    void showHint(const QString& text);
    // Reads and shows everything except the evidence and contacts editors, which read for
    // themselves; false when the case itself could not be read.
    bool showRecord();
    void showFacts(const core::CaseRecord& record);
    void showBanners(const core::CaseRecord& record);
    void showFollowUp(const core::CaseRecord& record);
    void showTransactions();
    void fitEvidence();
    void onContactsChanged();
    void report(const core::Error& error);
    QString providerText(const core::CaseRecord& record) const;
    QLabel* addFact(const QString& label, const QString& objectName);
    void setFact(const QString& objectName, const QString& text);

    core::CaseStore* m_store = nullptr;
    const core::Taxonomy* m_taxonomy = nullptr;
    const core::ProviderDirectory* m_providers = nullptr;
    QString m_language;
    qint64 m_caseId = 0;
    bool m_reported = false; // one message per read, not one per failing part

    QStackedWidget* m_stack = nullptr;
    QLabel* m_hintLabel = nullptr;
    QScrollArea* m_scrollArea = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_urgentLabel = nullptr;
    QWidget* m_draftBox = nullptr;
    QLabel* m_draftNoteLabel = nullptr;
    QPushButton* m_continueButton = nullptr;
    QLabel* m_followUpLabel = nullptr;
    QFormLayout* m_factsLayout = nullptr;
    QHash<QString, QLabel*> m_facts; // by object name
    QWidget* m_transactionsSection = nullptr;
    QLabel* m_transactionsLabel = nullptr;
    CaseChecklistView* m_checklist = nullptr;
    EvidenceListEditor* m_evidence = nullptr;
    ContactListEditor* m_contacts = nullptr;
    CaseLettersView* m_letters = nullptr;
};

} // namespace wc::gui
