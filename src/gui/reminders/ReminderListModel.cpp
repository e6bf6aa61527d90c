// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/reminders/ReminderListModel.h"

#include "gui/caseview/CaseText.h"
#include "gui/reminders/NextStep.h"

#include <QCoreApplication>
#include <QFont>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {
// internalId of a case row; a reminder row carries its case id + 1 (case ids are ≥ 0), which
// stays right when rows above it come and go.
constexpr quintptr CaseRowId = 0;

// The pop-up's own words, kept in its translation context (they were its labels' texts);
// QT_TRANSLATE_NOOP marks them for lupdate there.
QString popupTr(const char* text)
{
    return QCoreApplication::translate("wc::gui::ReminderPopup", text);
}
} // namespace

ReminderListModel::ReminderListModel(QObject* parent) : QAbstractItemModel(parent) {}

void ReminderListModel::addItems(const QList<core::FollowUpItem>& items, bool overdueAtStart)
{
    if (items.isEmpty())
        return;
    beginResetModel();
    for (const core::FollowUpItem& item : items) {
        const qint64 id = item.reminder.id;
        auto it = m_entries.find(id);
        if (it != m_entries.end()) {
            // Updated: its texts are new, and so may be its step.
            it->item = item;
            it->suggestionRead = item.suggestion.has_value();
            continue;
        }
        // A deadline on its own day is due today, not overdue, however early it fired.
        const bool late = overdueAtStart && !item.dueToday;
        m_entries.insert(id, Entry{item, late, item.suggestion.has_value()});
        m_order.append(id);
        m_startCount += late ? 1 : 0;
    }
    // One sort per batch (not a search of the whole list per item).
    std::stable_sort(m_order.begin(), m_order.end(), [this](qint64 a, qint64 b) {
        const qint64 da = m_entries.value(a).item.dueAt;
        const qint64 db = m_entries.value(b).item.dueAt;
        return da != db ? da < db : a < b;
    });
    regroup();
    endResetModel();
}

void ReminderListModel::regroup()
{
    m_groups.clear();
    m_groupRow.clear();
    for (qint64 id : std::as_const(m_order)) {
        const qint64 caseId = m_entries.value(id).item.caseId;
        auto row = m_groupRow.constFind(caseId);
        if (row == m_groupRow.cend()) {
            row = m_groupRow.insert(caseId, int(m_groups.size()));
            m_groups.append(Group{caseId, {}});
        }
        m_groups[*row].reminderIds.append(id);
    }
}

bool ReminderListModel::removeReminder(qint64 reminderId)
{
    const QModelIndex index = indexOf(reminderId);
    if (!index.isValid())
        return false;
    const int groupRow = index.parent().row();
    Group& group = m_groups[groupRow];
    if (group.reminderIds.size() == 1) {
        // The case's last reminder: the case row goes with it.
        beginRemoveRows({}, groupRow, groupRow);
        m_groupRow.remove(group.caseId);
        m_groups.removeAt(groupRow);
        for (int r = groupRow; r < m_groups.size(); ++r)
            m_groupRow[m_groups.at(r).caseId] = r;
    } else {
        beginRemoveRows(index.parent(), index.row(), index.row());
        group.reminderIds.removeAt(index.row());
    }
    m_startCount -= m_entries.value(reminderId).overdueAtStart ? 1 : 0;
    m_entries.remove(reminderId);
    m_order.removeOne(reminderId);
    endRemoveRows();
    return true;
}

void ReminderListModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_order.clear();
    m_groups.clear();
    m_groupRow.clear();
    m_startCount = 0;
    endResetModel();
}

std::optional<core::FollowUpItem> ReminderListModel::item(qint64 reminderId) const
{
    auto it = m_entries.find(reminderId);
    if (it == m_entries.end())
        return std::nullopt;
    if (!it->suggestionRead) {
        it->suggestionRead = true;
        if (m_suggester)
            it->item.suggestion = m_suggester(it->item);
    }
    return it->item;
}

bool ReminderListModel::overdueAtStart(qint64 reminderId) const
{
    return m_entries.value(reminderId).overdueAtStart;
}

QModelIndex ReminderListModel::indexOf(qint64 reminderId) const
{
    auto entry = m_entries.constFind(reminderId);
    if (entry == m_entries.cend())
        return {};
    const int groupRow = m_groupRow.value(entry->item.caseId, -1);
    if (groupRow < 0)
        return {};
    const int row = int(m_groups.at(groupRow).reminderIds.indexOf(reminderId));
    return row < 0 ? QModelIndex()
                   : createIndex(row, 0, quintptr(entry->item.caseId + 1));
}

