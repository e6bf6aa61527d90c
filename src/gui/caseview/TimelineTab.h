// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace wc::core {
class CaseStore;
class Taxonomy;
} // namespace wc::core

namespace wc::gui {

// The Timeline tab of the case workspace: the case's event log in date order, one readable line
// per entry with an icon for what it is about (EventText), and above it whether the log's hash
// chain verifies: a green tick, or a red warning naming the first entry that does not match
// (that entry is marked in the list). Repeated saves of the same thing in a row (a letter saved
// while being typed) are shown as one line with a count.
// Object names: chainLabel, timelineTreeWidget (columns: when, what; the item's
// Qt::UserRole data is the event's seq, UserRole + 1 its kind), emptyTimelineLabel.
class TimelineTab : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhatColumn,
        ColumnCount
    };

    explicit TimelineTab(QWidget* parent = nullptr);

    void setContext(core::CaseStore* store, const core::Taxonomy* taxonomy,
                    const QString& language);
    // Reads the case's events again; the same case keeps its scroll position.
    void showCase(qint64 caseId);
    void clear();

    // Whether the last read found the chain intact (true when nothing was read).
    bool chainIntact() const { return m_intact; }

signals:
    void errorOccurred(const QString& message);

private:
    core::CaseStore* m_store = nullptr;
    const core::Taxonomy* m_taxonomy = nullptr;
    QString m_language;
    qint64 m_caseId = 0;
    bool m_intact = true;
    int m_shown = 0; // counts reads, so a late scroll placement knows it is stale

    QLabel* m_chain;
    QLabel* m_empty;
    QTreeWidget* m_tree;
};

} // namespace wc::gui
