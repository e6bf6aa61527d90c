// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "followup/FollowUpTime.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

#include <chrono>

namespace wc::core::followup {

std::optional<Unit> unitFromKey(const QString& key)
{
    if (key == u"days")
        return Unit::Days;
    if (key == u"business_days")
        return Unit::BusinessDays;
    if (key == u"weeks")
        return Unit::Weeks;
    if (key == u"months")
        return Unit::Months;
    return std::nullopt;
}

QString unitKey(Unit unit)
{
    switch (unit) {
    case Unit::Days:
        return u"days"_s;
    case Unit::BusinessDays:
        return u"business_days"_s;
    case Unit::Weeks:
        return u"weeks"_s;
    case Unit::Months:
        return u"months"_s;
    }
    return {};
}

QTimeZone computerZone()
{
    using Clock = std::chrono::steady_clock;
    thread_local QTimeZone zone;
    thread_local Clock::time_point readAt;
    const Clock::time_point now = Clock::now();
    if (!zone.isValid() || now - readAt > std::chrono::seconds(1)) {
        zone = QTimeZone::systemTimeZone();
        readAt = now;
    }
    return zone;
}

qint64 atLocalTime(const QDate& date, const QTimeZone& zone, const QTime& time)
{
    QDateTime local(date, time, zone);
    if (!local.isValid()) // inside a skipped hour: Qt 6.4 gives an invalid value
        local = QDateTime(date, time.addSecs(3600), zone);
    return local.toMSecsSinceEpoch();
}

QDate localDate(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
}

QDate addToDate(const QDate& start, int amount, Unit unit, const BusinessCalendar& calendar)
{
    switch (unit) {
    case Unit::Days:
        return start.addDays(amount);
    case Unit::BusinessDays:
        return calendar.addBusinessDays(start, amount);
    case Unit::Weeks:
        return start.addDays(7 * qint64(amount));
    case Unit::Months:
        return start.addMonths(amount);
    }
    return start;
}

std::optional<qint64> parseMoment(const QString& text, const QTimeZone& zone,
                                  bool dateMeansEndOfDay)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    static const QRegularExpression dateOnly(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (dateOnly.match(s).hasMatch()) {
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        if (dateMeansEndOfDay)
            return atLocalTime(date.addDays(1), zone, QTime(0, 0)) - 1;
        return atLocalTime(date, zone, QTime(0, 0));
    }
    static const QRegularExpression moment(
        u"^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?)"
        u"(Z|[+-]\\d{2}:?\\d{2})?$"_s);
    const QRegularExpressionMatch m = moment.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    const QString timeText = m.captured(2);
    const QTime time = QTime::fromString(timeText, timeText.size() == 5      ? u"HH:mm"_s
                                                   : timeText.contains(u'.') ? u"HH:mm:ss.z"_s
                                                                             : u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString offset = m.captured(3);
    if (offset.isEmpty()) {
        const QDateTime local(date, time, zone);
        if (!local.isValid())
            return std::nullopt; // a time that does not exist there (the skipped DST hour)
        return local.toMSecsSinceEpoch();
    }
    int offsetSeconds = 0;
    if (offset != u"Z") {
        QString digits = offset.mid(1);
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2).toInt();
        if (hours > 18 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 60 + minutes) * 60 * (offset.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toMSecsSinceEpoch();
}

QString isoInZone(qint64 ms, const QTimeZone& zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const int offset = local.offsetFromUtc();
    const int minutes = (offset < 0 ? -offset : offset) / 60;
    const QChar zero(u'0');
    return local.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + (offset < 0 ? u'-' : u'+') +
           u"%1:%2"_s.arg(minutes / 60, 2, 10, zero).arg(minutes % 60, 2, 10, zero);
}

QString longDate(const QDate& date, const QString& language)
{
    if (!date.isValid())
        return {};
    if (language.startsWith(u"zh"))
        return u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day());
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, u"d MMMM yyyy"_s);
}

} // namespace wc::core::followup
