// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "statements/StatementValues.h"

#include "model/Money.h"

#include <QDateTime>
#include <QHash>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace wc::core::statement {

namespace {

struct Group
{
    qsizetype start = 0;
    qsizetype length = 0;
    int value = 0;
};

// The digit groups of a date-time cell and what sits between them; false when the cell has
// anything else (letters other than AM/PM, T, 年月日时分秒 …).
struct Tokens
{
    std::array<Group, 7> groups{};
    int count = 0;
    QChar firstSeparator;
    bool pm = false;
    bool am = false;
};

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'/':
    case u'.':
    case u':':
    case u',':
    case u' ':
    case u'\t':
    case u'T':
    case u'年':
    case u'月':
    case u'日':
    case u'时':
    case u'分':
    case u'秒':
    case u'号':
    case 0x00A0:
    case 0x3000:
        return true;
    default:
        return false;
    }
}

bool tokenize(QStringView s, Tokens& t)
{
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c.unicode() >= u'0' && c.unicode() <= u'9') {
            if (t.count == int(t.groups.size()))
                return false;
            Group& g = t.groups[size_t(t.count)];
            g.start = i;
            int value = 0;
            while (i < n && s[i].unicode() >= u'0' && s[i].unicode() <= u'9') {
                if (i - g.start < 9)
                    value = value * 10 + (s[i].unicode() - u'0');
                ++i;
            }
            g.length = i - g.start;
            g.value = value;
            ++t.count;
            continue;
        }
        if (t.count == 1 && t.firstSeparator.isNull())
            t.firstSeparator = c;
        // No separator starts PM, AM, 下午 or 上午: the common case first, without comparing.
        if (isSeparator(c)) {
            ++i;
            continue;
        }
        if (s.mid(i, 2).compare(u"PM", Qt::CaseInsensitive) == 0 || s.mid(i, 2) == u"下午") {
            t.pm = true;
            i += 2;
        } else if (s.mid(i, 2).compare(u"AM", Qt::CaseInsensitive) == 0 || s.mid(i, 2) == u"上午") {
            t.am = true;
            i += 2;
        } else if (isSeparator(c)) {
            ++i;
        } else {
            return false;
        }
    }
    return true;
}

bool hasOwnOffset(QStringView s)
{
    if (s.endsWith(u'Z') || s.endsWith(u'z'))
        return true;
    const qsizetype t = s.indexOf(u'T');
    if (t < 0)
        return false;
    const QStringView time = s.mid(t);
    return time.contains(u'+') || time.contains(u'-');
}

int fractionMs(QStringView s, const Group& g)
{
    int ms = 0;
    for (qsizetype k = 0; k < 3; ++k) {
        ms *= 10;
        if (k < g.length)
            ms += s[g.start + k].unicode() - u'0';
    }
    return ms;
}

} // namespace

std::optional<CellTime> parseCellTime(QStringView text, DateOrder order, const QStringList& formats)
{
    const QStringView s = text.trimmed();
    // A sign is no part of a date: "-2026-11-21" is not 21 November 2026.
    if (s.isEmpty() || s.front() == u'-' || s.front() == u'+' || s.front() == QChar(0x2212))
        return std::nullopt;
    // QDateTime::fromString wants a QString: made only when a format or an offset needs it,
    // not for each of a statement's 100,000 plain times.
    for (const QString& format : formats) {
        const QDateTime dt = QDateTime::fromString(s.toString(), format);
        if (dt.isValid())
            return CellTime{dt.date(), dt.time(), std::nullopt};
    }
    if (hasOwnOffset(s)) {
        QDateTime dt = QDateTime::fromString(s.toString(), Qt::ISODateWithMs);
        if (dt.isValid())
            return CellTime{dt.date(), dt.time(), dt.offsetFromUtc()};
    }
    Tokens t;
    if (!tokenize(s, t) || t.count < 3)
        return std::nullopt;
    const auto& g = t.groups;
    int y = 0, m = 0, d = 0;
    if (g[0].length == 4) {
        y = g[0].value;
        m = g[1].value;
        d = g[2].value;
    } else if (g[0].length <= 2 && g[1].length <= 2 && (g[2].length == 4 || g[2].length == 2)) {
        const int a = g[0].value;
        const int b = g[1].value;
        y = g[2].length == 2 ? 2000 + g[2].value : g[2].value;
        bool dayFirst = order != DateOrder::MonthDayYear;
        if (t.firstSeparator == u'.')
            dayFirst = true; // 22.11.2026: dotted dates are day first wherever they are written
        else if (order == DateOrder::Auto)
            dayFirst = !(b > 12 && a <= 12);
        d = dayFirst ? a : b;
        m = dayFirst ? b : a;
    } else {
        return std::nullopt;
    }
    if (g[1].length > 2 || g[2].length > 4)
        return std::nullopt;
    int hour = 0, minute = 0, second = 0, ms = 0;
    if (t.count == 4)
        return std::nullopt; // an hour without minutes is no time
    if (t.count >= 5) {
        if (g[3].length > 2 || g[4].length > 2)
            return std::nullopt;
        hour = g[3].value;
        minute = g[4].value;
    }
    if (t.count >= 6) {
        if (g[5].length > 2)
            return std::nullopt;
        second = g[5].value;
    }
    if (t.count == 7)
        ms = fractionMs(s, g[6]);
    if (t.pm && hour < 12)
        hour += 12;
    else if (t.am && hour == 12)
        hour = 0;
    const QDate date(y, m, d);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return CellTime{date, time, std::nullopt};
}

