// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// Turning dates into moments and back. Reminders are stored as UTC epoch milliseconds, but people
// think in local dates ("remind me on the 5th"), so every date-based due time is computed in an
// explicit time zone: 09:00 on 31 March in London is 08:00 UTC, on 24 March it is 09:00 UTC.

#include "followup/BusinessCalendar.h"

#include <QDate>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace wc::core::followup {

// When a date-based reminder falls due: the morning of its day, local time.
inline constexpr int DueHour = 9;

enum class Unit
{
    Days,
    BusinessDays,
    Weeks,
    Months
};

// "days", "business_days", "weeks", "months" — the units of the data files.
std::optional<Unit> unitFromKey(const QString& key);
QString unitKey(Unit unit);

// The computer's time zone. QTimeZone::systemTimeZone() reads /etc/localtime, /etc/timezone and
// /etc/TZ on every call, and a list of 100,000 reminders made as many calls (a fifth of the time
// to the first paint); this reads them at most once a second per thread, so a change of zone
// while the app runs is still seen.
QTimeZone computerZone();

// The moment `time` (default 09:00) on `date` in `zone`. In the hour skipped by a change to
// summer time, the moment after the gap.
qint64 atLocalTime(const QDate& date, const QTimeZone& zone, const QTime& time = QTime(DueHour, 0));
QDate localDate(qint64 ms, const QTimeZone& zone);

// `start` plus `amount` units, by the calendar of `zone` (so "1 month" after 31 January is
// the last day of February, and "15 business days" skips weekends in `calendar`).
QDate addToDate(const QDate& start, int amount, Unit unit,
                const BusinessCalendar& calendar = BusinessCalendar());

// Reads an ISO 8601 moment: "2026-03-01T09:00:00Z", "2026-03-01T09:00+08:00", or a local
// "2026-03-01T09:00" / "2026-03-01 09:00" in `zone`. A date alone ("2026-03-01") is the start of
// that day, or its last millisecond when `dateMeansEndOfDay`. Empty when it is not a moment.
std::optional<qint64> parseMoment(const QString& text, const QTimeZone& zone,
                                  bool dateMeansEndOfDay = false);
// "2026-03-01T09:00:00+08:00": the moment in `zone`, with its offset (readable and exact).
QString isoInZone(qint64 ms, const QTimeZone& zone);

// A date as people write it in `language`: "2026年3月5日" or "5 March 2026".
QString longDate(const QDate& date, const QString& language);

} // namespace wc::core::followup
