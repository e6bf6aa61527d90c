// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace wc::gui {

// The case's first-steps checklist as read-only rows: a mark, the step, and when it was done
// ("Account frozen at …") or that it is still to do, with the user's note under the step. In an
// urgent case the steps still to do are shown as warnings.
// Object names per row, by the item's key: checklistStepLabel_<key>, checklistDoneLabel_<key>.
// emptyChecklistLabel when the case has no checklist.
class CaseChecklistView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseChecklistView(QWidget* parent = nullptr);

    void setItems(const QList<core::ChecklistItem>& items, bool urgent);
    int count() const { return m_count; }

    // "Done at …", or the wording of a step whose time matters ("Account frozen at …").
    static QString doneText(const core::ChecklistItem& item);

private:
    void clearRows();

    QGridLayout* m_grid;
    QLabel* m_emptyLabel;
    QList<QWidget*> m_rowWidgets;
    int m_count = 0;
};

} // namespace wc::gui
