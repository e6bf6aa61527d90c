// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// Reading single cells of a statement: times, amounts, currencies, time zone names, statuses.
// Fast paths by hand because a statement has 100,000 rows and QDateTime::fromString with a format
// costs tens of microseconds a call.

#include "statements/Statement.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace wc::core::statement {

// A date and time as written in a cell; `offsetSeconds` is set when the text names its own UTC
// offset ("2026-11-22T09:03:05+08:00", "…Z").
struct CellTime
{
    QDate date;
    QTime time;
    std::optional<int> offsetSeconds;
};

// Reads "2026-11-22 09:03:05", "2026/11/22 9:03", "2026年11月22日 09:03", "22.11.2026",
// "11/22/2026 10:03:05 PM", ISO 8601 with an offset, or a date alone (midnight). `formats` (Qt
// date-time formats) are tried first. Numeric a/b/yyyy dates follow `order`; Auto reads them
// day first unless the day cannot be a month.
std::optional<CellTime> parseCellTime(QStringView text, DateOrder order,
                                      const QStringList& formats = {});

// What one a/b/yyyy date says about the file's date order.
enum class DateHint
{
    None,       // not such a date, or one that reads the same both ways
    DayFirst,   // 22/11/2026
    MonthFirst, // 11/22/2026
    Either,     // 03/04/2026
};
DateHint dateHint(QStringView text);

// UTC milliseconds of a local time in `zone`; for a time the zone skips (a DST gap) the time
// one hour later, as the wallet's clock would have shown it.
qint64 toUtcMs(const CellTime& t, const QTimeZone& zone);

struct CellAmount
{
    qint64 minor = 0; // never negative
    bool negative = false;
};
// "128.00", "¥128.00", "-1,234.56", "1.234,56", "(12.00)", "−5", "12.00-"; nullopt when it is no
// amount of `currency` (too many decimals for it, letters, two decimal marks …).
std::optional<CellAmount> parseCellAmount(QStringView text, const QString& currency);

// The ISO 4217 code of a currency cell ("CNY", "人民币", "¥", "US$", "港币" …); empty when unknown.
QString currencyCode(QStringView text);

// A zone from a statement's time zone cell: PayPal's abbreviations (PST, PDT, CET, CEST, HKT …,
// fixed offsets, so "PST" in July stays -8), "UTC+8", "GMT+08:00", "+0800", or an IANA id.
// Invalid QTimeZone when unknown.
QTimeZone zoneFromName(QStringView name);

// True when a status says no money left the account, or it all came back: closed, failed,
// cancelled, denied, reversed, refunded in full (交易关闭, 支付失败, 已全额退款, Denied …).
bool statusMeansNoMoneyMoved(const QString& status);

// A cell as a value: padding, tabs and ideographic spaces trimmed; "/" (WeChat's and Alipay's
// "nothing") becomes empty.
QString cleanCell(QStringView cell);
QString cleanCell(const QString& cell);

// A header name for matching: NFKC (full-width brackets become ASCII), lower case, no spaces.
QString headerKey(QStringView name);

} // namespace wc::core::statement
