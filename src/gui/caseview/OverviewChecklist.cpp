// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/OverviewChecklist.h"

#include "gui/widgets/ChecklistEditor.h"
#include "guidance/Taxonomy.h"
#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {
const QLatin1String FreezeStepKey{"freeze_account"};
} // namespace

OverviewChecklist::OverviewChecklist(QWidget* parent)
    : QWidget(parent), m_noSteps(new QLabel(this)), m_steps(new ChecklistEditor(this))
{
    // Moved here from the overview: its context keeps the existing translations.
    m_noSteps->setText(QCoreApplication::translate("wc::gui::OverviewTab",
                                                   "No first steps were recorded for this case."));
    m_noSteps->setObjectName(u"emptyChecklistLabel"_s);
    m_noSteps->setWordWrap(true);
    m_steps->setObjectName(u"checklistEditor"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noSteps);
    layout->addWidget(m_steps);
    connect(m_steps, &ChecklistEditor::stepToggled, this, &OverviewChecklist::saveStep);
    connect(m_steps, &ChecklistEditor::timeCommitted, this, &OverviewChecklist::saveStep);
}

void OverviewChecklist::setContext(core::CaseStore* store, const core::Taxonomy* taxonomy,
                                   const QString& language)
{
    m_store = store;
    m_taxonomy = taxonomy;
    m_language = language;
    m_steps->setClock(store ? &store->clock() : nullptr);
}

void OverviewChecklist::setTimeZone(const QTimeZone& zone)
{
    m_steps->setTimeZone(zone);
}

QString OverviewChecklist::stepLabel(const core::Taxonomy* taxonomy, const QString& family,
                                     const core::ChecklistItem& item, const QString& language)
{
    // The stored label is in the language the case was started in; the guidance has both.
    if (taxonomy) {
        for (const core::ChecklistStep& step : taxonomy->checklist(family)) {
            if (step.key == item.itemKey) {
                if (const QString text = step.label.text(language); !text.isEmpty())
                    return text;
            }
        }
    }
    return item.label.isEmpty() ? item.itemKey : item.label;
}

QString OverviewChecklist::stepWhy(const QString& key) const
{
    if (!m_taxonomy)
        return {};
    for (const core::ChecklistStep& step : m_taxonomy->checklist(m_family)) {
        if (step.key == key)
            return step.why.text(m_language);
    }
    return {};
}

void OverviewChecklist::showChecklist(const core::CaseRecord& record,
                                      const QList<core::ChecklistItem>& input)
{
    m_loading = true;
    m_family = record.family;
    QList<core::ChecklistItem> items = input;
    std::stable_sort(items.begin(), items.end(),
                     [](const core::ChecklistItem& a, const core::ChecklistItem& b) {
                         return a.position < b.position;
                     });
    m_checklist = items;
    const bool urgent =
        record.family == core::family::Security && !core::isClosedStatus(record.status);
    QList<ChecklistEditor::Step> steps;
    for (const core::ChecklistItem& item : std::as_const(items)) {
        ChecklistEditor::Step step;
        step.key = item.itemKey;
        step.label = stepLabel(m_taxonomy, record.family, item, m_language);
        step.why = stepWhy(item.itemKey);
        step.note = item.note;
        step.recordsTime = true; // every step's time can be corrected here
        step.emphasized = urgent && item.itemKey == FreezeStepKey && !item.doneAt;
        step.doneAt = item.doneAt;
        steps << step;
    }
    // Rebuilding would take the keyboard away from a step being edited; only new steps do that.
    QStringList keys;
    for (const ChecklistEditor::Step& step : std::as_const(steps))
        keys << step.key;
    if (keys != m_steps->keys()) {
        m_steps->setSteps(steps);
    } else {
        for (const ChecklistEditor::Step& step : std::as_const(steps))
            m_steps->setDoneAt(step.key, step.doneAt);
    }
    m_noSteps->setVisible(items.isEmpty());
    m_steps->setVisible(!items.isEmpty());
    m_loading = false;
}

void OverviewChecklist::saveStep(const QString& key)
{
    if (m_loading || !m_store)
        return;
    const auto found = std::find_if(m_checklist.begin(), m_checklist.end(),
                                    [&](const core::ChecklistItem& i) { return i.itemKey == key; });
    if (found == m_checklist.end())
        return;
    const core::ChecklistItem before = *found;
    core::ChecklistItem item = before;
    item.doneAt = m_steps->doneAt(key);
    if (item.doneAt == before.doneAt)
        return;
    if (auto saved = m_store->updateChecklistItem(item); !saved) {
        m_steps->setDoneAt(key, before.doneAt);
        emit saveFailed(QCoreApplication::translate(
                            "wc::gui::OverviewTab",
                            "The step could not be saved, so it is shown as it was: %1")
                            .arg(saved.error().message));
        return;
    }
    *found = item;
    emit saved(before);
}

} // namespace wc::gui
