// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/ReminderQueue.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <functional>

namespace wc::gui {

// The reminders of the pop-up as a two-level tree: one row per case (in the order of its
// earliest reminder), under it that case's reminders by due time. A view shows only the rows on
// screen, so thousands of overdue reminders cost a row each, not a frame of widgets each (issue
// 13). Texts are made when a row is drawn; the suggested step, which reads the whole case, only
// when asked for (suggestion()).
class ReminderListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        ReminderIdRole = Qt::UserRole, // 0 on a case row
        CaseIdRole,
        OverdueAtStartRole
    };

    // Reads the suggested step of one item (ReminderQueue::suggestionFor); none without it.
    using Suggester = std::function<std::optional<core::SuggestedStep>(const core::FollowUpItem&)>;

    explicit ReminderListModel(QObject* parent = nullptr);

    void setSuggester(Suggester suggester) { m_suggester = std::move(suggester); }

    // Adds the items, or replaces those already listed (by reminder id). `overdueAtStart`:
    // they fell due while WalletCase was closed.
    void addItems(const QList<core::FollowUpItem>& items, bool overdueAtStart);
    bool removeReminder(qint64 reminderId);
    void clear();

    int reminderCount() const { return int(m_order.size()); }
    int overdueAtStartCount() const { return m_startCount; }
    // Every listed reminder, by due time (then id).
    QList<qint64> reminderIds() const { return m_order; }
    bool contains(qint64 reminderId) const { return m_entries.contains(reminderId); }
    // The item, with its suggested step read on first use.
    std::optional<core::FollowUpItem> item(qint64 reminderId) const;
    bool overdueAtStart(qint64 reminderId) const;

    QModelIndex indexOf(qint64 reminderId) const;
    qint64 reminderIdAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // What a reminder is ("Follow up: Has Alipay replied?") and for which case, as the pop-up
    // writes them.
    static QString whatText(const core::FollowUpItem& item);
    static QString caseTitle(const core::FollowUpItem& item);
    static QString dueText(const core::FollowUpItem& item, bool overdueAtStart);

private:
    struct Entry
    {
        core::FollowUpItem item;
        bool overdueAtStart = false;
        bool suggestionRead = false;
    };
    struct Group
    {
        qint64 caseId = 0;
        QList<qint64> reminderIds; // by due time
    };

    // Rebuilds the groups from m_order (after a batch of additions).
    void regroup();
    const Entry* entryAt(const QModelIndex& index) const;

    Suggester m_suggester;
    mutable QHash<qint64, Entry> m_entries; // by reminder id; mutable: suggestions read lazily
    QList<qint64> m_order;                  // reminder ids by due time
    QList<Group> m_groups;
    QHash<qint64, int> m_groupRow; // case id → row of its group
    int m_startCount = 0;
};

} // namespace wc::gui