qint64 ReminderListModel::reminderIdAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return 0;
    if (index.internalId() == CaseRowId) {
        // A case row stands for its first reminder.
        const Group& group = m_groups.at(index.row());
        return group.reminderIds.isEmpty() ? 0 : group.reminderIds.first();
    }
    const int groupRow = m_groupRow.value(qint64(index.internalId()) - 1, -1);
    if (groupRow < 0)
        return 0;
    return m_groups.at(groupRow).reminderIds.value(index.row(), 0);
}

const ReminderListModel::Entry* ReminderListModel::entryAt(const QModelIndex& index) const
{
    auto it = m_entries.constFind(reminderIdAt(index));
    return it == m_entries.cend() ? nullptr : &*it;
}

QModelIndex ReminderListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, CaseRowId) : QModelIndex();
    if (parent.internalId() != CaseRowId || parent.row() >= m_groups.size())
        return {};
    const Group& group = m_groups.at(parent.row());
    if (row >= group.reminderIds.size())
        return {};
    return createIndex(row, 0, quintptr(group.caseId + 1));
}

QModelIndex ReminderListModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == CaseRowId)
        return {};
    const int groupRow = m_groupRow.value(qint64(child.internalId()) - 1, -1);
    return groupRow < 0 ? QModelIndex() : createIndex(groupRow, 0, CaseRowId);
}

int ReminderListModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != CaseRowId || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).reminderIds.size());
}

int ReminderListModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant ReminderListModel::data(const QModelIndex& index, int role) const
{
    const Entry* entry = entryAt(index);
    if (!entry)
        return {};
    const bool caseRow = index.internalId() == CaseRowId;
    const core::FollowUpItem& item = entry->item;
    switch (role) {
    case Qt::DisplayRole:
        if (caseRow) {
            const int n = int(m_groups.at(index.row()).reminderIds.size());
            const QString title = item.providerName.isEmpty()
                ? caseTitle(item)
                : tr("%1 (%2)").arg(caseTitle(item), item.providerName);
            // Spelled out rather than "%n reminder(s)": English has no plural translation file.
            return n == 1 ? title : tr("%1 — %2 reminders").arg(title).arg(n);
        }
        return tr("%1 — %2").arg(whatText(item), dueText(item, entry->overdueAtStart));
    case Qt::ToolTipRole:
        return caseRow ? tr("Case: %1").arg(caseTitle(item)) : whatText(item);
    case Qt::FontRole:
        if (caseRow) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (!caseRow && entry->overdueAtStart)
            return CaseText::warningColour();
        return {};
    case ReminderIdRole:
        return caseRow ? qint64(0) : item.reminder.id;
    case CaseIdRole:
        return item.caseId;
    case OverdueAtStartRole:
        return entry->overdueAtStart;
    default:
        return {};
    }
}

QString ReminderListModel::whatText(const core::FollowUpItem& item)
{
    const QString kind = NextStep::kindTitle(item.reminder.kind);
    const QString text = item.reminder.text.trimmed();
    if (text.isEmpty())
        return kind;
    return popupTr(QT_TRANSLATE_NOOP("wc::gui::ReminderPopup", "%1: %2")).arg(kind, text);
}

QString ReminderListModel::caseTitle(const core::FollowUpItem& item)
{
    const QString title = item.caseTitle.trimmed();
    if (!title.isEmpty())
        return title;
    return popupTr(QT_TRANSLATE_NOOP("wc::gui::ReminderPopup", "(untitled case)"));
}

QString ReminderListModel::dueText(const core::FollowUpItem& item, bool overdueAtStart)
{
    // Fell due while WalletCase was closed: overdue; else it is due just now.
    const QString when = CaseText::zonedDateTime(item.dueAt, item.zone);
    if (item.dueToday)
        return popupTr(QT_TRANSLATE_NOOP("wc::gui::ReminderPopup", "due today (reminded %1)"))
            .arg(when);
    if (overdueAtStart)
        return popupTr(QT_TRANSLATE_NOOP("wc::gui::ReminderPopup", "overdue since %1")).arg(when);
    return popupTr(QT_TRANSLATE_NOOP("wc::gui::ReminderPopup", "due %1")).arg(when);
}

} // namespace wc::gui
