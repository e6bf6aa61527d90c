// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QDate>
#include <QSet>

namespace wc::core {

// Counts business days for deadlines such as "15 business days" (PSD2) or "7 working days"
// (China's 12315). Monday to Friday are business days. WalletCase ships no public-holiday data:
// holidays differ by country and year (China also moves working days to weekends), and a wrong
// holiday list is worse than none. So by default only weekends are skipped, which makes a
// computed deadline at most a few days early — early is the safe side for a reminder. A caller
// that knows better can add holidays and extra working days.
class BusinessCalendar
{
public:
    bool isBusinessDay(const QDate& date) const;
    // The date `days` business days after `start` (start itself is day 0 and need not be a
    // business day); negative counts go backwards. A complaint sent on a Saturday with a
    // 2-business-day deadline is due on Tuesday.
    QDate addBusinessDays(const QDate& start, int days) const;
    // Business days after `from` up to and including `to` (0 when `to` is not after `from`).
    int businessDaysBetween(const QDate& from, const QDate& to) const;

    void addHoliday(const QDate& date) { m_holidays.insert(date); }
    // A weekend day that is worked (China's 调休 makes some Saturdays working days).
    void addWorkingDay(const QDate& date) { m_workingDays.insert(date); }
    bool knowsHolidays() const { return !m_holidays.isEmpty() || !m_workingDays.isEmpty(); }

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workingDays;
};

} // namespace wc::core
