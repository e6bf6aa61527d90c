// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "followup/BusinessCalendar.h"

namespace wc::core {

bool BusinessCalendar::isBusinessDay(const QDate& date) const
{
    if (!date.isValid())
        return false;
    if (m_workingDays.contains(date))
        return true;
    if (m_holidays.contains(date))
        return false;
    return date.dayOfWeek() <= 5; // Qt: Monday = 1 … Sunday = 7
}

QDate BusinessCalendar::addBusinessDays(const QDate& start, int days) const
{
    if (!start.isValid())
        return {};
    const int step = days < 0 ? -1 : 1;
    QDate date = start;
    for (int left = days < 0 ? -days : days; left > 0;) {
        date = date.addDays(step);
        if (!date.isValid())
            return {}; // past the end of QDate's range: no such day
        if (isBusinessDay(date))
            --left;
    }
    return date;
}

int BusinessCalendar::businessDaysBetween(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isBusinessDay(d))
            ++count;
    }
    return count;
}

} // namespace wc::core
