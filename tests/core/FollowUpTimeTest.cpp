// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Business days, local due times across time zones and daylight-saving changes, ISO 8601 input,
// and the shifted clock behind the app's --now option.
#include "FollowUpFixture.h"
#include "followup/BusinessCalendar.h"
#include "followup/FollowUpTime.h"
#include "util/Clock.h"

#include <gtest/gtest.h>

using namespace wc::core;
using namespace wc::core::followup;
using namespace wc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

TEST(BusinessCalendarTest, SkipsWeekends)
{
    const BusinessCalendar cal;
    const QDate friday(2026, 3, 6);
    ASSERT_EQ(friday.dayOfWeek(), 5);
    EXPECT_EQ(cal.addBusinessDays(friday, 1), QDate(2026, 3, 9));             // Monday
    EXPECT_EQ(cal.addBusinessDays(QDate(2026, 3, 7), 2), QDate(2026, 3, 10)); // Sat + 2 = Tue
    EXPECT_EQ(cal.addBusinessDays(QDate(2026, 3, 8), 1), QDate(2026, 3, 9));  // Sun + 1 = Mon
    // PSD2's 15 business days from a Friday: three whole weeks.
    EXPECT_EQ(cal.addBusinessDays(friday, 15), QDate(2026, 3, 27));
    EXPECT_EQ(cal.addBusinessDays(friday, 35), QDate(2026, 4, 24));
    EXPECT_EQ(cal.addBusinessDays(QDate(2026, 3, 9), -1), QDate(2026, 3, 6));
    EXPECT_EQ(cal.addBusinessDays(friday, 0), friday);
    EXPECT_FALSE(cal.isBusinessDay(QDate(2026, 3, 7)));
    EXPECT_TRUE(cal.isBusinessDay(friday));
    EXPECT_EQ(cal.businessDaysBetween(friday, QDate(2026, 3, 27)), 15);
    EXPECT_EQ(cal.businessDaysBetween(QDate(2026, 3, 7), QDate(2026, 3, 8)), 0);
    EXPECT_EQ(cal.businessDaysBetween(QDate(2026, 3, 9), friday), 0);
    EXPECT_FALSE(cal.knowsHolidays());
}

TEST(BusinessCalendarTest, HolidaysAndWorkedWeekendsWhenGiven)
{
    BusinessCalendar cal;
    cal.addHoliday(QDate(2026, 10, 1));     // a Thursday off
    cal.addWorkingDay(QDate(2026, 10, 10)); // a Saturday worked
    EXPECT_TRUE(cal.knowsHolidays());
    EXPECT_EQ(cal.addBusinessDays(QDate(2026, 9, 30), 1), QDate(2026, 10, 2));
    EXPECT_EQ(cal.addBusinessDays(QDate(2026, 10, 9), 1), QDate(2026, 10, 10));
}

TEST(FollowUpTimeTest, NineOClockLocalAcrossZonesAndSummerTime)
{
    const QTimeZone london = zone("Europe/London");
    const QTimeZone newYork = zone("America/New_York");
    const QTimeZone shanghai = zone("Asia/Shanghai");
    // London: GMT until 29 March 2026, then BST (UTC+1).
    EXPECT_EQ(iso(atLocalTime(QDate(2026, 3, 28), london)), u"2026-03-28T09:00:00Z"_s);
    EXPECT_EQ(iso(atLocalTime(QDate(2026, 3, 30), london)), u"2026-03-30T08:00:00Z"_s);
    // New York: EST (UTC−5) until 8 March 2026, then EDT (UTC−4).
    EXPECT_EQ(iso(atLocalTime(QDate(2026, 3, 7), newYork)), u"2026-03-07T14:00:00Z"_s);
    EXPECT_EQ(iso(atLocalTime(QDate(2026, 3, 9), newYork)), u"2026-03-09T13:00:00Z"_s);
    // New York falls back on 1 November 2026.
    EXPECT_EQ(iso(atLocalTime(QDate(2026, 11, 2), newYork)), u"2026-11-02T14:00:00Z"_s);
    // Shanghai has no summer time.
    EXPECT_EQ(iso(atLocalTime(QDate(2026, 3, 30), shanghai)), u"2026-03-30T01:00:00Z"_s);
    EXPECT_EQ(iso(atLocalTime(QDate(2026, 7, 1), shanghai)), u"2026-07-01T01:00:00Z"_s);

    // The local date of a moment depends on the zone.
    const qint64 m = utc(2026, 3, 30, 20);
    EXPECT_EQ(localDate(m, shanghai), QDate(2026, 3, 31));
    EXPECT_EQ(localDate(m, newYork), QDate(2026, 3, 30));
}

