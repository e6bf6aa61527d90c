// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/reminders/FollowUpsView.h"

#include "followup/FollowUpTime.h"
#include "followup/ReminderQueue.h"
#include "gui/caseview/CaseText.h"
#include "gui/reminders/NextStep.h"

#include <QCalendarWidget>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextCharFormat>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {
// Overdue rows given their step before the list has a size: about a screenful.
constexpr int kFirstSteps = 50;
} // namespace

FollowUpsView::FollowUpsView(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_calendar(new QCalendarWidget(this))
{
    setObjectName(u"followUpsView"_s);
    m_summary->setObjectName(u"followUpsSummaryLabel"_s);
    m_summary->setWordWrap(true);

    m_tree->setObjectName(u"followUpsTree"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Due"), tr("Case"), tr("Reminder"), tr("Suggested next step")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openItem(item); });
    // Overdue rows get their suggested step as they come into view.
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, this, &FollowUpsView::fillSteps);

    auto* open = new QPushButton(tr("&Open case"), this);
    open->setObjectName(u"followUpsOpenButton"_s);
    open->setEnabled(false);
    connect(open, &QPushButton::clicked, this, [this] { openItem(m_tree->currentItem()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [open](QTreeWidgetItem* current) { open->setEnabled(current != nullptr); });

    m_calendar->setObjectName(u"followUpsCalendar"_s);
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setToolTip(tr("Days in bold have reminders. Click a day to find its reminders; "
                              "double-click to open the first one's case."));
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &FollowUpsView::markCalendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, &FollowUpsView::selectDay);
    connect(m_calendar, &QCalendarWidget::activated, this, &FollowUpsView::openDay);

    auto* left = new QVBoxLayout;
    left->addWidget(m_summary);
    left->addWidget(m_tree, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(open);
    left->addLayout(buttons);
    auto* right = new QVBoxLayout;
    right->addWidget(m_calendar);
    right->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
    setTabOrder(m_tree, open);
    setTabOrder(open, m_calendar);
}

void FollowUpsView::setQueue(const core::ReminderQueue* queue,
                             const core::ProviderDirectory* directory, const QString& language)
{
    m_queue = queue;
    m_directory = directory;
    m_language = language;
    if (m_queue) {
        // Today by the app's clock (--now moves it), not the computer's calendar.
        const QDate today = core::followup::localDate(m_queue->clock().nowMs(), m_queue->zone());
        m_calendar->setSelectedDate(today);
        m_calendar->setCurrentPage(today.year(), today.month());
    }
    reload();
}

void FollowUpsView::setDeferredWhileHidden(bool defer)
{
    m_deferWhileHidden = defer;
}

void FollowUpsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void FollowUpsView::reload()
{
    if (m_deferWhileHidden && !isVisible()) {
        // Read when shown: a hidden list costs nothing at start-up (issue 13).
        m_stale = true;
        return;
    }
    m_stale = false;
    const qint64 selected =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, ReminderIdRole).toLongLong() : 0;
    m_tree->clear();
    m_lateItems.clear();
    if (!m_queue) {
        m_summary->setText(tr("No case file is open."));
        markCalendar(m_calendar->yearShown(), m_calendar->monthShown());
        return;
    }
    // One query for the whole list; the suggested step (which reads the whole case) only for
    // the overdue rows in view (fillSteps).
    const qint64 now = m_queue->clock().nowMs();
    auto all = m_queue->pendingUntil(std::numeric_limits<qint64>::max(), now);
    if (!all) {
        m_summary->setText(tr("The reminders could not be read."));
        emit errorOccurred(tr("The follow-ups could not be read: %1").arg(all.error().message));
        return;
    }
    int overdue = 0;
    QTreeWidgetItem* toSelect = nullptr;
    QList<QTreeWidgetItem*> rows;
    rows.reserve(all->size());
    for (const core::FollowUpItem& item : std::as_const(*all)) {
        const bool late = item.dueAt <= now && !item.dueToday; // a deadline day is not over
        overdue += late ? 1 : 0;
        auto* row = new QTreeWidgetItem;
        rows << row;
        row->setData(0, ReminderIdRole, item.reminder.id);
        row->setData(0, CaseIdRole, item.caseId);
        row->setData(0, DueRole, item.dueAt);
        row->setData(0, OverdueRole, late);
        row->setData(0, DayRole, core::followup::localDate(item.dueAt, item.zone));
        // In the case's zone, named when the computer's clock would read otherwise.
        row->setText(DueColumn, CaseText::zonedDateTime(item.dueAt, item.zone));
        const QString title =
            item.caseTitle.trimmed().isEmpty() ? tr("(untitled case)") : item.caseTitle.trimmed();
        row->setText(CaseColumn, item.providerName.isEmpty()
                                     ? title
                                     : tr("%1 (%2)").arg(title, item.providerName));
        const QString kind = NextStep::kindTitle(item.reminder.kind);
        const QString text = item.reminder.text.trimmed();
        row->setText(WhatColumn, text.isEmpty() ? kind : tr("%1: %2").arg(kind, text));
        row->setToolTip(WhatColumn, row->text(WhatColumn));
        if (late) {
            m_lateItems.insert(item.reminder.id, item);
            row->setToolTip(DueColumn, tr("Overdue"));
            for (int c = 0; c < ColumnCount; ++c)
                row->setForeground(c, CaseText::warningColour());
        }
        if (item.reminder.id == selected)
            toSelect = row;
    }
    m_tree->addTopLevelItems(rows); // at once: one layout, not one per row
    // Spelled out rather than "%n reminder(s)": English has no plural translation file.
    const int total = m_tree->topLevelItemCount();
    if (total == 0)
        m_summary->setText(tr("No reminders are pending."));
    else if (overdue == 0)
        m_summary->setText(total == 1 ? tr("1 pending reminder, not overdue.")
                                      : tr("%1 pending reminders, none overdue.").arg(total));
    else if (total == 1)
        m_summary->setText(tr("1 pending reminder, overdue (shown with what to do next)."));
    else
        m_summary->setText(
            tr("%1 pending reminders, %2 overdue (shown first, with what to do next).")
                .arg(QString::number(total), QString::number(overdue)));
    fillSteps();
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_tree->resizeColumnToContents(c);
    if (toSelect)
        m_tree->setCurrentItem(toSelect);
    markCalendar(m_calendar->yearShown(), m_calendar->monthShown());
}

void FollowUpsView::fillSteps()
{
    if (!m_queue || m_lateItems.isEmpty())
        return;
    // The rows in view, or before the list is laid out the first screenful (overdue rows come
    // first), each read once.
    QTreeWidgetItem* row = m_tree->itemAt(0, 0);
    int left = kFirstSteps;
    if (!row || !m_tree->isVisible())
        row = m_tree->topLevelItem(0);
    else
        left = m_tree->viewport()->height() / qMax(1, m_tree->visualItemRect(row).height()) + 2;
    const qint64 now = m_queue->clock().nowMs();
    for (; row && left > 0; row = m_tree->itemBelow(row), --left) {
        auto late = m_lateItems.find(row->data(0, ReminderIdRole).toLongLong());
        if (late == m_lateItems.end())
            continue;
        const core::FollowUpItem item = *late;
        m_lateItems.erase(late);
        auto step = m_queue->suggestionFor(item, now);
        if (!step || !*step)
            continue;
        row->setText(StepColumn, NextStep::action(**step));
        row->setToolTip(StepColumn, NextStep::detail(**step, m_directory, m_language, item.zone));
    }
}

void FollowUpsView::markCalendar(int year, int month)
{
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears every marked day
    m_marked.clear();
    if (!m_queue)
        return;
    // The days the list shows: each reminder's day in its case's zone, so the calendar and the
    // Due column name the same day.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QDate day = m_tree->topLevelItem(i)->data(0, DayRole).toDate();
        if (day.year() == year && day.month() == month)
            ++m_marked[day];
    }
    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setFontUnderline(true);
    marked.setBackground(QColor(0xfd, 0xe8, 0xb4));
    marked.setForeground(QColor(0x5a, 0x3b, 0x00));
    for (auto it = m_marked.cbegin(); it != m_marked.cend(); ++it) {
        QTextCharFormat format = marked;
        format.setToolTip(it.value() == 1 ? tr("1 reminder") : tr("%1 reminders").arg(it.value()));
        m_calendar->setDateTextFormat(it.key(), format);
    }
}

QTreeWidgetItem* FollowUpsView::firstItemOn(const QDate& date) const
{
    if (!m_queue)
        return nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->data(0, DayRole).toDate() == date)
            return item;
    }
    return nullptr;
}

void FollowUpsView::selectDay(const QDate& date)
{
    if (QTreeWidgetItem* item = firstItemOn(date)) {
        m_tree->setCurrentItem(item);
        m_tree->scrollToItem(item);
    }
}

void FollowUpsView::openDay(const QDate& date)
{
    openItem(firstItemOn(date));
}

void FollowUpsView::openItem(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const qint64 caseId = item->data(0, CaseIdRole).toLongLong();
    if (caseId > 0)
        emit openCaseRequested(caseId);
}

} // namespace wc::gui
