// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/EscalationLadder.h"
#include "followup/ReminderQueue.h"
#include "gui/reminders/NextStep.h"

#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace wc::core {
class CaseStore;
class ProviderDirectory;
} // namespace wc::core

namespace wc::gui {

class ReminderPopup;

// Keeps the user on schedule while WalletCase runs: polls core::ReminderQueue on a timer (the
// store's clock, so --now and test clocks apply), lists what has fallen due in the one
// ReminderPopup, and notifies through the system tray where there is one. At start-up (and
// after another file is opened) it lists everything overdue first, headed "Overdue". It
// remembers which (reminder, due time) pairs it has shown, so a snoozed reminder comes back
// when its snooze ends but an unchanged one does not pop up again every minute. Snooze, done
// and the suggested step are carried out here and written through the store at once.
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 30'000; // well within the minute we promise

    // `window` is the main window: the pop-up's parent and what the tray icon shows.
    explicit ReminderNotifier(QWidget* window);
    ~ReminderNotifier() override;

    // Watches `store` (not owned; null stops watching), with provider names and regions from
    // `directory` in `language`. Forgets what the previous file showed, restarts the timer and
    // schedules the start-up list of overdue reminders.
    void setContext(core::CaseStore* store, const core::ProviderDirectory* directory,
                    const QString& language);
    void setInterval(int ms);

    ReminderPopup* popup() const { return m_popup; }
    QTimer* timer() const { return m_timer; }
    // Null where the desktop has no system tray (Xvfb, offscreen).
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    // The queue of the watched file (null when none): the follow-ups view reads it too.
    const core::ReminderQueue* queue() const { return m_queue.get(); }
    const core::EscalationLadder* ladder() const { return m_ladder ? &*m_ladder : nullptr; }
    NextStep::Context stepContext() const;
    // Whether the file has pending reminders at all (for closing to the tray).
    bool hasPendingReminders() const;
    // Whether the window has painted its first frame (windowPainted() was emitted).
    bool isWindowPainted() const { return m_windowPainted; }

public slots:
    // Lists reminders that fell due since the last poll (and keeps listed ones current).
    void poll();
    // The start-up list: everything overdue now, headed "Overdue". Once per file.
    void showOverdueAtStart();
    // The same once the window has painted its first frame (at once when it is hidden).
    void showOverdueAfterFirstPaint();
    void snooze(qint64 reminderId, wc::core::ReminderQueue::Snooze by);
    void snoozeUntil(qint64 reminderId, const QDate& date);
    void markDone(qint64 reminderId);
    // Starts the suggested step of a listed reminder: drafts its letter (when the step has
    // one) and asks for the case to be opened.
    void startNextStep(qint64 reminderId);

signals:
    void openCaseRequested(qint64 caseId);
    // A letter for the suggested step was drafted and saved in the case.
    void letterDrafted(qint64 caseId, qint64 letterId);
    // Snooze, done or a drafted letter changed the file: lists should read it again.
    void remindersChanged();
    void errorOccurred(const QString& message);
    // The tray icon was clicked or its message opened: show the window.
    void trayActivated();
    // The window painted its first frame (emitted once, after it reached the screen).
    void windowPainted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void present(const QList<core::FollowUpItem>& items, bool overdueAtStart);
    void notifyTray(const QList<core::FollowUpItem>& items, bool overdueAtStart);
    void report(const QString& message);
    void afterChange(qint64 reminderId, const core::Result<void>& result);

    QPointer<QWidget> m_window;
    core::CaseStore* m_store = nullptr;
    const core::ProviderDirectory* m_directory = nullptr;
    QString m_language;
    std::optional<core::EscalationLadder> m_ladder;
    std::unique_ptr<core::ReminderQueue> m_queue;
    QSet<QPair<qint64, qint64>> m_shown; // (reminder id, effective due time)
    bool m_startListed = false;
    bool m_windowPainted = false;
    bool m_waitingForPaint = false;
    QString m_lastError; // a failing poll reports once, not every minute
    ReminderPopup* m_popup;
    QTimer* m_timer;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace wc::gui