TEST(FollowUpTimeTest, ATimeInTheSkippedHourMovesPastIt)
{
    const QTimeZone london = zone("Europe/London");
    // 01:30 on 29 March 2026 does not exist in London (clocks go from 01:00 to 02:00).
    const qint64 at = atLocalTime(QDate(2026, 3, 29), london, QTime(1, 30));
    EXPECT_GE(at, utc(2026, 3, 29, 1, 0));
    EXPECT_LE(at, utc(2026, 3, 29, 1, 30));
}

TEST(FollowUpTimeTest, AddsUnitsByTheCalendar)
{
    EXPECT_EQ(addToDate(QDate(2026, 1, 31), 1, Unit::Months), QDate(2026, 2, 28));
    EXPECT_EQ(addToDate(QDate(2026, 3, 1), 8, Unit::Weeks), QDate(2026, 4, 26));
    EXPECT_EQ(addToDate(QDate(2026, 3, 1), 7, Unit::Days), QDate(2026, 3, 8));
    EXPECT_EQ(addToDate(QDate(2026, 3, 6), 10, Unit::BusinessDays), QDate(2026, 3, 20));
    EXPECT_EQ(unitFromKey(u"business_days"_s), Unit::BusinessDays);
    EXPECT_FALSE(unitFromKey(u"fortnights"_s).has_value());
    EXPECT_EQ(unitKey(Unit::Weeks), u"weeks"_s);
}

TEST(FollowUpTimeTest, ReadsIso8601Moments)
{
    const QTimeZone shanghai = zone("Asia/Shanghai");
    EXPECT_EQ(parseMoment(u"2026-03-01T09:00:00Z"_s, shanghai), utc(2026, 3, 1, 9));
    EXPECT_EQ(parseMoment(u"2026-03-01T09:00+08:00"_s, shanghai), utc(2026, 3, 1, 1));
    EXPECT_EQ(parseMoment(u"2026-03-01T09:00-0500"_s, shanghai), utc(2026, 3, 1, 14));
    EXPECT_EQ(parseMoment(u"2026-03-01T09:00"_s, shanghai), utc(2026, 3, 1, 1));
    EXPECT_EQ(parseMoment(u"2026-03-01 09:00:30"_s, shanghai), utc(2026, 3, 1, 1) + 30'000);
    EXPECT_EQ(parseMoment(u"2026-03-01"_s, shanghai), utc(2026, 2, 28, 16));
    EXPECT_EQ(parseMoment(u"2026-03-01"_s, shanghai, true), utc(2026, 3, 1, 16) - 1);
    for (const QString& bad : {u""_s, u"tomorrow"_s, u"2026-02-30"_s, u"2026-03-01T25:00"_s,
                               u"2026-03-01T09:00+25:00"_s, u"01/03/2026"_s}) {
        EXPECT_FALSE(parseMoment(bad, shanghai).has_value()) << bad.toStdString();
    }
    // A local time inside London's skipped hour is no moment at all.
    EXPECT_FALSE(parseMoment(u"2026-03-29T01:30"_s, zone("Europe/London")).has_value());
}

TEST(FollowUpTimeTest, WritesMomentsWithTheirOffset)
{
    EXPECT_EQ(isoInZone(utc(2026, 3, 1, 1), zone("Asia/Shanghai")), u"2026-03-01T09:00:00+08:00"_s);
    EXPECT_EQ(isoInZone(utc(2026, 3, 9, 13), zone("America/New_York")),
              u"2026-03-09T09:00:00-04:00"_s);
    EXPECT_EQ(isoInZone(utc(2026, 1, 5, 9), zone("Europe/London")), u"2026-01-05T09:00:00+00:00"_s);
    EXPECT_EQ(longDate(QDate(2026, 3, 5), u"zh_CN"_s), u"2026年3月5日"_s);
    EXPECT_EQ(longDate(QDate(2026, 3, 5), u"en"_s), u"5 March 2026"_s);
}

TEST(ShiftedClockTest, RunsOnFromTheChosenMoment)
{
    FakeClock base(utc(2026, 1, 1));
    const ShiftedClock shifted = ShiftedClock::startingAt(utc(2026, 3, 1, 9), base);
    EXPECT_EQ(shifted.nowMs(), utc(2026, 3, 1, 9));
    base.advance(90'000);
    EXPECT_EQ(shifted.nowMs(), utc(2026, 3, 1, 9) + 90'000);
    EXPECT_EQ(shifted.offsetMs(), utc(2026, 3, 1, 9) - utc(2026, 1, 1));
    // Against the real clock it is at least where it was put.
    const qint64 start = utc(2030, 6, 1);
    const ShiftedClock real = ShiftedClock::startingAt(start);
    EXPECT_GE(real.nowMs(), start);
    EXPECT_LT(real.nowMs(), start + 3'600'000);
}

} // namespace
