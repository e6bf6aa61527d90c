// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace wc::core {
class CaseStore;
class Taxonomy;
struct CaseSnapshot;
} // namespace wc::core

namespace wc::gui {

// The Timeline tab of the case workspace. By default it tells the story of the dispute
// (core::CaseChronology: the incident, first steps done, contacts with their agents and promises,
// letters sent, the dates the company had to answer or keep a promise by and whether it did, the
// close with its outcome), in the case's zone. One click away ("Full edit log") is the case's
// event log in date order, one readable line per entry with an icon for what it is about
// (EventText); repeated saves of the same thing in a row (a letter saved while being typed) are
// shown as one line with a count. Above both, whether the log's hash chain verifies: a green
// tick, or a red warning naming the first entry that does not match (marked in the edit log).
// Object names: timelineViewComboBox (0 = story, 1 = edit log), chainLabel, storyTreeWidget
// (columns: when, what, status; UserRole data of column 0 is the entry's kind as an int),
// timelineTreeWidget (the edit log; columns: when, what; the item's Qt::UserRole data is the
// event's seq, UserRole + 1 its kind), emptyTimelineLabel.
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
    enum StoryColumn
    {
        StoryWhenColumn,
        StoryWhatColumn,
        StoryStateColumn,
        StoryColumnCount
    };
    enum View
    {
        StoryView,
        EditLogView
    };

    explicit TimelineTab(QWidget* parent = nullptr);

    void setContext(core::CaseStore* store, const core::Taxonomy* taxonomy,
                    const QString& language);
    // Reads the case's events again; the same case keeps its scroll position.
    void showCase(qint64 caseId);
    void clear();

    // Whether the last read found the chain intact (true when nothing was read).
    bool chainIntact() const { return m_intact; }
    View view() const;
    void setView(View view);

signals:
    void errorOccurred(const QString& message);

private:
    void showStory(const core::CaseSnapshot& snapshot);
    void updateEmpty();

    core::CaseStore* m_store = nullptr;
    const core::Taxonomy* m_taxonomy = nullptr;
    QString m_language;
    qint64 m_caseId = 0;
    bool m_intact = true;
    int m_shown = 0; // counts reads, so a late scroll placement knows it is stale

    bool m_hasEvents = false;
    bool m_hasStory = false;

    QComboBox* m_viewCombo;
    QLabel* m_chain;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    QTreeWidget* m_story;
    QTreeWidget* m_tree;
};

} // namespace wc::gui
