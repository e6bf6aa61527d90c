// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QMenu>

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

// The "Status" menu of a case: the statuses its story can move to next
// (core::CaseLifecycle::nextStatuses), filled each time it opens. Moving to a closed status goes
// through CloseCaseDialog, so the outcome is recorded; the others move at once through the store.
// Object name: caseStatusMenu; each entry "statusAction_<status key>".
class CaseStatusMenu : public QMenu
{
    Q_OBJECT

public:
    explicit CaseStatusMenu(QWidget* parent = nullptr);

    // The case the menu acts on (store not owned; null or id 0 disables it).
    void setCase(core::CaseStore* store, qint64 caseId);
    // Fills the entries for the case's current status (done when the menu opens).
    void populate();
    // Moves the case to `status` now; a closed status opens CloseCaseDialog instead.
    void moveTo(const QString& status);

signals:
    void statusChanged(qint64 caseId);
    void errorOccurred(const QString& message);

private:
    core::CaseStore* m_store = nullptr;
    qint64 m_caseId = 0;
};

} // namespace wc::gui
