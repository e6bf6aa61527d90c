// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/EscalationLadder.h"
#include "followup/FollowUpTime.h"
#include "model/Entities.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QTimeZone>

#include <optional>

namespace wc::core {

class CaseStore;
class ProviderDirectory;

// One reminder with what a pop-up or the follow-ups view shows about it.
struct FollowUpItem
{
    Reminder reminder;
    qint64 dueAt = 0;     // reminder.effectiveDueAt()
    bool overdue = false; // due before the moment the list was made
    // A deadline's reminder on the deadline's own day (a reply-by date today): the day is
    // still the company's, so it is due today, never overdue, until the day ends.
    bool dueToday = false;
    qint64 caseId = 0;
    QString caseUuid;
    QString caseTitle;
    QString caseStatus;
    QString family;
    QString providerKey;
    QString providerName; // in the queue's language when the directory knows the provider
    // The case's zone (CaseTimeZone::zoneFor): its times are shown in it. The computer's zone
    // for a reminder of no case.
    QTimeZone zone = followup::computerZone();
    std::optional<qint64> complaintSentAt;
    std::optional<qint64> sinceSentMs; // now − complaintSentAt
    // Only for due/overdue items (it reads the whole case): what to do next.
    std::optional<SuggestedStep> suggestion;
};

// Computes from the store and an injectable clock what is due, what was overdue at start-up and
// what is coming up across all cases, and carries out snooze and done (persisted through the
// store, so they survive a restart). The GUI's notifier polls due() on a timer; it remembers
// which (reminder id, due time) pairs it has shown so a snoozed reminder pops up again.
// Date-based times (snooze until a day, the month calendar) are computed in `zone`.
class ReminderQueue
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::ReminderQueue)

public:
    enum class Snooze
    {
        OneHour,
        OneDay, // same local time tomorrow (23 or 25 hours across a DST change)
        ThreeDays
    };

    struct Options
    {
        const ProviderDirectory* directory = nullptr; // provider names and regions
        const EscalationLadder* ladder = nullptr;     // suggestions; none without it
        QString language = QStringLiteral("en");      // for provider names
        QString userRegion;                           // CN, US, UK, EU; see EscalationLadder
        QTimeZone zone = QTimeZone::systemTimeZone();
    };

    ReminderQueue(CaseStore& store, const Clock& clock, Options options);
    ReminderQueue(CaseStore& store, const Clock& clock) : ReminderQueue(store, clock, Options{}) {}

    const Clock& clock() const { return m_clock; }
    const QTimeZone& zone() const { return m_options.zone; }

    // Pending reminders due now (effective due time ≤ now), oldest first, with suggestions.
    Result<QList<FollowUpItem>> due() const;
    // The same at start-up: everything that fell due while the app was closed. Items whose due
    // time is before `startedAt` are marked overdue.
    Result<QList<FollowUpItem>> overdueAt(qint64 startedAt) const;
    // Whether `r`, due at `dueAt`, is a reply deadline reminded on the deadline's own day as of
    // `now` in `zone` (FollowUpItem::dueToday): the company still has the rest of that day.
    static bool isDeadlineDay(const Reminder& r, qint64 dueAt, qint64 now, const QTimeZone& zone);
    // Every pending reminder due before `untilMs` (overdue ones included), sorted by due time,
    // for the follow-ups view. Without suggestions unless `withSuggestions`.
    Result<QList<FollowUpItem>> upcoming(qint64 untilMs, bool withSuggestions = false) const;
    // The days of a month (in the zone) with pending reminders, and how many on each.
    Result<QMap<QDate, int>> markedDays(int year, int month) const;

    Result<void> snooze(qint64 reminderId, Snooze by) const;
    // Until 09:00 local on `date`; refuses a moment that is not in the future.
    Result<void> snoozeUntil(qint64 reminderId, const QDate& date) const;
    Result<void> snoozeUntilMs(qint64 reminderId, qint64 untilMs) const;
    Result<void> markDone(qint64 reminderId) const;

    // The item for one reminder, with its suggestion (for a pop-up opened from a list).
    Result<FollowUpItem> item(qint64 reminderId) const;

    // Set-based, for lists of any length (ReminderBatch.cpp): every pending reminder due at or
    // before `untilMs`, oldest first, described by one query joining its case and when the
    // complaint went out; no suggestions. `now` decides `overdue` and `sinceSentMs`.
    Result<QList<FollowUpItem>> pendingUntil(qint64 untilMs, qint64 now) const;
    // The suggested step of one listed item (reads its case), for the rows a list shows.
    Result<std::optional<SuggestedStep>> suggestionFor(const FollowUpItem& item, qint64 now) const;

    // "3 days", "5 hours": how long ago the complaint went out, in the UI language.
    static QString elapsedText(qint64 ms);

    // Saves `record` (CaseStore::updateCase) and, when that changes the case's time zone, moves
    // each of its pending reminders (due and snooze times) so it keeps its wall-clock time in
    // the new zone: a follow-up set for 09:00 on a day is for 09:00 that day wherever the case
    // is, not for the same instant (which would read 20:00 the day before after Shanghai → New
    // York).
    // Done and dismissed reminders keep their times: they record what happened. One
    // transaction: the zone and the reminders change together or not at all.
    static Result<void> updateCaseKeepingReminderTimes(CaseStore& store, const CaseRecord& record);

private:
    Result<QList<FollowUpItem>> describe(const QList<Reminder>& reminders, qint64 now,
                                         bool withSuggestions) const;
    Result<Reminder> pending(qint64 reminderId) const;

    CaseStore& m_store;
    const Clock& m_clock;
    Options m_options;
};

} // namespace wc::core
