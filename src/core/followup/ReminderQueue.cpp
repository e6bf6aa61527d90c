// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "followup/ReminderQueue.h"

#include "followup/CaseLifecycle.h"
#include "followup/ClockTable.h"
#include "followup/FollowUpTime.h"
#include "followup/ReminderPurpose.h"
#include "guidance/CaseTimeZone.h"
#include "guidance/ProviderDirectory.h"
#include "store/CaseStore.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DayMs = 24 * HourMs;

constexpr qint64 Forever = std::numeric_limits<qint64>::max();

Error invalid(const QString& message, const QString& detail)
{
    return Error{ErrorCode::InvalidArgument, message, detail};
}

// What the items of one case share, read once per case.
struct CaseFacts
{
    CaseSnapshot snapshot; // record, letters, contacts and (when needed) events only
    std::optional<qint64> sentAt;
    QString providerName;
    QStringList regions;
    QTimeZone zone;
};

} // namespace

ReminderQueue::ReminderQueue(CaseStore& store, const Clock& clock, Options options)
    : m_store(store), m_clock(clock), m_options(std::move(options))
{
}

Result<QList<FollowUpItem>> ReminderQueue::describe(const QList<Reminder>& reminders, qint64 now,
                                                    bool withSuggestions) const
{
    QHash<qint64, CaseFacts> cases;
    QList<FollowUpItem> out;
    out.reserve(reminders.size());
    for (const Reminder& r : reminders) {
        auto it = cases.find(r.caseId);
        if (it == cases.end()) {
            CaseFacts facts;
            auto record = m_store.caseById(r.caseId);
            if (!record)
                return std::move(record).error();
            facts.snapshot.record = *record;
            facts.zone = CaseTimeZone::zoneFor(*record);
            auto letters = m_store.letters(r.caseId);
            if (!letters)
                return std::move(letters).error();
            facts.snapshot.letters = *letters;
            facts.sentAt = CaseLifecycle::complaintSentAt(facts.snapshot);
            if (!facts.sentAt || withSuggestions) {
                // The status history tells when a case without a recorded letter was sent.
                auto events = m_store.events(r.caseId);
                if (!events)
                    return std::move(events).error();
                facts.snapshot.events = *events;
                facts.sentAt = CaseLifecycle::complaintSentAt(facts.snapshot);
            }
            if (withSuggestions) {
                auto contacts = m_store.contacts(r.caseId);
                if (!contacts)
                    return std::move(contacts).error();
                facts.snapshot.contacts = *contacts;
            }
            facts.providerName = record->providerName.trimmed();
            if (m_options.directory) {
                if (const auto p = m_options.directory->provider(record->providerKey)) {
                    if (const QString name = p->name.text(m_options.language); !name.isEmpty())
                        facts.providerName = name;
                    facts.regions = p->regions;
                }
            }
            it = cases.insert(r.caseId, facts);
        }
        const CaseFacts& facts = *it;
        const CaseRecord& record = facts.snapshot.record;
        FollowUpItem item;
        item.reminder = r;
        item.dueAt = r.effectiveDueAt();
        item.caseId = r.caseId;
        if (r.caseId > 0)
            item.zone = facts.zone;
        item.dueToday = isDeadlineDay(r, item.dueAt, now, item.zone);
        item.overdue = item.dueAt < now && !item.dueToday;
        item.caseUuid = record.uuid;
        item.caseTitle = record.title;
        item.caseStatus = record.status;
        item.family = record.family;
        item.providerKey = record.providerKey;
        item.providerName = facts.providerName;
        item.complaintSentAt = facts.sentAt;
        if (facts.sentAt)
            item.sinceSentMs = std::max<qint64>(0, now - *facts.sentAt);
        if (withSuggestions && m_options.ladder) {
            const QString region =
                EscalationLadder::regionFor(facts.regions, m_options.userRegion, record.language);
            item.suggestion =
                m_options.ladder->nextStep(facts.snapshot, region, now, m_options.zone);
        }
        out.append(item);
    }
    return out;
}

bool ReminderQueue::isDeadlineDay(const Reminder& r, qint64 dueAt, qint64 now,
                                  const QTimeZone& zone)
{
    if (r.kind != u"reply_deadline")
        return false;
    const QDate today = followup::localDate(now, zone);
    if (followup::localDate(dueAt, zone) != today)
        return false;
    // The deadline its text names (the last date in it) is today or later.
    const QList<QDate> dates = ClockTable::datesIn(r.text);
    return dates.isEmpty() || *std::max_element(dates.cbegin(), dates.cend()) >= today;
}

Result<QList<FollowUpItem>> ReminderQueue::due() const
{
    const qint64 now = m_clock.nowMs();
    auto reminders = m_store.dueReminders(now);
    if (!reminders)
        return std::move(reminders).error();
    WC_TRY(ReminderPurpose::settle(m_store, *reminders)); // done already: never pops up
    return describe(*reminders, now, true);
}

Result<QList<FollowUpItem>> ReminderQueue::overdueAt(qint64 startedAt) const
{
    auto reminders = m_store.dueReminders(startedAt);
    if (!reminders)
        return std::move(reminders).error();
    WC_TRY(ReminderPurpose::settle(m_store, *reminders)); // done already: not overdue
    auto items = describe(*reminders, startedAt, true);
    if (!items)
        return items;
    for (FollowUpItem& item : *items)
        item.overdue = !item.dueToday; // it fell due while WalletCase was closed, or is due now
    return items;
}

