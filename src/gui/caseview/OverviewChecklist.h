// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTimeZone;

namespace wc::core {
class CaseStore;
class Taxonomy;
} // namespace wc::core

namespace wc::gui {

class ChecklistEditor;

// The first-steps part of a case's overview: each step with when it was done, ticked and timed
// here and saved at once (one change each). A step the guidance knows is named in the interface
// language, whatever language the case was started in; a step it does not know keeps the label
// stored with it. Urgent security steps are emphasised while the case is open.
// Object names: checklistEditor (ChecklistEditor, with step_<key>_CheckBox and
// step_<key>_DateTimeEdit), emptyChecklistLabel.
class OverviewChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewChecklist(QWidget* parent = nullptr);

    // Not owned; both must outlive the widget (or be replaced first).
    void setContext(core::CaseStore* store, const core::Taxonomy* taxonomy,
                    const QString& language);
    void setTimeZone(const QTimeZone& zone);
    // Shows the steps of `record` (its family and status decide names and emphasis).
    void showChecklist(const core::CaseRecord& record, const QList<core::ChecklistItem>& items);

    // The name shown for `item`: the guidance's in `language` when it knows the step, else the
    // label stored with it (or its key).
    static QString stepLabel(const core::Taxonomy* taxonomy, const QString& family,
                             const core::ChecklistItem& item, const QString& language);

signals:
    // A step's change was saved; `before` is the step as it was, to take the change back.
    void saved(const core::ChecklistItem& before);
    void saveFailed(const QString& message);

private:
    void saveStep(const QString& key);
    QString stepWhy(const QString& key) const;

    core::CaseStore* m_store = nullptr;
    const core::Taxonomy* m_taxonomy = nullptr;
    QString m_language;
    QString m_family;
    bool m_loading = false;
    QList<core::ChecklistItem> m_checklist;
    QLabel* m_noSteps;
    ChecklistEditor* m_steps;
};

} // namespace wc::gui