DateHint dateHint(QStringView text)
{
    Tokens t;
    if (!tokenize(text.trimmed(), t) || t.count < 3 || t.groups[0].length > 2 ||
        t.groups[1].length > 2 || t.firstSeparator == u'.')
        return DateHint::None;
    const int a = t.groups[0].value;
    const int b = t.groups[1].value;
    if (a > 12 && b <= 12)
        return DateHint::DayFirst;
    if (b > 12 && a <= 12)
        return DateHint::MonthFirst;
    if (a <= 12 && b <= 12 && a != b)
        return DateHint::Either;
    return DateHint::None;
}

namespace {

qint64 wallClockAsUtcMs(const QDate& date, const QTime& time)
{
    constexpr qint64 UnixEpochJulianDay = 2440588;
    return (date.toJulianDay() - UnixEpochJulianDay) * 86'400'000LL + time.msecsSinceStartOfDay();
}

} // namespace

qint64 toUtcMs(const CellTime& t, const QTimeZone& zone)
{
    if (t.offsetSeconds)
        return wallClockAsUtcMs(t.date, t.time) - qint64(*t.offsetSeconds) * 1000;
    const QTimeZone& z = zone.isValid() ? zone : QTimeZone::utc();
    // A statement has many rows a day, all in one zone, and QDateTime's zone conversion was an
    // eighth of the parse: the zone's offset is looked up once per day and used only when no
    // transition (daylight saving) falls within a margin around that day; otherwise QDateTime
    // decides, as it does for a time skipped or repeated by the change.
    struct DayOffset
    {
        QTimeZone zone;
        QDate date;
        std::optional<int> offsetSeconds;
    };
    thread_local DayOffset cache;
    if (cache.date != t.date || cache.zone != z) {
        cache.zone = z;
        cache.date = t.date;
        cache.offsetSeconds.reset();
        constexpr qint64 Margin = 15 * 3'600'000LL; // more than any zone's offset from UTC
        const qint64 from = wallClockAsUtcMs(t.date, QTime(0, 0)) - Margin;
        const qint64 to = wallClockAsUtcMs(t.date.addDays(1), QTime(0, 0)) + Margin;
        const QDateTime fromUtc = QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc());
        const QTimeZone::OffsetData next = z.nextTransition(fromUtc);
        if (!next.atUtc.isValid() || next.atUtc.toMSecsSinceEpoch() > to)
            cache.offsetSeconds = z.offsetFromUtc(fromUtc);
    }
    if (cache.offsetSeconds)
        return wallClockAsUtcMs(t.date, t.time) - qint64(*cache.offsetSeconds) * 1000;
    return QDateTime(t.date, t.time, z).toMSecsSinceEpoch();
}

namespace {

// "128.00", "-12.99", "5": plain ASCII the way wallets write most amounts, read without
// Money::parse's normalization and patterns (a 100,000-row statement has 100,000 of them).
std::optional<CellAmount> plainAmount(QStringView s, int exponent)
{
    CellAmount out;
    qsizetype i = 0;
    if (!s.isEmpty() && (s[0] == u'-' || s[0] == u'+')) {
        out.negative = s[0] == u'-';
        ++i;
    }
    qint64 whole = 0;
    int digits = 0;
    // Digits past the limits below are only counted: a 20-digit "amount" (a reference number in
    // the wrong column) would overflow qint64 before being refused (found by fuzz_statement).
    for (; i < s.size() && s[i].isDigit() && s[i].unicode() < 0x80; ++i, ++digits) {
        if (digits < 15)
            whole = whole * 10 + (s[i].unicode() - u'0');
    }
    if (digits == 0 || digits > 15)
        return std::nullopt;
    int decimals = 0;
    qint64 fraction = 0;
    if (i < s.size() && s[i] == u'.') {
        for (++i; i < s.size() && s[i].isDigit() && s[i].unicode() < 0x80; ++i, ++decimals) {
            if (decimals < exponent)
                fraction = fraction * 10 + (s[i].unicode() - u'0');
        }
        if (decimals == 0 || decimals > exponent)
            return std::nullopt;
    }
    if (i != s.size())
        return std::nullopt;
    for (int k = decimals; k < exponent; ++k)
        fraction *= 10;
    for (int k = 0; k < exponent; ++k)
        whole *= 10;
    out.minor = whole + fraction;
    if (out.minor == 0)
        out.negative = false;
    return out;
}

} // namespace

