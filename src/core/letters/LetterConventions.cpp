// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "letters/LetterConventions.h"

#include "followup/EscalationLadder.h"
#include "model/Money.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

Error damaged(const QString& detail)
{
    return Error{ErrorCode::Internal,
                 LetterConventions::tr("The letter conventions data is damaged. Reinstall "
                                       "WalletCase."),
                 detail};
}

// "1240.00" → "1,240.00": letters group thousands whatever the language.
QString grouped(const QString& plain)
{
    const qsizetype dot = plain.indexOf(u'.');
    QString whole = dot < 0 ? plain : plain.left(dot);
    const QString fraction = dot < 0 ? QString() : plain.mid(dot);
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
        whole.insert(at, u',');
    return whole + fraction;
}

} // namespace

QString LetterConventions::regionFor(const QStringList& providerRegions, const QTimeZone& zone,
                                     const QString& language)
{
    const QString zoneRegion =
        zone.isValid() ? EscalationLadder::regionForTerritory(zone.territory()) : QString();
    return EscalationLadder::regionFor(providerRegions, zoneRegion, language);
}

Result<LetterConventions> LetterConventions::load(const QString& region, const QString& language,
                                                  const QTimeZone& zone)
{
    const QString path = u":/letters/conventions.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return damaged(u"cannot open %1: %2"_s.arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s) != u"walletcase-letter-conventions"_s)
        return damaged(u"bad %1: %2"_s.arg(path, parseError.errorString()));

    const QJsonObject regions = root.value(u"regions"_s).toObject();
    const QString regionKey = regions.contains(region) ? region : u"default"_s;
    const QJsonObject regionData = regions.value(regionKey).toObject();
    const QJsonObject local = regionData.value(language).toObject();
    const QJsonObject general = root.value(u"languages"_s).toObject().value(language).toObject();
    if (local.isEmpty() || general.isEmpty())
        return damaged(u"no conventions for %1/%2"_s.arg(regionKey, language));

    LetterConventions c;
    c.m_region = regions.contains(region) ? region : QString();
    c.m_language = language;
    c.m_zone = zone.isValid() ? zone : QTimeZone::utc();
    // The locale spells month names and AM/PM; en_US and en_GB spell them alike, but their
    // zone abbreviations differ (PST is known to en_US, BST and CET to en_GB).
    c.m_locale = language == u"en"
        ? QLocale(QLocale::English, region == u"US" ? QLocale::UnitedStates : QLocale::UnitedKingdom)
        : QLocale(QLocale::Chinese, QLocale::China);
    c.m_datePattern = local.value(u"date"_s).toString();
    c.m_timePattern = local.value(u"time"_s).toString();
    c.m_dateTimePattern = general.value(u"dateTime"_s).toString(u"%1 %2"_s);
    c.m_zoneAlways = local.value(u"zone"_s).toString() != u"away";
    const QString zoneId = QString::fromUtf8(c.m_zone.id());
    for (const QJsonValue& home : regionData.value(u"homeZones"_s).toArray()) {
        if (home.toString() == zoneId)
            c.m_zoneHome = true;
    }
    c.m_zoneSuffix = general.value(u"zoneSuffix"_s).toString(u" %1"_s);
    c.m_zoneNames = general.value(u"zoneNames"_s).toObject();
    c.m_salutation = general.value(u"salutation"_s).toString(u"%1"_s);
    c.m_salutationEnd = local.value(u"salutationEnd"_s).toString(
        general.value(u"salutationEnd"_s).toString());
    c.m_closing = local.value(u"closing"_s).toString(general.value(u"closing"_s).toString());
    c.m_dateAtTop = local.value(u"datePlacement"_s).toString() == u"top";
    c.m_money = general.value(u"money"_s).toObject();
    c.m_regulationE = regionData.value(u"regulationE"_s).toObject();
    c.m_holidays = regionData.value(u"holidays"_s).toArray();
    if (region != u"US")
        c.m_moneyAbroad = general.value(u"moneyAbroad"_s).toObject();
    if (language == u"en") {
        // Each pair is [US, British]; the region's spelling is the target, the other the source.
        const bool us = local.value(u"spelling"_s).toString() == u"US";
        QStringList sources;
        for (const QJsonValue& pair : root.value(u"spellings"_s).toArray()) {
            const QJsonArray words = pair.toArray();
            const QString american = words.at(0).toString();
            const QString british = words.at(1).toString();
            if (american.isEmpty() || british.isEmpty())
                return damaged(u"bad spelling pair in %1"_s.arg(path));
            const QString& from = us ? british : american;
            c.m_respell.insert(from, us ? american : british);
            sources << QRegularExpression::escape(from);
        }
        if (!sources.isEmpty()) {
            c.m_respellWords = QRegularExpression(u"\\b(%1)\\b"_s.arg(sources.join(u'|')),
                                                  QRegularExpression::CaseInsensitiveOption);
        }
    }
    if (c.m_datePattern.isEmpty() || c.m_timePattern.isEmpty() || c.m_closing.isEmpty())
        return damaged(u"incomplete conventions for %1/%2"_s.arg(regionKey, language));
    return c;
}

