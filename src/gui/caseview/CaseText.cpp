// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/CaseText.h"

#include "followup/FollowUpTime.h"
#include "guidance/CaseTimeZone.h"
#include "guidance/Taxonomy.h"
#include "model/Entities.h"
#include "model/Money.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

struct KeyText
{
    QLatin1String key;
    const char* text;
};

const KeyText kStatuses[] = {
    {core::status::Draft, QT_TRANSLATE_NOOP("wc::gui::CaseText", "Draft")},
    {core::status::Ready, QT_TRANSLATE_NOOP("wc::gui::CaseText", "Ready to send")},
    {core::status::Sent, QT_TRANSLATE_NOOP("wc::gui::CaseText", "Sent")},
    {core::status::AwaitingReply, QT_TRANSLATE_NOOP("wc::gui::CaseText", "Awaiting reply")},
    {core::status::Escalated, QT_TRANSLATE_NOOP("wc::gui::CaseText", "Escalated")},
    {core::status::Resolved, QT_TRANSLATE_NOOP("wc::gui::CaseText", "Resolved")},
    {core::status::ClosedUnresolved,
     QT_TRANSLATE_NOOP("wc::gui::CaseText", "Closed, not resolved")},
};

const KeyText kRemedies[] = {
    {QLatin1String("refund"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Refund")},
    {QLatin1String("reversal"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Reverse the transaction")},
    {QLatin1String("unfreeze"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Unfreeze the account")},
    {QLatin1String("explanation"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "A written explanation")},
    {QLatin1String("apology"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "An apology")},
    {QLatin1String("compensation"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Compensation")},
    {QLatin1String("other"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Other")},
};

const KeyText kChannels[] = {
    {QLatin1String("hotline"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Phone")},
    {QLatin1String("in_app_chat"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "In-app chat")},
    {QLatin1String("email"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Email")},
    {QLatin1String("web_form"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Web form")},
    {QLatin1String("social"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Social media")},
    {QLatin1String("branch"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "In person")},
    {QLatin1String("letter"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Mail (post)")},
    {QLatin1String("other"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Other")},
};

const KeyText kLetterKinds[] = {
    {QLatin1String("initial"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Complaint letter")},
    {QLatin1String("follow_up"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Follow-up letter")},
    {QLatin1String("escalation"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Escalation letter")},
    {QLatin1String("regulator"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Letter to a regulator")},
    {QLatin1String("public_post"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Public post")},
};

const KeyText kLetterStatuses[] = {
    {QLatin1String("draft"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Draft")},
    {QLatin1String("ready"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Ready to send")},
    {QLatin1String("sent"), QT_TRANSLATE_NOOP("wc::gui::CaseText", "Sent")},
};

template <std::size_t N> QString lookUp(const KeyText (&table)[N], const QString& key)
{
    for (const KeyText& entry : table) {
        if (entry.key == key)
            return QCoreApplication::translate("wc::gui::CaseText", entry.text);
    }
    return key;
}

} // namespace

int CaseText::currencyExponent(const QString& currency)
{
    return core::Money::exponent(currency);
}

QString CaseText::dataSize(qint64 bytes, const QLocale& locale)
{
    // Not formattedDataSize()'s default, IEC "KiB": some views had that and others SI "kB".
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString CaseText::currencySymbol(const QString& currency, const QLocale& locale)
{
    const QString code = currency.trimmed().toUpper();
    if (code.isEmpty())
        return {};
    // The interface's own currency has its plain symbol there: ¥ in Chinese, $ in the US.
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code) {
        const QString own = locale.currencySymbol(QLocale::CurrencySymbol);
        if (!own.isEmpty() && own != code)
            return own;
    }
    // Elsewhere only symbols no other common currency shares (CLDR's international forms):
    // a bare "$" or "¥" abroad could be any of several dollars or the yen.
    static const QHash<QString, QString> symbols{
        {u"GBP"_s, u"£"_s},   {u"EUR"_s, u"€"_s},   {u"USD"_s, u"US$"_s}, {u"CNY"_s, u"CN¥"_s},
        {u"JPY"_s, u"JP¥"_s}, {u"HKD"_s, u"HK$"_s}, {u"CAD"_s, u"CA$"_s}, {u"AUD"_s, u"A$"_s},
        {u"INR"_s, u"₹"_s},   {u"ILS"_s, u"₪"_s},   {u"VND"_s, u"₫"_s},   {u"TWD"_s, u"NT$"_s},
        {u"NZD"_s, u"NZ$"_s}, {u"MXN"_s, u"MX$"_s}, {u"BRL"_s, u"R$"_s},  {u"PHP"_s, u"₱"_s}};
    return symbols.value(code);
}

QString CaseText::money(qint64 amountMinor, const QString& currency, const QLocale& locale)
{
    // core::Money decides the digits (the same ones the letters use); the locale only adds its
    // grouping, decimal mark and where the symbol and sign go. The whole part goes through
    // text, never a double, so large amounts keep every digit.
    QString plain = core::Money::format(amountMinor, currency);
    const bool negative = plain.startsWith(u'-');
    if (negative)
        plain.remove(0, 1);
    const qsizetype dot = plain.indexOf(u'.');
    QString number = locale.toString(plain.left(dot).toULongLong());
    if (dot >= 0)
        number += locale.decimalPoint() + plain.mid(dot + 1);
    const QString symbol = currencySymbol(currency, locale);
    if (symbol.isEmpty()) {
        if (negative)
            number.prepend(locale.negativeSign());
        return tr("%1 %2", "amount, currency code")
            .arg(number, currency.trimmed().toUpper())
            .trimmed();
    }
    // The locale's currency pattern ("¤1", "1 ¤"), with our digits in place of the 1. A minus
    // goes in front: Qt's negative patterns are accounting ones in some locales ("(¥128.00)").
    const QString sign = negative ? locale.negativeSign() : QString();
    QString pattern = locale.toCurrencyString(qlonglong(1), u"\u00A4"_s);
    const qsizetype one = pattern.lastIndexOf(locale.toString(1));
    if (one < 0)
        return sign + symbol + number;
    pattern.replace(one, locale.toString(1).size(), number);
    return sign + pattern.replace(u"\u00A4"_s, symbol);
}

namespace {

// "yy" → "yyyy" outside quoted literals; a run of four is left alone.
QString withFullYear(const QString& format)
{
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == u'\'') {
            quoted = !quoted;
            out += c;
            ++i;
            continue;
        }
        if (!quoted && c == u'y') {
            qsizetype run = 0;
            while (i + run < format.size() && format.at(i + run) == u'y')
                ++run;
            out += QString(run == 2 ? 4 : run, u'y');
            i += run;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace

QString CaseText::dateFormat()
{
    return withFullYear(QLocale().dateFormat(QLocale::ShortFormat));
}

QString CaseText::timeFormat()
{
    // The C locale's short time carries seconds; no time the app shows is that precise.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    return format;
}

QString CaseText::dateTimeFormat()
{
    return dateFormat() + u' ' + timeFormat();
}

QString CaseText::date(const QDate& date)
{
    return QLocale().toString(date, dateFormat());
}

QString CaseText::dayInWords(const QDate& date, const QLocale& locale)
{
    // The locale's long format ("dddd, MMMM d, yyyy") without the weekday and with the month's
    // short name: long enough to read, short enough for a title.
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(u"d{4}[,，、\\s]*"_s);
    format.remove(weekday);
    format.replace(u"MMMM"_s, u"MMM"_s);
    return locale.toString(date, withFullYear(format.trimmed()));
}

QString CaseText::date(qint64 epochMs, const QTimeZone& zone)
{
    if (!zone.isValid())
        return date(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime().date());
    return date(wallClock(epochMs, zone).date());
}

QString CaseText::dateTime(qint64 epochMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime(),
                              dateTimeFormat());
}

QString CaseText::optionalDateTime(std::optional<qint64> epochMs)
{
    return epochMs ? dateTime(*epochMs) : QString();
}

QString CaseText::dateTime(qint64 epochMs, const QTimeZone& zone)
{
    if (!zone.isValid())
        return dateTime(epochMs);
    // QLocale would convert a zoned QDateTime back to the computer's zone for some formats;
    // the wall clock in a UTC QDateTime prints as it is.
    return QLocale().toString(wallClock(epochMs, zone), dateTimeFormat());
}

QString CaseText::optionalDateTime(std::optional<qint64> epochMs, const QTimeZone& zone)
{
    return epochMs ? dateTime(*epochMs, zone) : QString();
}

QString CaseText::zonedDateTime(qint64 epochMs, const QTimeZone& zone)
{
    const QString suffix = zoneSuffix(zone, epochMs);
    if (suffix.isEmpty())
        return dateTime(epochMs, zone);
    //: %1 is a date and time; %2 a UTC offset such as UTC+8.
    return tr("%1 (%2)", "time, zone").arg(dateTime(epochMs, zone), suffix);
}

QString CaseText::zoneName(const QTimeZone& zone, qint64 atMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    const QString offset = core::CaseTimeZone::offsetText(zone, atMs);
    QString name = zone.displayName(at, QTimeZone::LongName, QLocale());
    // Without a readable name (no ICU data) the id says where it is.
    if (name.isEmpty() || name.startsWith(u"UTC"_s) || name.startsWith(u"GMT"_s))
        name = QString::fromLatin1(zone.id()).replace(u'_', u' ');
    return tr("%1 (%2)", "time zone name, UTC offset").arg(name, offset);
}

QString CaseText::zoneSuffix(const QTimeZone& zone, qint64 atMs)
{
    if (!zone.isValid() || !core::CaseTimeZone::differsFromSystem(zone, atMs))
        return {};
    return core::CaseTimeZone::offsetText(zone, atMs);
}

QDateTime CaseText::wallClock(qint64 epochMs, const QTimeZone& zone)
{
    const QDateTime there = QDateTime::fromMSecsSinceEpoch(
        epochMs, zone.isValid() ? zone : core::followup::computerZone());
    return QDateTime(there.date(), there.time(), Qt::UTC);
}

qint64 CaseText::fromWallClock(const QDateTime& wall, const QTimeZone& zone)
{
    return QDateTime(wall.date(), wall.time(), zone.isValid() ? zone : QTimeZone::systemTimeZone())
        .toMSecsSinceEpoch();
}

QString CaseText::status(const QString& key)
{
    return lookUp(kStatuses, key);
}

QString CaseText::remedy(const QString& key)
{
    return lookUp(kRemedies, key);
}

QString CaseText::contactChannel(const QString& key)
{
    return lookUp(kChannels, key);
}

QString CaseText::letterKind(const QString& key)
{
    return lookUp(kLetterKinds, key);
}

QString CaseText::letterStatus(const QString& key)
{
    return lookUp(kLetterStatuses, key);
}

QString CaseText::languageName(const QString& code)
{
    // Each language by its own name, as the language pickers show them.
    if (code == u"zh_CN")
        return u"简体中文"_s;
    if (code == u"en")
        return u"English"_s;
    return code;
}

QString CaseText::family(const core::Taxonomy* taxonomy, const QString& key,
                         const QString& language)
{
    if (taxonomy) {
        if (auto found = taxonomy->family(key)) {
            const QString name = found->name.text(language);
            if (!name.isEmpty())
                return name;
        }
    }
    return key;
}

QString CaseText::subtype(const core::Taxonomy* taxonomy, const QString& key,
                          const QString& language)
{
    if (taxonomy) {
        if (auto found = taxonomy->subtype(key)) {
            const QString name = found->name.text(language);
            if (!name.isEmpty())
                return name;
        }
    }
    return key;
}

QColor CaseText::warningColour()
{
    // A dark red reads on light backgrounds only; dark themes get a light one.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QString CaseText::uiLanguage()
{
    // The guidance data has Simplified Chinese and English; every other language reads English.
    const QLocale locale;
    if (locale.language() == QLocale::Chinese)
        return u"zh_CN"_s;
    return u"en"_s;
}

} // namespace wc::gui
