// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/TimelineTab.h"

#include "cases/CaseChronology.h"
#include "gui/caseview/CaseText.h"
#include "gui/caseview/EventText.h"
#include "store/CaseStore.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QScrollBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// Green that reads on light and dark backgrounds alike, like CaseText::warningColour().
QColor goodColour(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1e, 0x6b, 0x47);
}

} // namespace

TimelineTab::TimelineTab(QWidget* parent)
    : QWidget(parent), m_viewCombo(new QComboBox(this)), m_chain(new QLabel(this)),
      m_empty(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_story(new QTreeWidget(this)), m_tree(new QTreeWidget(this))
{
    m_viewCombo->setObjectName(u"timelineViewComboBox"_s);
    m_viewCombo->addItem(tr("Story of the dispute"));
    m_viewCombo->addItem(tr("Full edit log"));
    m_viewCombo->setToolTip(tr("The story shows what happened in the dispute; the edit log shows "
                               "every change made to the case in WalletCase, hash-checked."));
    auto* viewLabel = new QLabel(tr("&Show:"), this);
    viewLabel->setBuddy(m_viewCombo);

    m_story->setObjectName(u"storyTreeWidget"_s);
    m_story->setColumnCount(StoryColumnCount);
    m_story->setHeaderLabels({tr("When"), tr("What happened"), tr("Status")});
    m_story->setRootIsDecorated(false);
    m_story->setUniformRowHeights(true);
    m_story->setAlternatingRowColors(true);
    m_story->setSelectionMode(QAbstractItemView::SingleSelection);
    m_story->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_story->setWordWrap(false);
    m_story->setTextElideMode(Qt::ElideRight);
    m_story->header()->setStretchLastSection(false);
    m_story->header()->setSectionResizeMode(StoryWhenColumn, QHeaderView::ResizeToContents);
    m_story->header()->setSectionResizeMode(StoryWhatColumn, QHeaderView::Stretch);
    m_story->header()->setSectionResizeMode(StoryStateColumn, QHeaderView::ResizeToContents);
    m_story->setAccessibleName(tr("Story of the dispute"));

    m_chain->setObjectName(u"chainLabel"_s);
    m_chain->setWordWrap(true);
    m_chain->setTextFormat(Qt::PlainText);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chain->setMargin(6);

    m_empty->setObjectName(u"emptyTimelineLabel"_s);
    m_empty->setText(tr("Nothing has been recorded for this case yet."));
    m_empty->setWordWrap(true);

    m_tree->setObjectName(u"timelineTreeWidget"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("When"), tr("What happened")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Case history"));

    m_stack->addWidget(m_story);
    m_stack->addWidget(m_tree);

    auto* top = new QHBoxLayout;
    top->addWidget(viewLabel);
    top->addWidget(m_viewCombo);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->addLayout(top);
    layout->addWidget(m_chain);
    layout->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    connect(m_viewCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        updateEmpty();
    });
    clear();
}

TimelineTab::View TimelineTab::view() const
{
    return m_viewCombo->currentIndex() == EditLogView ? EditLogView : StoryView;
}

void TimelineTab::setView(View view)
{
    m_viewCombo->setCurrentIndex(view);
}

void TimelineTab::updateEmpty()
{
    const bool story = view() == StoryView;
    const bool empty = m_caseId > 0 && (story ? !m_hasStory : !m_hasEvents);
    m_empty->setText(story ? tr("Nothing about the dispute has been recorded yet: add when it "
                                "happened, the payments, your contacts with the company and the "
                                "letters you sent.")
                           : tr("Nothing has been recorded for this case yet."));
    m_empty->setVisible(empty);
    m_stack->setVisible(!empty);
}

void TimelineTab::showStory(const core::CaseSnapshot& snapshot)
{
    m_story->clear();
    const EventText::Context context = EventText::contextFor(snapshot, m_taxonomy, m_language);
    // What is still upcoming is judged by the store's clock (which --now moves).
    const qint64 now = m_store ? m_store->clock().nowMs() : QDateTime::currentMSecsSinceEpoch();
    const QList<core::ChronologyEntry> entries =
        core::CaseChronology::build(snapshot, now, context.zone);
    for (const core::ChronologyEntry& entry : entries) {
        auto* item = new QTreeWidgetItem(m_story);
        const QString text = EventText::describe(entry, context);
        item->setText(StoryWhenColumn, EventText::when(entry, context));
        item->setText(StoryWhatColumn, text);
        item->setToolTip(StoryWhatColumn, text);
        item->setIcon(StoryWhatColumn, EventText::icon(EventText::kindOf(entry)));
        item->setData(StoryWhenColumn, Qt::UserRole, int(entry.kind));
        const QString state = EventText::state(entry, context);
        item->setText(StoryStateColumn, state);
        if (entry.state == core::ChronologyEntry::State::Missed)
            item->setForeground(StoryStateColumn, CaseText::warningColour());
    }
    m_hasStory = !entries.isEmpty();
}

void TimelineTab::setContext(core::CaseStore* store, const core::Taxonomy* taxonomy,
                             const QString& language)
{
    m_store = store;
    m_taxonomy = taxonomy;
    m_language = language;
    clear();
}

void TimelineTab::clear()
{
    m_caseId = 0;
    m_intact = true;
    m_hasEvents = false;
    m_hasStory = false;
    m_story->clear();
    m_tree->clear();
    m_chain->clear();
    m_chain->hide();
    m_empty->hide();
}

void TimelineTab::showCase(qint64 caseId)
{
    const bool sameCase = caseId == m_caseId && caseId > 0;
    const int scrolled = m_tree->verticalScrollBar()->value();
    const bool atEnd = scrolled >= m_tree->verticalScrollBar()->maximum();
    m_tree->clear();
    m_caseId = caseId;
    m_intact = true;
    if (!m_store || caseId <= 0) {
        clear();
        return;
    }
    auto snapshot = m_store->snapshot(caseId);
    if (!snapshot) {
        m_chain->hide();
        emit errorOccurred(
            tr("The case's history could not be read: %1").arg(snapshot.error().message));
        return;
    }
    QList<core::CaseEvent> events = snapshot->events;
    std::stable_sort(events.begin(), events.end(),
                     [](const core::CaseEvent& a, const core::CaseEvent& b) {
                         return a.at != b.at ? a.at < b.at : a.seq < b.seq;
                     });
    const EventText::Context context = EventText::contextFor(*snapshot, m_taxonomy, m_language);
    // The case's zone named in the column where the computer's clock would read otherwise.
    const QString zone = CaseText::zoneSuffix(context.zone, QDateTime::currentMSecsSinceEpoch());
    m_tree->headerItem()->setText(
        WhenColumn, zone.isEmpty() ? tr("When") : tr("When (%1)", "time zone").arg(zone));
    m_story->headerItem()->setText(
        StoryWhenColumn, zone.isEmpty() ? tr("When") : tr("When (%1)", "time zone").arg(zone));
    showStory(*snapshot);

    qint64 brokenSeq = 0;
    if (auto check = m_store->verifyEvents(caseId); !check) {
        m_chain->setText(tr("⚠ Whether the history is complete could not be checked: %1")
                             .arg(check.error().message));
        m_intact = false;
    } else if (check->intact) {
        m_chain->setText(tr("✓ The history is complete and unchanged: every entry checks out "
                            "(%1 in all).")
                             .arg(check->eventCount));
    } else {
        m_intact = false;
        brokenSeq = check->firstBrokenSeq;
        m_chain->setText(tr("⚠ The history has been altered outside WalletCase: entry %1 and "
                            "what follows it do not match what was recorded. Do not rely on "
                            "them as evidence; a backup may hold the original.")
                             .arg(brokenSeq));
    }
    QPalette palette = m_chain->palette();
    palette.setColor(QPalette::WindowText,
                     m_intact ? goodColour(palette) : CaseText::warningColour());
    m_chain->setPalette(palette);
    QFont font = m_chain->font();
    font.setBold(!m_intact);
    m_chain->setFont(font);
    m_chain->show();

    // Consecutive saves of the same thing (a letter saved while typed) read as one line.
    QTreeWidgetItem* previous = nullptr;
    QString previousKey;
    int repeats = 1;
    QString previousText;
    for (const core::CaseEvent& event : std::as_const(events)) {
        const bool broken = brokenSeq > 0 && event.seq == brokenSeq;
        const QString text = EventText::describe(event, context);
        const QString key = event.kind + u'#' + QString::number(EventText::subjectId(event));
        if (previous && !broken && key == previousKey && text == previousText &&
            event.kind.endsWith(u".updated")) {
            ++repeats;
            previous->setText(WhenColumn, CaseText::dateTime(event.at, context.zone));
            previous->setText(WhatColumn, tr("%1 (saved %n times)", nullptr, repeats).arg(text));
            continue;
        }
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(WhenColumn, CaseText::dateTime(event.at, context.zone));
        item->setText(WhatColumn, text);
        item->setIcon(WhatColumn, EventText::icon(event.kind));
        item->setData(WhenColumn, Qt::UserRole, event.seq);
        item->setData(WhenColumn, Qt::UserRole + 1, event.kind);
        item->setToolTip(WhatColumn, text);
        if (broken) {
            item->setForeground(WhatColumn, CaseText::warningColour());
            item->setForeground(WhenColumn, CaseText::warningColour());
            QFont bold = item->font(WhatColumn);
            bold.setBold(true);
            item->setFont(WhatColumn, bold);
            item->setText(WhatColumn, tr("⚠ %1 — this entry does not match the record").arg(text));
            item->setToolTip(WhatColumn, tr("Entry %1 was changed or an entry before it was "
                                            "removed after it was recorded.")
                                             .arg(event.seq));
        }
        previous = item;
        previousKey = key;
        previousText = text;
        repeats = 1;
    }
    m_hasEvents = !events.isEmpty();
    updateEmpty();
    // The newest entries are what a returning user looks for; a refresh keeps the reader's place.
    const int shown = ++m_shown;
    QTimer::singleShot(0, this, [this, sameCase, scrolled, atEnd, shown] {
        if (shown != m_shown)
            return; // read again since; that read places the list
        QScrollBar* bar = m_tree->verticalScrollBar();
        bar->setValue(sameCase && !atEnd ? scrolled : bar->maximum());
    });
}

} // namespace wc::gui
