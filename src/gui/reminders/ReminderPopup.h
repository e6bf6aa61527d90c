// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/ReminderQueue.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace wc::core {
class ProviderDirectory;
}

namespace wc::gui {

class MessageBar;

// The one non-modal window listing the reminders that are due: what is due, for which case, how
// long ago the complaint was sent and the suggested next step, each with Open case, Snooze ▸
// (1 hour, 1 day, 3 days, pick a date…), Done and a button for the suggested step. Reminders
// that fall due while it is open join the same list, so several due at once never make a pile
// of windows. It only shows and asks; ReminderNotifier carries the requests out.
// Object names: reminderPopup, reminderHeadingLabel, reminderScrollArea, reminderLaterButton;
// per reminder a frame "reminderItem<id>" holding reminderWhatLabel, reminderCaseLabel,
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
    // Adds the items, or updates those already listed (by reminder id), in due-time order.
    // `overdueAtStart`: they fell due while WalletCase was closed (the start-up list).
    void addItems(const QList<core::FollowUpItem>& items, bool overdueAtStart);
    void removeReminder(qint64 reminderId);
    void clear();
    QList<qint64> reminderIds() const;
    std::optional<core::FollowUpItem> item(qint64 reminderId) const;
    QWidget* itemWidget(qint64 reminderId) const;
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
    struct Entry
    {
        core::FollowUpItem item;
        bool overdueAtStart = false;
        QWidget* widget = nullptr;
    };

    QWidget* makeItemWidget(const Entry& entry);
    void pickSnoozeDate(qint64 reminderId);
    void relayout();
    void updateHeading();
    void fitHeight();

    const core::ProviderDirectory* m_directory = nullptr;
    const core::Clock* m_clock = nullptr;
    QString m_language = QStringLiteral("en");
    QList<Entry> m_entries; // in due-time order
    MessageBar* m_messageBar;
    QLabel* m_heading;
    QWidget* m_listWidget;
    QVBoxLayout* m_listLayout;
    QScrollArea* m_scroll = nullptr;
    QVBoxLayout* m_body = nullptr;
    QWidget* m_later = nullptr;
};

} // namespace wc::gui
