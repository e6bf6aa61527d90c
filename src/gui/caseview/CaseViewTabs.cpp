// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// CaseView's tabs other than the Overview, built when first opened (or when something asks for
// what one holds) and filled for the case shown then; afterwards CaseView.cpp keeps them
// following the case. Kept apart from CaseView.cpp, which is about showing a case.
#include "gui/caseview/CaseView.h"

#include "gui/caseview/ContactsTab.h"
#include "gui/caseview/LettersTab.h"
#include "gui/caseview/OverviewTab.h"
#include "gui/caseview/TimelineTab.h"
// The parts' headers return QPointer members of types they only declare; the complete types
// must be known where those accessors are compiled.
#include "gui/evidence/EvidenceViewer.h"
#include "gui/transactions/StatementImportFlow.h"
#include "gui/evidence/EvidenceGallery.h"
#include "gui/transactions/TransactionsPanel.h"

#include <QLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// A part goes onto the (so far empty) page CaseView::buildUi made for its tab.
void place(QWidget* page, QWidget* part)
{
    page->layout()->addWidget(part);
    // Shown now rather than when the layout gets to it (a queued call), so the tab being
    // opened has its controls on screen, and in the focus chain, at once.
    part->show();
}

} // namespace

QWidget* CaseView::ensureTab(Tab tab)
{
    switch (tab) {
    case Overview:
        return m_overview;
    case Evidence:
        if (!m_evidence)
            buildEvidence();
        return m_evidence;
    case Transactions:
        if (!m_transactions)
            buildTransactions();
        return m_transactions;
    case Contacts:
        if (!m_contacts)
            buildContacts();
        return m_contacts;
    case Letters:
        if (!m_letters)
            buildLetters();
        return m_letters;
    case Timeline:
        if (!m_timeline)
            buildTimeline();
        return m_timeline;
    case TabCount:
        break;
    }
    return nullptr;
}

void CaseView::buildEvidence()
{
    m_evidence = new EvidenceGallery;
    if (m_evidence->objectName().isEmpty())
        m_evidence->setObjectName(u"evidenceGallery"_s);
    place(m_pages[Evidence], m_evidence);
    connect(m_evidence, &EvidenceGallery::changed, this, &CaseView::partChanged);
    if (m_store && m_caseId > 0)
        m_evidence->setCase(m_store, m_caseId);
}

void CaseView::buildTransactions()
{
    m_transactions = new TransactionsPanel;
    if (m_transactions->objectName().isEmpty())
        m_transactions->setObjectName(u"transactionsPanel"_s);
    place(m_pages[Transactions], m_transactions);
    connect(m_transactions, &TransactionsPanel::changed, this, &CaseView::partChanged);
    connect(m_transactions, &TransactionsPanel::errorOccurred, this, &CaseView::errorOccurred);
    connect(m_transactions, &TransactionsPanel::duplicateCaseSuggested, this,
            &CaseView::duplicateCaseSuggested);
    connect(m_transactions, &TransactionsPanel::draftStarted, this, [this](qint64 id) {
        emit caseChanged(id); // the list shows the new draft
        emit resumeRequested(id);
    });
    if (m_store && m_caseId > 0)
        m_transactions->setCase(m_store, m_caseId);
}

void CaseView::buildContacts()
{
    m_contacts = new ContactsTab;
    m_contacts->setObjectName(u"contactsTab"_s);
    place(m_pages[Contacts], m_contacts);
    m_pages[Contacts]->setFocusProxy(m_contacts);
    connect(m_contacts, &ContactsTab::changed, this, &CaseView::partChanged);
    connect(m_contacts, &ContactsTab::errorOccurred, this, &CaseView::errorOccurred);
    if (m_store && m_caseId > 0)
        m_contacts->setCase(m_store, m_caseId);
}

void CaseView::buildLetters()
{
    m_letters = new LettersTab;
    m_letters->setObjectName(u"lettersTab"_s);
    place(m_pages[Letters], m_letters);
    m_pages[Letters]->setFocusProxy(m_letters);
    connect(m_letters, &LettersTab::changed, this, &CaseView::partChanged);
    connect(m_letters, &LettersTab::errorOccurred, this, &CaseView::errorOccurred);
    if (m_store) {
        m_letters->setContext(m_store, m_providers);
        m_letters->showCase(m_caseId);
    }
}

void CaseView::buildTimeline()
{
    m_timeline = new TimelineTab;
    m_timeline->setObjectName(u"timelineTab"_s);
    place(m_pages[Timeline], m_timeline);
    m_pages[Timeline]->setFocusProxy(m_timeline);
    connect(m_timeline, &TimelineTab::errorOccurred, this, &CaseView::errorOccurred);
    if (m_store) {
        m_timeline->setContext(m_store, m_taxonomy, m_language);
        if (m_caseId > 0)
            m_timeline->showCase(m_caseId);
    }
}

} // namespace wc::gui