std::optional<CellAmount> parseCellAmount(QStringView text, const QString& currency)
{
    // A statement's rows share one or two currencies: Money::exponent (upper-casing the code,
    // searching its lists) once per currency rather than once per row.
    thread_local QString lastCurrency;
    thread_local int lastExponent = 2;
    if (currency != lastCurrency || lastCurrency.isNull()) {
        lastExponent = Money::exponent(currency);
        lastCurrency = currency;
    }
    if (const auto plain = plainAmount(text.trimmed(), lastExponent))
        return plain;
    QString s = text.trimmed().toString();
    if (s.isEmpty())
        return std::nullopt;
    const bool ascii =
        std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii)
        s = s.normalized(QString::NormalizationForm_KC).replace(QChar(0x2212), u'-');
    CellAmount out;
    if (s.startsWith(u'(') && s.endsWith(u')')) {
        out.negative = true;
        s = s.mid(1, s.size() - 2).trimmed();
    }
    // One sign, at the start, after a currency symbol or at the end: "-¥5", "¥-5", "5-".
    const qsizetype minus = s.indexOf(u'-');
    if (minus >= 0) {
        if (s.indexOf(u'-', minus + 1) >= 0 || out.negative)
            return std::nullopt;
        const QStringView before = QStringView(s).left(minus).trimmed();
        const bool atEdge =
            minus == s.size() - 1 || before.isEmpty() ||
            std::none_of(before.cbegin(), before.cend(), [](QChar c) { return c.isDigit(); });
        if (!atEdge)
            return std::nullopt;
        out.negative = true;
        s.remove(minus, 1);
    } else if (s.startsWith(u'+')) {
        s.remove(0, 1);
    }
    auto minor = Money::parse(s, currency);
    if (!minor)
        return std::nullopt;
    out.minor = *minor;
    if (out.minor == 0)
        out.negative = false;
    return out;
}

QString currencyCode(QStringView text)
{
    static const QHash<QString, QString> names = {
        {u"人民币"_s, u"CNY"_s}, {u"RMB"_s, u"CNY"_s},      {u"元"_s, u"CNY"_s},
        {u"¥"_s, u"CNY"_s},      {u"￥"_s, u"CNY"_s},       {u"CN¥"_s, u"CNY"_s},
        {u"美元"_s, u"USD"_s},   {u"$"_s, u"USD"_s},        {u"US$"_s, u"USD"_s},
        {u"港币"_s, u"HKD"_s},   {u"港元"_s, u"HKD"_s},     {u"HK$"_s, u"HKD"_s},
        {u"欧元"_s, u"EUR"_s},   {u"€"_s, u"EUR"_s},        {u"英镑"_s, u"GBP"_s},
        {u"£"_s, u"GBP"_s},      {u"日元"_s, u"JPY"_s},     {u"円"_s, u"JPY"_s},
        {u"新台币"_s, u"TWD"_s}, {u"NT$"_s, u"TWD"_s},      {u"澳门元"_s, u"MOP"_s},
        {u"澳门币"_s, u"MOP"_s}, {u"新加坡元"_s, u"SGD"_s}, {u"韩元"_s, u"KRW"_s},
    };
    const QString key = text.trimmed().toString().toUpper();
    if (const auto it = names.constFind(key); it != names.cend())
        return *it;
    if (key.size() == 3 && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
            return c.unicode() >= u'A' && c.unicode() <= u'Z';
        }))
        return key;
    return {};
}

