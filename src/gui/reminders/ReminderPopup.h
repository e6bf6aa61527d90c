// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/ReminderQueue.h"
#include "gui/reminders/ReminderListModel.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace wc::core {
class ProviderDirectory;
}

namespace wc::gui {

class MessageBar;

// The one non-modal window listing the reminders that are due. Above, every due reminder in a
// list grouped by case (a model/view list: thousands overdue after a long absence cost a row
// each, drawn only when on screen); below, the reminder picked in it: what is due, for which
// case, how long ago the complaint was sent and the suggested next step (read only for the
// reminder shown), with Open case, Snooze ▸ (1 hour, 1 day, 3 days, pick a date…), Done and a
// button for the suggested step. Reminders that fall due while it is open join the same list,
// so several due at once never make a pile of windows. It only shows and asks;
// ReminderNotifier carries the requests out.
// Object names: reminderPopup, reminderHeadingLabel, reminderListView, reminderLaterButton;
// the shown reminder's frame "reminderItem<id>" holding reminderWhatLabel, reminderCaseLabel,
// reminderSinceLabel, reminderStepLabel, openCaseButton, snoozeButton (its menu's actions:
// snoozeOneHourAction, snoozeOneDayAction, snoozeThreeDaysAction, snoozeDateAction),
// doneButton and nextStepButton.
class ReminderPopup : public QWidget
{
    Q_OBJECT

public:
    explicit ReminderPopup(QWidget* parent = nullptr);

    // Regulator names for the suggested step, in `language` ("zh_CN" or "en").
    void setDirectory(const core::ProviderDirectory* directory, const QString& language);
    // The app's clock (--now moves it): "pick a date" starts on the day after its today.
    void setClock(const core::Clock* clock) { m_clock = clock; }
    // Reads the suggested step of a reminder when it is shown (ReminderQueue::suggestionFor).
    void setSuggester(ReminderListModel::Suggester suggester);
    // Adds the items, or updates those already listed (by reminder id), in due-time order.
    // `overdueAtStart`: they fell due while WalletCase was closed (the start-up list).
    void addItems(const QList<core::FollowUpItem>& items, bool overdueAtStart);
    void removeReminder(qint64 reminderId);
    void clear();
    QList<qint64> reminderIds() const;
    // The listed item, with its suggested step.
    std::optional<core::FollowUpItem> item(qint64 reminderId) const;
    // Shows reminder `reminderId` below the list and returns the frame showing it (its labels
    // and buttons act on it); null when it is not listed.
    QWidget* itemWidget(qint64 reminderId);
    qint64 currentReminderId() const { return m_currentId; }
    QTreeView* listView() const { return m_list; }
    ReminderListModel* model() const { return m_model; }
    // "Overdue", "Due now" or "Overdue and due now".
    QString heading() const;
    void showError(const QString& message);

signals:
    void openCaseRequested(qint64 caseId);
    void snoozeRequested(qint64 reminderId, wc::core::ReminderQueue::Snooze by);
    void snoozeUntilRequested(qint64 reminderId, const QDate& date);
    void doneRequested(qint64 reminderId);
    void nextStepRequested(qint64 reminderId);

private:
    QWidget* buildDetail();
    // Fills the frame below the list with reminder `reminderId` (0: none).
    void showReminder(qint64 reminderId);
    void pickSnoozeDate(qint64 reminderId);
    void updateHeading();
    void afterRowsChanged();

    const core::ProviderDirectory* m_directory = nullptr;
    const core::Clock* m_clock = nullptr;
    QString m_language = QStringLiteral("en");
    ReminderListModel* m_model;
    MessageBar* m_messageBar;
    QLabel* m_heading;
    QTreeView* m_list;
    QWidget* m_detail = nullptr;
    QLabel* m_whatLabel = nullptr;
    QLabel* m_caseLabel = nullptr;
    QLabel* m_sinceLabel = nullptr;
    QLabel* m_stepLabel = nullptr;
    QPushButton* m_stepButton = nullptr;
    qint64 m_currentId = 0;
};

} // namespace wc::gui