Result<QList<FollowUpItem>> ReminderQueue::upcoming(qint64 untilMs, bool withSuggestions) const
{
    auto reminders = m_store.dueReminders(untilMs);
    if (!reminders)
        return std::move(reminders).error();
    WC_TRY(ReminderPurpose::settle(m_store, *reminders));
    return describe(*reminders, m_clock.nowMs(), withSuggestions);
}

Result<QMap<QDate, int>> ReminderQueue::markedDays(int year, int month) const
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return invalid(tr("That month does not exist."), u"month %1-%2"_s.arg(year).arg(month));
    const qint64 from = followup::atLocalTime(first, m_options.zone, QTime(0, 0));
    const qint64 until = followup::atLocalTime(first.addMonths(1), m_options.zone, QTime(0, 0));
    auto reminders = m_store.dueReminders(until - 1);
    if (!reminders)
        return std::move(reminders).error();
    QMap<QDate, int> days;
    for (const Reminder& r : std::as_const(*reminders)) {
        if (r.effectiveDueAt() >= from)
            ++days[followup::localDate(r.effectiveDueAt(), m_options.zone)];
    }
    return days;
}

Result<Reminder> ReminderQueue::pending(qint64 reminderId) const
{
    auto all = m_store.dueReminders(Forever);
    if (!all)
        return std::move(all).error();
    for (const Reminder& r : std::as_const(*all)) {
        if (r.id == reminderId)
            return r;
    }
    return Error{ErrorCode::NotFound,
                 tr("This reminder is no longer pending: it was done, dismissed or deleted, "
                    "perhaps in another window."),
                 u"no pending reminder %1"_s.arg(reminderId)};
}

Result<void> ReminderQueue::snooze(qint64 reminderId, Snooze by) const
{
    const qint64 now = m_clock.nowMs();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now, m_options.zone);
    switch (by) {
    case Snooze::OneHour:
        return snoozeUntilMs(reminderId, now + HourMs);
    case Snooze::OneDay:
        return snoozeUntilMs(reminderId, local.addDays(1).toMSecsSinceEpoch());
    case Snooze::ThreeDays:
        return snoozeUntilMs(reminderId, local.addDays(3).toMSecsSinceEpoch());
    }
    return {};
}

Result<void> ReminderQueue::snoozeUntil(qint64 reminderId, const QDate& date) const
{
    if (!date.isValid())
        return invalid(tr("Choose a date to be reminded on."), u"invalid snooze date"_s);
    return snoozeUntilMs(reminderId, followup::atLocalTime(date, m_options.zone));
}

Result<void> ReminderQueue::snoozeUntilMs(qint64 reminderId, qint64 untilMs) const
{
    if (untilMs <= m_clock.nowMs()) {
        return invalid(tr("Choose a time in the future: reminders are snoozed until 9:00 on the "
                          "day you pick."),
                       u"snooze into the past"_s);
    }
    auto reminder = pending(reminderId);
    if (!reminder)
        return std::move(reminder).error();
    reminder->snoozedUntil = untilMs;
    return m_store.updateReminder(*reminder);
}

Result<void> ReminderQueue::markDone(qint64 reminderId) const
{
    auto reminder = pending(reminderId);
    if (!reminder)
        return std::move(reminder).error();
    reminder->state = u"done"_s;
    reminder->doneAt = m_clock.nowMs();
    return m_store.updateReminder(*reminder);
}

Result<FollowUpItem> ReminderQueue::item(qint64 reminderId) const
{
    auto reminder = pending(reminderId);
    if (!reminder)
        return std::move(reminder).error();
    auto items = describe({*reminder}, m_clock.nowMs(), true);
    if (!items)
        return std::move(items).error();
    return items->first();
}

QString ReminderQueue::elapsedText(qint64 ms)
{
    // Spelled out rather than "%n day(s)": English has no plural translation file.
    const qint64 days = ms / DayMs;
    if (days >= 1)
        return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    const qint64 hours = ms / HourMs;
    if (hours >= 1)
        return hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours);
    return tr("less than an hour");
}

Result<void> ReminderQueue::updateCaseKeepingReminderTimes(CaseStore& store,
                                                            const CaseRecord& record)
{
    return store.runBatch([&]() -> Result<void> {
        auto before = store.caseById(record.id);
        if (!before)
            return std::move(before).error();
        const QTimeZone from = CaseTimeZone::zoneFor(*before);
        WC_TRY(store.updateCase(record));
        auto after = store.caseById(record.id);
        if (!after)
            return std::move(after).error();
        const QTimeZone to = CaseTimeZone::zoneFor(*after);
        if (from == to)
            return {};
        auto reminders = store.reminders(record.id);
        if (!reminders)
            return std::move(reminders).error();
        // The same date and clock time read in the new zone (not a fixed offset: either zone's
        // daylight saving may differ between now and the reminder's day).
        const auto keepWallClock = [&](qint64 ms) {
            const QDateTime wall = QDateTime::fromMSecsSinceEpoch(ms, from);
            return QDateTime(wall.date(), wall.time(), to).toMSecsSinceEpoch();
        };
        for (Reminder reminder : std::as_const(*reminders)) {
            if (reminder.state != u"pending"_s)
                continue;
            reminder.dueAt = keepWallClock(reminder.dueAt);
            if (reminder.snoozedUntil)
                reminder.snoozedUntil = keepWallClock(*reminder.snoozedUntil);
            WC_TRY(store.updateReminder(reminder));
        }
        return {};
    });
}

} // namespace wc::core