QTimeZone zoneFromName(QStringView name)
{
    // Abbreviations PayPal writes; each is a fixed offset by definition (PDT is summer time).
    static const QHash<QString, int> abbreviations = {
        {u"UTC"_s, 0},       {u"GMT"_s, 0},      {u"Z"_s, 0},        {u"WET"_s, 0},
        {u"WEST"_s, 3600},   {u"BST"_s, 3600},   {u"CET"_s, 3600},   {u"CEST"_s, 7200},
        {u"MEZ"_s, 3600},    {u"MESZ"_s, 7200},  {u"EET"_s, 7200},   {u"EEST"_s, 10800},
        {u"MSK"_s, 10800},   {u"IST"_s, 19800},  {u"SGT"_s, 28800},  {u"HKT"_s, 28800},
        {u"AWST"_s, 28800},  {u"PHT"_s, 28800},  {u"JST"_s, 32400},  {u"KST"_s, 32400},
        {u"ACST"_s, 34200},  {u"ACDT"_s, 37800}, {u"AEST"_s, 36000}, {u"AEDT"_s, 39600},
        {u"NZST"_s, 43200},  {u"NZDT"_s, 46800}, {u"HST"_s, -36000}, {u"AKST"_s, -32400},
        {u"AKDT"_s, -28800}, {u"PST"_s, -28800}, {u"PDT"_s, -25200}, {u"MST"_s, -25200},
        {u"MDT"_s, -21600},  {u"CST"_s, -21600}, {u"CDT"_s, -18000}, {u"EST"_s, -18000},
        {u"EDT"_s, -14400},  {u"AST"_s, -14400}, {u"ADT"_s, -10800}, {u"NST"_s, -12600},
        {u"NDT"_s, -9000},   {u"BRT"_s, -10800},
    };
    const QString s = name.trimmed().toString();
    if (s.isEmpty())
        return {};
    if (const auto it = abbreviations.constFind(s.toUpper()); it != abbreviations.cend())
        return QTimeZone(*it);
    // UTC+8, GMT+08:00, UTC-5:30, +0800
    QStringView rest(s);
    if (rest.startsWith(u"UTC", Qt::CaseInsensitive) ||
        rest.startsWith(u"GMT", Qt::CaseInsensitive))
        rest = rest.mid(3).trimmed();
    if (!rest.isEmpty() && (rest[0] == u'+' || rest[0] == u'-')) {
        const int sign = rest[0] == u'-' ? -1 : 1;
        QString digits = rest.mid(1).toString();
        int hours = 0;
        int minutes = 0;
        bool ok = false;
        if (digits.contains(u':')) {
            hours = digits.section(u':', 0, 0).toInt(&ok);
            if (ok)
                minutes = digits.section(u':', 1, 1).toInt(&ok);
        } else if (digits.size() == 4) {
            hours = digits.left(2).toInt(&ok);
            if (ok)
                minutes = digits.mid(2).toInt(&ok);
        } else if (digits.size() <= 2) {
            hours = digits.toInt(&ok);
        }
        if (ok && hours <= 14 && minutes < 60)
            return QTimeZone(sign * (hours * 3600 + minutes * 60));
        return {};
    }
    // Only names that look like IANA ids ("Asia/Shanghai"): ICU also accepts odd aliases.
    if (!s.contains(u'/'))
        return {};
    return QTimeZone(s.toLatin1());
}

bool statusMeansNoMoneyMoved(const QString& status)
{
    // Called once per row: the word lists are searched only where they can match (Chinese words
    // in text that is not all ASCII, English words in text with an ASCII letter; no other
    // character lower-cases to an ASCII letter of these words).
    bool ascii = true;
    bool asciiLetter = false;
    for (const QChar c : status) {
        if (c.unicode() >= 0x80)
            ascii = false;
        else if ((c.unicode() | 0x20) >= u'a' && (c.unicode() | 0x20) <= u'z')
            asciiLetter = true;
    }
    static const QStringList chinese = {u"关闭"_s,   u"失败"_s,   u"撤销"_s,   u"全额退款"_s,
                                        u"已冲正"_s, u"已取消"_s, u"已拒绝"_s, u"已驳回"_s};
    if (!ascii) {
        for (const QString& word : chinese) {
            if (status.contains(word))
                return true;
        }
    }
    if (!asciiLetter)
        return false;
    static const QStringList english = {
        u"denied"_s,   u"declined"_s, u"failed"_s,  u"reversed"_s, u"canceled"_s, u"cancelled"_s,
        u"refunded"_s, u"voided"_s,   u"expired"_s, u"returned"_s, u"closed"_s,   u"rejected"_s};
    return english.contains(status.trimmed().toLower());
}

QString cleanCell(QStringView cell)
{
    const QStringView t = cell.trimmed();
    if (t == u"/")
        return {};
    return t.toString();
}

QString cleanCell(const QString& cell)
{
    // Most cells need no trimming: share the field's text rather than copy it.
    if (cell.isEmpty() || (!cell.front().isSpace() && !cell.back().isSpace()))
        return cell == u"/" ? QString() : cell;
    return cleanCell(QStringView(cell));
}

QString headerKey(QStringView name)
{
    QString key = name.toString();
    if (std::any_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() >= 0x80; }))
        key = key.normalized(QString::NormalizationForm_KC);
    key = key.toLower();
    key.remove(QChar(0xFEFF));
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

} // namespace wc::core::statement