QString LetterConventions::date(qint64 epochMs) const
{
    return m_locale.toString(QDateTime::fromMSecsSinceEpoch(epochMs, m_zone).date(),
                             m_datePattern);
}

QString LetterConventions::zoneName(qint64 epochMs) const
{
    const QString id = QString::fromUtf8(m_zone.id());
    if (const QString named = m_zoneNames.value(id).toString(); !named.isEmpty())
        return named;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(epochMs, m_zone);
    if (m_language == u"en") {
        const QString shortName = m_zone.displayName(at, QTimeZone::ShortName, m_locale);
        // ICU knows abbreviations such as PST, EST, GMT, BST and CET; elsewhere it falls back
        // to "GMT+8", which reads better as an offset from UTC.
        static const QRegularExpression abbreviation(u"^[A-Z]{2,5}$"_s);
        if (abbreviation.match(shortName).hasMatch() && shortName != u"GMT"_s)
            return shortName;
        if (shortName == u"GMT"_s && id.startsWith(u"Europe/"_s))
            return shortName; // London in winter: GMT is what the UK writes
    }
    const int offset = m_zone.offsetFromUtc(at);
    if (offset == 0)
        return u"UTC"_s;
    const int minutes = std::abs(offset) / 60;
    // QChar, not u'-': a char16_t goes to arg()'s integer overload, which wrote "UTC455" for
    // UTC-5 (45 is '-').
    QString text = u"UTC%1%2"_s.arg(QChar(offset < 0 ? u'-' : u'+')).arg(minutes / 60);
    if (minutes % 60)
        text += u":%1"_s.arg(minutes % 60, 2, 10, QChar(u'0'));
    return text;
}

QString LetterConventions::dateAndTime(qint64 epochMs) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(epochMs, m_zone);
    return QString(m_dateTimePattern)
        .replace(u"%1"_s, m_locale.toString(at.date(), m_datePattern))
        .replace(u"%2"_s, m_locale.toString(at.time(), m_timePattern));
}

QString LetterConventions::dateTime(qint64 epochMs) const
{
    QString text = dateAndTime(epochMs);
    if (m_zoneAlways || !m_zoneHome)
        text += QString(m_zoneSuffix).replace(u"%1"_s, zoneName(epochMs));
    return text;
}

QString LetterConventions::money(qint64 minor, const QString& currency) const
{
    const QString code = currency.trimmed().toUpper();
    const QString number = grouped(Money::format(minor, code));
    QString pattern = m_moneyAbroad.value(code).toString();
    if (pattern.isEmpty())
        pattern = m_money.value(code).toString();
    if (pattern.isEmpty())
        pattern = m_money.value(code.isEmpty() ? u""_s : u"*"_s).toString(u"%2 %1"_s);
    // replace(), not arg(): a pattern may leave out the code.
    return pattern.replace(u"%1"_s, number).replace(u"%2"_s, code).trimmed();
}

