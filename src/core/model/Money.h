// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace wc::core {

// Amounts as the user types and reads them, converted to and from integer minor units by the
// currency's ISO 4217 exponent (CNY 2 decimals, JPY 0, KWD 3). The case file never holds
// floating-point money.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::Money)

public:
    // Decimal places of the currency's minor unit; 2 for codes we do not know.
    static int exponent(const QString& currency);
    // The currencies offered in pickers, most common for WalletCase users first.
    static QStringList commonCurrencies();

    // Parses "12.50", "1,234.56", "1.234,56", "1 234,56", "¥88", "88元", "USD 5", "１２．５"
    // (full-width), "12。5" (a Chinese input method's full stop), "12" into minor units.
    // Rejects, with a message that says what to type instead: ambiguous or malformed text
    // ("12,5.3", "1.2.3", "12 34", "abc"; "1,234" in a three-decimal currency), negative
    // amounts, more decimals than the currency has, and a symbol or code that contradicts
    // `currency` ("€5" as CNY).
    static Result<qint64> parse(const QString& text, const QString& currency);
    // Minor units as plain text with the currency's decimals and no grouping: 1234 CNY → "12.34",
    // 500 JPY → "500". parse(format(x)) == x.
    static QString format(qint64 minor, const QString& currency);
};

} // namespace wc::core
