// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/ContactsTab.h"

#include "gui/widgets/ContactListEditor.h"
#include "store/CaseStore.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

ContactsTab::ContactsTab(QWidget* parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_log(new QPushButton(this)),
      m_editor(new ContactListEditor(this))
{
    m_intro->setObjectName(u"contactsIntroLabel"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Log every call, chat, email or visit right after it happens, with the "
                        "agent's name, employee ID and any reference number. When they promise "
                        "something by a date, WalletCase reminds you that morning."));

    m_log->setObjectName(u"logContactPushButton"_s);
    m_log->setText(tr("&Log a contact…"));
    const QString keys = QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText);
    m_log->setToolTip(tr("Note a call, chat, email or visit (%1)").arg(keys));
    QFont bold = m_log->font();
    bold.setBold(true);
    m_log->setFont(bold);
    m_log->setDefault(false);
    m_log->setAutoDefault(false);

    m_editor->setObjectName(u"contactListEditor"_s);
    m_editor->setNewContactTitle(tr("Log a contact"));
    // The tab's own button is the way to add; one Add is enough.
    m_editor->addButton()->hide();
    // Named as the button the tab shows (the walk read "Use Add contact" above "Log a contact…").
    m_editor->setEmptyText(tr("No contacts logged yet. Use Log a contact for each call, chat, "
                              "email or visit."));

    auto* top = new QHBoxLayout;
    top->addWidget(m_intro, 1);
    top->addWidget(m_log, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);

    connect(m_log, &QPushButton::clicked, this, &ContactsTab::logContact);
    connect(m_editor, &ContactListEditor::contactsChanged, this, &ContactsTab::changed);
    connect(m_editor, &ContactListEditor::errorOccurred, this, &ContactsTab::errorOccurred);
}

ContactsTab::~ContactsTab()
{
    m_editor->unbindStore();
}

void ContactsTab::setCase(core::CaseStore* store, qint64 caseId)
{
    if (!store || caseId <= 0) {
        m_editor->unbindStore();
        m_log->setEnabled(false);
        return;
    }
    m_editor->setClock(&store->clock());
    m_editor->bindStore(store, caseId);
    m_log->setEnabled(true);
}

void ContactsTab::reload()
{
    m_editor->reload();
}

int ContactsTab::count() const
{
    return int(m_editor->contacts().size());
}

void ContactsTab::logContact()
{
    if (m_log->isEnabled())
        m_editor->addContact();
}

} // namespace wc::gui
