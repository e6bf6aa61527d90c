// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/ReminderQueue.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace wc::core {
class ProviderDirectory;
} // namespace wc::core

namespace wc::gui {

// Every pending reminder across all cases, sorted by date: overdue ones first (in the warning
// colour, with the suggested next step), then the upcoming ones; beside them a month calendar
// whose days with reminders are marked. Double-click or Enter on a reminder opens its case; a
// click on a day selects that day's first reminder, a double-click opens its case.
// Object names: followUpsView, followUpsTree, followUpsCalendar, followUpsSummaryLabel,
// followUpsOpenButton.
class FollowUpsView : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn,
        CaseColumn,
        WhatColumn,
        StepColumn,
        ColumnCount
    };
    enum Role
    {
        ReminderIdRole = Qt::UserRole,
        CaseIdRole,
        DueRole,
        OverdueRole,
        DayRole // the day it is due in its case's zone, as the Due column shows it
    };

    explicit FollowUpsView(QWidget* parent = nullptr);

    // What to list (not owned; null lists nothing). Reloads.
    void setQueue(const core::ReminderQueue* queue, const core::ProviderDirectory* directory,
                  const QString& language);
    QTreeWidget* tree() const { return m_tree; }
    QCalendarWidget* calendar() const { return m_calendar; }
    // The marked days of the month the calendar shows, with how many reminders each.
    QMap<QDate, int> markedDays() const { return m_marked; }
    // While hidden, reload() only notes that the list is out of date and reads it when shown
    // (the window's dock: nothing to read at start-up). Off by default.
    void setDeferredWhileHidden(bool defer);

public slots:
    void reload();

signals:
    void openCaseRequested(qint64 caseId);
    void errorOccurred(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void markCalendar(int year, int month);
    // Gives the overdue rows in view their suggested step (read per row, once).
    void fillSteps();
    void selectDay(const QDate& date);
    void openDay(const QDate& date);
    void openItem(QTreeWidgetItem* item);
    QTreeWidgetItem* firstItemOn(const QDate& date) const;

    const core::ReminderQueue* m_queue = nullptr;
    const core::ProviderDirectory* m_directory = nullptr;
    QString m_language = QStringLiteral("en");
    QMap<QDate, int> m_marked;
    QHash<qint64, core::FollowUpItem> m_lateItems; // overdue rows still without their step
    bool m_deferWhileHidden = false;
    bool m_stale = false;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QCalendarWidget* m_calendar;
};

} // namespace wc::gui
