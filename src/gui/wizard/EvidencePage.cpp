// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/wizard/EvidencePage.h"

#include "gui/widgets/EvidenceListEditor.h"
#include "gui/wizard/NewCaseWizard.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

EvidencePage::EvidencePage(WizardSession& session, QWidget* parent)
    : DraftPage(session, parent), m_intro(new QLabel(this)), m_editor(new EvidenceListEditor(this))
{
    setTitle(tr("Evidence"));
    setSubTitle(tr("Screenshots, files and chat logs that show what happened."));

    m_intro->setObjectName(u"evidenceIntroLabel"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("Evidence turns your account into facts the provider has to answer. Add screenshots "
           "of the transaction record and of any error message, your bank or card statement "
           "lines, and your conversations with customer service. Give each item a short title; "
           "the letter lists them. Each item is copied into the case file with a SHA-256 "
           "fingerprint recorded now, so you can later show it has not been changed. Your "
           "original files are never modified."));
    m_editor->setObjectName(u"evidenceListEditor"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_intro);
    layout->addWidget(m_editor, 1);

    // The editor shows its own problems beside the list; this page's bar only says why it
    // cannot go on yet, and that is over once the files are in.
    connect(m_editor, &EvidenceListEditor::busyChanged, this, [this](bool busy) {
        if (!busy && m_messageBar->text() == m_busyMessage)
            m_messageBar->hide();
    });
}

void EvidencePage::initializePage()
{
    const QString language = WizardSession::uiLanguage();
    m_editor->setLanguage(language);
    m_editor->setSuggestions(
        m_session.taxonomy().evidenceSuggestions(m_session.draft().record.subtype));
    // Evidence is stored against the case, so the case must exist. It does once page 1 was
    // left; a wizard resumed oddly (or a page shown on its own) saves the draft first.
    if (m_session.caseId() == 0 && !m_session.saveAt(NewCaseWizard::EvidencePageId)) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The case could not be saved, so evidence cannot be added "
                                     "yet. Go back and try again, or check that the disk is "
                                     "not full."));
    }
    m_editor->setCase(&m_session.store(), m_session.caseId());
}

bool EvidencePage::validatePage()
{
    if (m_editor->isBusy()) {
        m_busyMessage = tr("Files are still being added. Wait until they are all in, or press "
                           "Cancel beside the progress bar to stop; the files already added "
                           "stay in the case.");
        m_messageBar->showMessage(MessageBar::Kind::Warning, m_busyMessage);
        return false;
    }
    writeDraft();
    return saveDraft(); // records the step to resume at
}

void EvidencePage::writeDraft()
{
    // Nothing to copy: every item was stored in the case file the moment it was read and
    // fingerprinted (file content does not belong in the draft), and title or note edits are
    // saved as they are made.
}

} // namespace wc::gui
