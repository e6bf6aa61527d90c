// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace wc::core {
class Taxonomy;
}

namespace wc::gui {

// How stored case values read on screen: status and remedy keys in the UI language, money with
// its currency's minor unit, times in the user's locale. Shared by the case list and the case
// pane so both say the same thing.
class CaseText
{
    Q_DECLARE_TR_FUNCTIONS(wc::gui::CaseText)

public:
    // Digits after the decimal point for an ISO 4217 code (core::Money::exponent).
    static int currencyExponent(const QString& currency);
    // An amount as the interface's language writes money: core::Money's digits, `locale`'s
    // grouping, decimal mark and currency pattern, and a symbol where it cannot be misread —
    // "¥128.00" in the Chinese interface, "$1,240.00" in the US one, "US$1,240.00" and
    // "CN¥128.00" where the dollar or yuan is not the local one, "£74.50", "€9.99". A currency
    // without such a symbol keeps its code ("1,234 KRW"). Letters follow the case's region
    // instead (LetterConventions); the window follows the interface.
    static QString money(qint64 amountMinor, const QString& currency,
                         const QLocale& locale = QLocale());
    // A file size, one convention in every view and the CLI: SI, as the desktop's file manager
    // counts, with one decimal: "1.5 kB", "3.2 MB", "118 bytes" (never "KiB").
    static QString dataSize(qint64 bytes, const QLocale& locale = QLocale());
    // The symbol money() writes for `currency` in `locale`; empty when it writes the code.
    static QString currencySymbol(const QString& currency, const QLocale& locale = QLocale());
    // One format for dates and one for date-times everywhere on screen: the UI locale's short
    // format with a four-digit year ("12/7/2026 3:03 AM", "2026/12/7 03:03", "07/12/2026 03:03"),
    // so "26" is never read as a day or a century, and editors show what lists show.
    static QString dateFormat();
    static QString timeFormat();
    static QString dateTimeFormat();
    // A date of a case (a promise, a deadline's day) in `zone`; the computer's zone when invalid.
    static QString date(qint64 epochMs, const QTimeZone& zone);
    static QString date(const QDate& date);
    // A day in words the way `locale` writes it, without the weekday: "Nov 28, 2026" (US),
    // "28 Nov 2026" (UK), "2026年11月28日" — for a title or a sentence rather than a column.
    static QString dayInWords(const QDate& date, const QLocale& locale = QLocale());

    // In the computer's zone: for times that belong to no case (the app's own clock, backups).
    static QString dateTime(qint64 epochMs);
    static QString optionalDateTime(std::optional<qint64> epochMs);
    // In `zone`, the case's zone (core::CaseTimeZone::zoneFor): every time of a case is shown in
    // it, so the same instant reads the same in every view, the dossier and the letters.
    static QString dateTime(qint64 epochMs, const QTimeZone& zone);
    static QString optionalDateTime(std::optional<qint64> epochMs, const QTimeZone& zone);
    // dateTime(epochMs, zone) followed by the zone's offset ("12/8/2026 9:00 AM (UTC+8)") when
    // the computer's zone would show another clock time; without it when both agree. For times
    // shown outside the case's own pane (reminders, pop-ups) or next to the computer's clock.
    static QString zonedDateTime(qint64 epochMs, const QTimeZone& zone);

    // "China Standard Time (UTC+8)": the zone's name at `atMs` in the UI language, and its
    // offset.
    static QString zoneName(const QTimeZone& zone, qint64 atMs);
    // "UTC+8" when the case's zone and the computer's give different clock times at `atMs`, so
    // a time shown without it could be misread; empty when both agree.
    static QString zoneSuffix(const QTimeZone& zone, qint64 atMs);

    // Date-time editors hold a case's wall-clock time in a Qt::UTC QDateTime (so no time is
    // skipped or doubled by the computer's own daylight saving) and read it back in the zone:
    // a user who types 14:32 in a case in Asia/Shanghai means 14:32 there.
    static QDateTime wallClock(qint64 epochMs, const QTimeZone& zone);
    static qint64 fromWallClock(const QDateTime& wall, const QTimeZone& zone);

    // Unknown keys are shown as they are.
    static QString status(const QString& key);
    static QString remedy(const QString& key);
    static QString contactChannel(const QString& key);
    // Letter kinds (initial, follow_up, escalation, regulator, public_post) and statuses (draft,
    // ready, sent).
    static QString letterKind(const QString& key);
    static QString letterStatus(const QString& key);
    // A letter's language ("zh_CN", "en") by its own name, as the language pickers show it.
    static QString languageName(const QString& code);

    // Family and subtype names from the taxonomy in `language`; the key when unknown or when
    // there is no taxonomy.
    static QString family(const core::Taxonomy* taxonomy, const QString& key,
                          const QString& language);
    static QString subtype(const core::Taxonomy* taxonomy, const QString& key,
                           const QString& language);

    // The colour of urgent things (an open security case, a missed follow-up), readable on the
    // current palette.
    static QColor warningColour();

    // The language the interface is shown in, as the guidance data names it ("zh_CN", "en").
    static QString uiLanguage();
};

} // namespace wc::gui
