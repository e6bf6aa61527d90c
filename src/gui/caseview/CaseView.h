// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace wc::core {
class CaseStore;
class ProviderDirectory;
class Taxonomy;
struct Error;
} // namespace wc::core

namespace wc::gui {

class ContactsTab;
class EvidenceGallery;
class LettersTab;
class OverviewTab;
class TimelineTab;
class TransactionsPanel;

// The case workspace beside the case list: one case, for the weeks it lives. Above the tabs, what
// needs attention first: the title, an urgent open security case, a draft that can be continued
// in the wizard, the next follow-up. The tabs: Overview (facts, status, first steps), Evidence,
// Transactions, Contacts, Letters and Timeline; each edit is saved at once. Ctrl+1…6 switch tabs,
// Ctrl+L logs a contact. Reading the same case again keeps the tab and the place in it; before
// another case is shown, an edit still in progress is saved. Read failures are reported through
// errorOccurred.
// Object names: hintLabel, caseWorkspace, titleLabel, urgentLabel, draftBox, draftNoteLabel,
// continuePushButton, followUpLabel, caseTabWidget with the tabs overviewTab (OverviewTab),
// evidenceTab (holding evidenceGallery), transactionsTab (holding transactionsPanel),
// contactsTab (holding a ContactsTab also named contactsTab), lettersTab (holding a LettersTab
// named lettersTab), timelineTab (holding a TimelineTab named timelineTab).
// Every tab but the Overview is built and filled when first opened (or when something asks for
// what it holds): building all six up front was an eighth of the window's start-up, most of it
// the Letters tab's tone checker, for tabs most starts never open. Once built, a tab follows the
// case shown like before.
class CaseView : public QWidget
{
    Q_OBJECT

public:
    // The tabs, in order (Ctrl+1 is Overview).
    enum Tab
    {
        Overview,
        Evidence,
        Transactions,
        Contacts,
        Letters,
        Timeline,
        TabCount
    };

    explicit CaseView(QWidget* parent = nullptr);
    ~CaseView() override;

    // What the workspace reads from; none of it is owned and all must outlive the workspace (or
    // be replaced first). `language` names problems and providers ("zh_CN", "en"). Clears it.
    void setContext(core::CaseStore* store, const core::Taxonomy* taxonomy,
                    const core::ProviderDirectory* providers, const QString& language);

    // Shows case `caseId` (0: the "choose a case" hint), after saving an edit still in progress
    // in the case shown before.
    void showCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    // The letter selected in the Letters tab (Letter::id), 0 when none: what "Export Letter"
    // and "Print Letter" take.
    qint64 selectedLetterId() const;

    Tab currentTab() const;
    void setCurrentTab(Tab tab);
    // Opens the shown case where a search found `term` (core::SearchMatch's `where` and
    // `rowId`): the letter on the Letters tab with the term selected, the contact, the
    // transaction or the evidence item selected on its tab, the Overview for the title and
    // details. The keyboard goes there too.
    void showSearchHit(const QString& where, qint64 rowId, const QString& term);
    QTabWidget* tabWidget() const { return m_tabs; }
    // Builds tab `tab` now if it was not opened yet, filled for the case shown, and returns the
    // part on it (the OverviewTab, EvidenceGallery, TransactionsPanel, ContactsTab, LettersTab
    // or TimelineTab): for code, and tests, that reach into a tab without opening it.
    QWidget* ensureTab(Tab tab);

    // Saves what is being edited now (a field not left yet, a letter being typed).
    void commitEdits();

public slots:
    // Reads the shown case again (after the wizard or another part of the window changed it).
    void refresh();
    // Opens the closing dialog (outcome, money recovered, satisfaction) for the shown case,
    // with the outcome pre-selected for `status` (resolved or closed_unresolved) when given.
    void requestClose(const QString& status = {});
    // Shows the Contacts tab with the form for a new contact.
    void logContact();

signals:
    // The user asked to continue the wizard of this draft case.
    void resumeRequested(qint64 caseId);
    // The workspace changed the case itself (a fact, a contact …): the list may need a reload.
    void caseChanged(qint64 caseId);
    void errorOccurred(const QString& message);
    // The Transactions tab found likely duplicate charges this case does not cover.
    void duplicateCaseSuggested(const QList<wc::core::TransactionRecord>& charges);

private:
    void buildUi();
    QWidget* buildHeader(QWidget* parent);
    void createShortcuts();
    void showHint(const QString& text);
    // Reads the case and shows it in the header and the overview; false when it cannot be read.
    bool showRecord();
    void showBanners(const core::CaseRecord& record);
    void showFollowUp(const core::CaseRecord& record);
    void updateTabTitles();
    // A tab saved a change: everything that shows it is read again, and the list is told.
    void partChanged();
    void report(const QString& message);
    void detachParts();
    // Empties the Overview and the Letters and Timeline tabs, where built.
    void clearParts();
    // ensureTab's builders: create the part, connect it, give it the context and the case.
    void buildEvidence();
    void buildTransactions();
    void buildContacts();
    void buildLetters();
    void buildTimeline();

    core::CaseStore* m_store = nullptr;
    const core::Taxonomy* m_taxonomy = nullptr;
    const core::ProviderDirectory* m_providers = nullptr;
    QString m_language;
    qint64 m_caseId = 0;
    bool m_reported = false; // one message per read, not one per failing part

    QStackedWidget* m_stack = nullptr;
    QLabel* m_hintLabel = nullptr;
    QWidget* m_workspace = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_urgentLabel = nullptr;
    QWidget* m_draftBox = nullptr;
    QLabel* m_draftNoteLabel = nullptr;
    QPushButton* m_continueButton = nullptr;
    QLabel* m_followUpLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    // The tab pages (each part goes onto its page when built).
    QWidget* m_pages[TabCount] = {};
    OverviewTab* m_overview = nullptr;
    EvidenceGallery* m_evidence = nullptr;
    TransactionsPanel* m_transactions = nullptr;
    ContactsTab* m_contacts = nullptr;
    LettersTab* m_letters = nullptr;
    TimelineTab* m_timeline = nullptr;
};

} // namespace wc::gui
