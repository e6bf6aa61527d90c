// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/wizard/NewCaseWizard.h"

#include "gui/mainwindow/WindowFit.h"
#include "gui/widgets/MessageBox.h"
#include "gui/wizard/ContactsPage.h"
#include "gui/wizard/DetailsPage.h"
#include "gui/wizard/EvidencePage.h"
#include "gui/wizard/FirstStepsPage.h"
#include "gui/wizard/LetterPage.h"
#include "gui/wizard/ProblemPage.h"
#include "gui/wizard/ProfilePage.h"
#include "gui/wizard/SendPage.h"
#include "gui/wizard/WizardSession.h"

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

NewCaseWizard::NewCaseWizard(core::CaseStore& store, const core::Taxonomy& taxonomy,
                             const core::ProviderDirectory& providers, const core::Clock& clock,
                             qint64 resumeCaseId, QWidget* parent)
    : QWizard(parent), m_session(new WizardSession(store, taxonomy, providers, clock, this))
{
    setObjectName(u"newCaseWizard"_s);
    setWindowTitle(tr("New complaint"));
    // Modern style gives every page a title band; the classic style of Linux hides it.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setButtonText(QWizard::CancelButton, tr("Close and keep draft"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setMinimumSize(760, 600);
    // Roomier by default where the screen allows; the pages scroll rather than squash when the
    // window is smaller. Never taller than the screen's free area less a title bar: on a
    // 1366×768 laptop with a panel 700 px hid the wizard's own buttons.
    const QRect area = windowfit::availableArea(this);
    resize(QSize(880, 700).boundedTo(area.size() - QSize(16, 48)).expandedTo(minimumSize()));

    int resumeStep = ProblemPageId;
    if (resumeCaseId > 0) {
        auto loaded = core::CaseDraft::load(store, resumeCaseId);
        if (loaded) {
            resumeStep = loaded->record.wizardStep;
            m_session->setDraft(std::move(*loaded));
            // A draft started elsewhere (a duplicate charge, another wallet's statement) has no
            // title yet, and fast-forwarding to its step validates no page: without this the
            // list showed "(untitled case)" until the user got past the details page.
            if (m_session->draft().record.title.trimmed().isEmpty()) {
                m_session->refreshProposedTitle(WizardSession::uiLanguage());
                if (!m_session->draft().record.title.isEmpty())
                    m_session->saveAt(resumeStep);
            }
        } else {
            m_loadError = tr("The unfinished complaint could not be read, so a new one was "
                             "started. %1")
                              .arg(loaded.error().message);
            m_session->setPendingNotice(m_loadError);
        }
    }
    if (m_session->caseId() == 0) {
        core::CaseDraft fresh;
        fresh.record.language = WizardSession::uiLanguage();
        // The complainant's details are remembered in the file; a read failure here only means
        // the profile page starts empty.
        if (auto profile = store.profile())
            fresh.profile = std::move(*profile);
        m_session->setDraft(std::move(fresh));
    }

    setPage(ProblemPageId, new ProblemPage(*m_session, this));
    setPage(FirstStepsPageId, new FirstStepsPage(*m_session, this));
    setPage(DetailsPageId, new DetailsPage(*m_session, this));
    setPage(EvidencePageId, new EvidencePage(*m_session, this));
    setPage(ContactsPageId, new ContactsPage(*m_session, this));
    setPage(ProfilePageId, new ProfilePage(*m_session, this));
    setPage(LetterPageId, new LetterPage(*m_session, this));
    setPage(SendPageId, new SendPage(*m_session, this));
    setStartId(ProblemPageId);

    m_session->setNextStepProvider([this] {
        const QWizardPage* page = currentPage();
        return page ? page->nextId() : -1;
    });
    connect(m_session, &WizardSession::saved, this, &NewCaseWizard::caseSaved);
    // Where the user is in the journey, in the one place every page shares.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id >= 0)
            setWindowTitle(tr("New complaint — step %1 of %2").arg(id + 1).arg(SendPageId + 1));
    });
    connect(this, &QWizard::currentIdChanged, this, &NewCaseWizard::pageChanged);

    if (resumeStep > ProblemPageId)
        resumeAt(resumeStep);
}

NewCaseWizard::~NewCaseWizard() = default;

qint64 NewCaseWizard::caseId() const
{
    return m_session->caseId();
}

void NewCaseWizard::resumeAt(int step)
{
    restart();
    m_fastForwarding = true;
    // next() initialises each page from the draft on the way, exactly as when it was filled in.
    while (currentId() != -1 && currentId() < step && currentPage()->nextId() != -1) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    m_fastForwarding = false;
}

void NewCaseWizard::pageChanged(int id)
{
    const int left = m_shownId;
    m_shownId = id;
    // Going forward, the page left was validated and wrote the draft itself. Going back it was
    // not: without this, Next would show the page from the draft as it was before (the ticked
    // default remedies of the facts page cleared, say).
    if (left < 0 || id < 0 || id > left)
        return;
    auto* page = dynamic_cast<DraftPage*>(this->page(left));
    if (!page)
        return;
    // In memory only: the page is saved when it is left forward, or when the wizard is closed
    // (a follow-up reminder half set on the last page must not reach the file from a Back).
    page->writeDraft();
}

bool NewCaseWizard::validateCurrentPage()
{
    if (m_fastForwarding)
        return true;
    return QWizard::validateCurrentPage();
}

void NewCaseWizard::reject()
{
    auto* page = dynamic_cast<DraftPage*>(currentPage());
    if (page)
        page->writeDraft();
    const core::CaseRecord& record = m_session->draft().record;
    // Nothing chosen yet and no case saved: there is nothing to keep.
    const bool worthKeeping = m_session->caseId() != 0 || !record.subtype.isEmpty();
    if (worthKeeping && !m_session->saveAt(currentId() < 0 ? ProblemPageId : currentId())) {
        enum { Stay, Discard };
        const int choice = MessageBox::ask(
            this, QMessageBox::Warning, tr("Draft not saved"),
            tr("Your latest entries could not be saved to the case file, so closing now would "
               "lose them. Stay to try again (check that the disk is not full), or close and "
               "discard the unsaved entries."),
            {{Stay, tr("Stay"), QMessageBox::RejectRole},
             {Discard, tr("Close and discard"), QMessageBox::DestructiveRole}},
            Stay);
        if (choice == Stay)
            return;
    }
    QWizard::reject();
}

} // namespace wc::gui
