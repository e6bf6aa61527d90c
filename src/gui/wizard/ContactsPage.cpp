// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/wizard/ContactsPage.h"

#include "gui/widgets/ContactListEditor.h"
#include "guidance/CaseTimeZone.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

ContactsPage::ContactsPage(WizardSession& session, QWidget* parent)
    : DraftPage(session, parent), m_intro(new QLabel(this)), m_editor(new ContactListEditor(this))
{
    setObjectName(u"contactsPage"_s);
    setTitle(tr("Earlier contacts"));
    m_intro->setObjectName(u"contactsIntroLabel"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_editor->setObjectName(u"contactListEditor"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_intro);
    layout->addWidget(m_editor, 1);
}

void ContactsPage::initializePage()
{
    m_editor->setClock(&m_session.clock());
    m_session.syncTimeZone(); // contacts are typed in the case's zone
    m_editor->setTimeZone(core::CaseTimeZone::zoneFor(m_session.draft().record));
    m_editor->setContacts(m_session.draft().contacts);

    // For a service problem the record of who said what and when is the evidence itself.
    const bool service = m_session.draft().record.family == core::family::Service;
    if (service) {
        setSubTitle(tr("Strongly recommended for your problem."));
        m_intro->setText(
            tr("Log every contact you have had with the provider about this problem: each call, "
               "chat, email or visit, with the date, the agent's name and employee ID and "
               "any reference number. A service complaint stands on this record: it shows when "
               "you asked, who answered and what they promised. Ask for the employee ID next "
               "time you call."));
        m_intro->setStyleSheet(u"QLabel { background:#e8f1fb; border:1px solid #9cc2ea;"
                               u" color:#123; border-radius:4px; padding:8px; }"_s);
    } else {
        setSubTitle(tr("Optional."));
        m_intro->setText(
            tr("If you have already contacted the provider about this problem, log each contact "
               "here (when, how, who answered, what they said or promised). Your letter lists "
               "them in date order. You can skip this step: press Next."));
        m_intro->setStyleSheet(QString());
    }
}

bool ContactsPage::validatePage()
{
    writeDraft();
    if (!saveDraft())
        return false;
    // The saved contacts now have ids; the editor must hold them too, or coming back to this
    // page (Back from the next one) and leaving again would add them a second time.
    m_editor->setContacts(m_session.draft().contacts);
    return true;
}

void ContactsPage::cleanupPage()
{
    writeDraft();
}

void ContactsPage::writeDraft()
{
    core::CaseDraft& draft = m_session.draft();
    draft.contacts = m_editor->contacts();
    // Removals from an earlier visit to this page that were not saved yet stay pending.
    for (const qint64 id : m_editor->removedIds()) {
        if (!draft.removedContactIds.contains(id))
            draft.removedContactIds.append(id);
    }
}

} // namespace wc::gui