QString LetterConventions::spelled(const QString& wording) const
{
    if (m_respell.isEmpty() || !m_respellWords.isValid())
        return wording;
    QString out;
    qsizetype from = 0;
    for (auto it = m_respellWords.globalMatch(wording); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString found = m.captured(1);
        QString word = m_respell.value(found.toLower());
        if (word.isEmpty())
            continue;
        // "Authorised" at the start of a sentence stays capitalised; "CENTRE" stays upper case.
        if (found == found.toUpper() && found.size() > 1)
            word = word.toUpper();
        else if (found.front().isUpper())
            word.front() = word.front().toUpper();
        out += QStringView(wording).mid(from, m.capturedStart(1) - from);
        out += word;
        from = m.capturedEnd(1);
    }
    if (from == 0)
        return wording;
    out += QStringView(wording).mid(from);
    return out;
}

int LetterConventions::regulationEDays(const QString& providerKey, const QString& subtype,
                                       const QString& kind) const
{
    const auto listed = [this](const char* key, const QString& value) {
        return m_regulationE.value(QLatin1String(key)).toArray().contains(QJsonValue(value));
    };
    if (m_regulationE.isEmpty() || !listed("providers", providerKey) || !listed("subtypes", subtype)
        || !listed("kinds", kind))
        return 0;
    return m_regulationE.value(u"replyBusinessDays"_s).toInt();
}

bool LetterConventions::regulationEFundingVaries(const QString& providerKey) const
{
    return m_regulationE.value(u"fundingVaries"_s).toArray().contains(QJsonValue(providerKey));
}

QString LetterConventions::salutation(const QString& addressee) const
{
    return QString(m_salutation).replace(u"%1"_s, addressee.trimmed()) + m_salutationEnd;
}

namespace {

QDate easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

// The nth `weekday` (1 = Monday) of a month; nth -1 is the last.
QDate nthWeekday(int year, int month, int weekday, int nth)
{
    // An invalid year (there is no year 0; a fuzzed clock) or weekday has no such day: without
    // this the searches below never ended (found by fuzz_letter).
    if (!QDate(year, month, 1).isValid() || weekday < 1 || weekday > 7)
        return {};
    if (nth < 0) {
        QDate d = QDate(year, month, 1).addMonths(1).addDays(-1);
        while (d.dayOfWeek() != weekday)
            d = d.addDays(-1);
        return d;
    }
    QDate d(year, month, 1);
    while (d.dayOfWeek() != weekday)
        d = d.addDays(1);
    return d.addDays(7 * (nth - 1));
}

} // namespace

BusinessCalendar LetterConventions::businessCalendar(int fromYear, int toYear) const
{
    BusinessCalendar calendar;
    // The year before too: a US New Year's Day on a Saturday is observed on 31 December.
    for (int year = fromYear - 1; year <= toYear + 1; ++year) {
        QSet<QDate> taken;
        for (const QJsonValue& value : m_holidays) {
            const QJsonObject rule = value.toObject();
            QDate day;
            if (rule.contains(u"easter"_s)) {
                day = easterSunday(year).addDays(rule.value(u"easter"_s).toInt());
            } else if (rule.contains(u"weekday"_s)) {
                day = nthWeekday(year, rule.value(u"month"_s).toInt(),
                                 rule.value(u"weekday"_s).toInt(), rule.value(u"nth"_s).toInt());
            } else {
                day = QDate(year, rule.value(u"month"_s).toInt(), rule.value(u"day"_s).toInt());
                const QString observed = rule.value(u"observed"_s).toString();
                if (observed == u"us" && day.dayOfWeek() == Qt::Saturday)
                    day = day.addDays(-1);
                else if (observed == u"us" && day.dayOfWeek() == Qt::Sunday)
                    day = day.addDays(1);
                else if (observed == u"uk") {
                    // Boxing Day on a Sunday goes to Tuesday when Christmas took the Monday.
                    while (day.dayOfWeek() >= Qt::Saturday || taken.contains(day))
                        day = day.addDays(1);
                }
            }
            if (day.isValid()) {
                taken.insert(day);
                calendar.addHoliday(day);
            }
        }
    }
    return calendar;
}

} // namespace wc::core
