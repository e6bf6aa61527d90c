// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/CaseStatusMenu.h"

#include "followup/CaseLifecycle.h"
#include "gui/caseview/CaseText.h"
#include "gui/dialogs/CloseCaseDialog.h"
#include "store/CaseStore.h"

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

CaseStatusMenu::CaseStatusMenu(QWidget* parent) : QMenu(parent)
{
    setObjectName(u"caseStatusMenu"_s);
    setTitle(tr("Set &Status"));
    connect(this, &QMenu::aboutToShow, this, &CaseStatusMenu::populate);
    setEnabled(false);
}

void CaseStatusMenu::setCase(core::CaseStore* store, qint64 caseId)
{
    m_store = store;
    m_caseId = caseId;
    setEnabled(store && caseId > 0);
}

void CaseStatusMenu::populate()
{
    clear();
    if (!m_store || m_caseId <= 0)
        return;
    auto record = m_store->caseById(m_caseId);
    if (!record) {
        QAction* failed = addAction(tr("The case could not be read"));
        failed->setEnabled(false);
        return;
    }
    QAction* current = addAction(tr("Now: %1").arg(CaseText::status(record->status)));
    current->setEnabled(false);
    addSeparator();
    for (const QString& status : core::CaseLifecycle::nextStatuses(record->status)) {
        const bool closing = core::isClosedStatus(status) && !core::isClosedStatus(record->status);
        const QString label = closing ? tr("%1…").arg(CaseText::status(status))
                                      : CaseText::status(status);
        QAction* action = addAction(label);
        action->setObjectName(u"statusAction_"_s + status);
        connect(action, &QAction::triggered, this, [this, status] { moveTo(status); });
    }
}

void CaseStatusMenu::moveTo(const QString& status)
{
    if (!m_store || m_caseId <= 0)
        return;
    auto record = m_store->caseById(m_caseId);
    if (!record) {
        emit errorOccurred(record.error().message);
        return;
    }
    if (core::isClosedStatus(status) && !core::isClosedStatus(record->status)) {
        CloseCaseDialog* dialog = CloseCaseDialog::openFor(parentWidget(), *m_store, m_caseId);
        connect(dialog, &CloseCaseDialog::caseClosed, this, &CaseStatusMenu::statusChanged);
        return;
    }
    if (auto moved = core::CaseLifecycle::move(*m_store, m_caseId, status); !moved) {
        emit errorOccurred(tr("The status could not be changed: %1").arg(moved.error().message));
        return;
    }
    emit statusChanged(m_caseId);
}

} // namespace wc::gui
