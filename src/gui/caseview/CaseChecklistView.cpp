// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/CaseChecklistView.h"

#include "gui/caseview/CaseText.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

QLabel* wrappingLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long word must not widen the whole pane; it may be clipped, the text stays selectable.
    label->setMinimumWidth(1);
    return label;
}

} // namespace

CaseChecklistView::CaseChecklistView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel = new QLabel(tr("No first steps were recorded for this case."), this);
    m_emptyLabel->setObjectName(u"emptyChecklistLabel"_s);
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 3);
    m_grid->setColumnStretch(2, 2);
    m_grid->setHorizontalSpacing(12);
    layout->addLayout(m_grid);
}

QString CaseChecklistView::doneText(const core::ChecklistItem& item)
{
    if (!item.doneAt)
        return tr("Not done yet");
    const QString when = CaseText::dateTime(*item.doneAt);
    // The steps whose time a provider or the police will ask for say what happened then.
    if (item.itemKey == u"freeze_account")
        return tr("Account frozen at %1").arg(when);
    if (item.itemKey == u"change_passwords")
        return tr("Passwords changed at %1").arg(when);
    if (item.itemKey == u"contact_card_issuer")
        return tr("Card issuer contacted at %1").arg(when);
    if (item.itemKey == u"report_police")
        return tr("Reported to the police at %1").arg(when);
    return tr("Done at %1").arg(when);
}

void CaseChecklistView::clearRows()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
}

void CaseChecklistView::setItems(const QList<core::ChecklistItem>& input, bool urgent)
{
    clearRows();
    QList<core::ChecklistItem> items = input;
    std::stable_sort(items.begin(), items.end(),
                     [](const core::ChecklistItem& a, const core::ChecklistItem& b) {
                         return a.position < b.position;
                     });
    m_count = int(items.size());
    m_emptyLabel->setVisible(items.isEmpty());
    int row = 0;
    for (const core::ChecklistItem& item : std::as_const(items)) {
        const bool done = item.doneAt.has_value();
        // ✓ and ○ read in every language; the done column says the same in words.
        auto* mark = new QLabel(done ? u"\u2713"_s : u"\u25CB"_s, this);
        mark->setAccessibleName(done ? tr("Done") : tr("Not done"));
        auto* step = wrappingLabel(item.label.isEmpty() ? item.itemKey : item.label, this);
        step->setObjectName(u"checklistStepLabel_"_s + item.itemKey);
        auto* when = wrappingLabel(doneText(item), this);
        when->setObjectName(u"checklistDoneLabel_"_s + item.itemKey);
        if (!done && urgent) {
            QFont bold = when->font();
            bold.setBold(true);
            when->setFont(bold);
            QPalette warning = when->palette();
            warning.setColor(QPalette::WindowText, CaseText::warningColour());
            when->setPalette(warning);
            mark->setPalette(warning);
            mark->setFont(bold);
        } else if (!done) {
            when->setForegroundRole(QPalette::PlaceholderText);
        }
        m_grid->addWidget(mark, row, 0, Qt::AlignTop);
        m_grid->addWidget(step, row, 1, Qt::AlignTop);
        m_grid->addWidget(when, row, 2, Qt::AlignTop);
        m_rowWidgets << mark << step << when;
        ++row;
        if (!item.note.trimmed().isEmpty()) {
            auto* note = wrappingLabel(item.note.trimmed(), this);
            note->setObjectName(u"checklistNoteLabel_"_s + item.itemKey);
            note->setForegroundRole(QPalette::PlaceholderText);
            m_grid->addWidget(note, row, 1, 1, 2, Qt::AlignTop);
            m_rowWidgets << note;
            ++row;
        }
    }
}

} // namespace wc::gui
