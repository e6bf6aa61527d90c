// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Amount text ↔ minor units: what people type is read exactly or refused with a reason, never
// guessed, and formatting round-trips by the currency's exponent.
#include "model/Money.h"

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 parsed(const QString& text, const QString& currency = u"CNY"_s)
{
    auto r = Money::parse(text, currency);
    EXPECT_TRUE(r.ok()) << text.toStdString() << ": " << r.error().message.toStdString();
    return r.ok() ? *r : -1;
}

// The message the user sees for a refused amount; empty (and a test failure) when accepted.
QString refusal(const QString& text, const QString& currency = u"CNY"_s)
{
    auto r = Money::parse(text, currency);
    EXPECT_FALSE(r.ok()) << text.toStdString() << " was accepted as " << (r.ok() ? *r : 0);
    if (r.ok())
        return {};
    EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(r.error().message.isEmpty()) << text.toStdString();
    return r.error().message;
}

} // namespace

TEST(Money, ExponentsFollowIso4217)
{
    EXPECT_EQ(Money::exponent(u"CNY"_s), 2);
    EXPECT_EQ(Money::exponent(u"usd"_s), 2);
    EXPECT_EQ(Money::exponent(u" gbp "_s), 2);
    EXPECT_EQ(Money::exponent(u"TWD"_s), 2);
    EXPECT_EQ(Money::exponent(u"JPY"_s), 0);
    EXPECT_EQ(Money::exponent(u"KRW"_s), 0);
    EXPECT_EQ(Money::exponent(u"VND"_s), 0);
    EXPECT_EQ(Money::exponent(u"KWD"_s), 3);
    EXPECT_EQ(Money::exponent(u"BHD"_s), 3);
    EXPECT_EQ(Money::exponent(u"OMR"_s), 3);
    EXPECT_EQ(Money::exponent(u"XYZ"_s), 2);
    EXPECT_EQ(Money::exponent(QString()), 2);
    const QStringList common = Money::commonCurrencies();
    EXPECT_EQ(common.first(), u"CNY"_s);
    for (const QString& code : {u"USD"_s, u"EUR"_s, u"GBP"_s, u"HKD"_s, u"JPY"_s})
        EXPECT_TRUE(common.contains(code)) << code.toStdString();
}

TEST(Money, ParsesPlainAmounts)
{
    EXPECT_EQ(parsed(u"12"_s), 1200);
    EXPECT_EQ(parsed(u"12.5"_s), 1250);
    EXPECT_EQ(parsed(u"12.50"_s), 1250);
    EXPECT_EQ(parsed(u"0.01"_s), 1);
    EXPECT_EQ(parsed(u".5"_s), 50);
    EXPECT_EQ(parsed(u"12."_s), 1200);
    EXPECT_EQ(parsed(u"0"_s), 0);
    EXPECT_EQ(parsed(u"007.10"_s), 710);
    EXPECT_EQ(parsed(u"  88.8  "_s), 8880);
    EXPECT_EQ(parsed(u"12,50"_s), 1250); // a decimal comma
    EXPECT_EQ(parsed(u"0,5"_s), 50);
}

TEST(Money, ReadsThousandsGrouping)
{
    EXPECT_EQ(parsed(u"1,234"_s), 123400);
    EXPECT_EQ(parsed(u"1,234.56"_s), 123456);
    EXPECT_EQ(parsed(u"1,234,567.89"_s), 123456789);
    EXPECT_EQ(parsed(u"1.234,56"_s), 123456);
    EXPECT_EQ(parsed(u"1.234.567,89"_s), 123456789);
    EXPECT_EQ(parsed(u"1.234.567"_s), 123456700);
    EXPECT_EQ(parsed(u"1 234,56"_s), 123456);
    EXPECT_EQ(parsed(u"1 234 567.89"_s), 123456789);
    EXPECT_EQ(parsed(u"1\u00A0234,56"_s), 123456);  // no-break space, as French locales write
    EXPECT_EQ(parsed(u"1\u202F234.50"_s), 123450);  // narrow no-break space
    EXPECT_EQ(parsed(u"1'234.50"_s, u"CHF"_s), 123450);
}

TEST(Money, ReadsFullWidthAndChineseInput)
{
    EXPECT_EQ(parsed(u"１２．５０"_s), 1250);
    EXPECT_EQ(parsed(u"１，２３４．５６"_s), 123456);
    EXPECT_EQ(parsed(u"１２３"_s), 12300);
    EXPECT_EQ(parsed(u"12。5"_s), 1250); // the full stop a Chinese input method types
    EXPECT_EQ(parsed(u"￥88"_s), 8800);
    EXPECT_EQ(parsed(u"　88　"_s), 8800); // ideographic spaces
}

TEST(Money, AcceptsASymbolOrCodeThatMatchesTheCurrency)
{
    EXPECT_EQ(parsed(u"¥88"_s), 8800);
    EXPECT_EQ(parsed(u"88元"_s), 8800);
    EXPECT_EQ(parsed(u"88 块"_s), 8800);
    EXPECT_EQ(parsed(u"RMB 88"_s), 8800);
    EXPECT_EQ(parsed(u"CNY88.5"_s), 8850);
    EXPECT_EQ(parsed(u"88 cny"_s), 8800);
    EXPECT_EQ(parsed(u"USD 5.20"_s, u"USD"_s), 520);
    EXPECT_EQ(parsed(u"$5.20"_s, u"USD"_s), 520);
    EXPECT_EQ(parsed(u"US$5"_s, u"USD"_s), 500);
    EXPECT_EQ(parsed(u"HK$5"_s, u"HKD"_s), 500);
    EXPECT_EQ(parsed(u"€1.234,50"_s, u"EUR"_s), 123450);
    EXPECT_EQ(parsed(u"£12"_s, u"GBP"_s), 1200);
    EXPECT_EQ(parsed(u"¥1,500"_s, u"JPY"_s), 1500);
}

TEST(Money, RefusesASymbolThatContradictsTheCurrency)
{
    for (const QString& text : {u"€5"_s, u"£5"_s, u"USD 5"_s, u"5 EUR"_s, u"US$5"_s}) {
        const QString message = refusal(text, u"CNY"_s);
        EXPECT_TRUE(message.contains(u"CNY"_s)) << message.toStdString();
        EXPECT_TRUE(message.contains(text)) << message.toStdString();
    }
    refusal(u"¥5"_s, u"USD"_s);
    refusal(u"5元"_s, u"EUR"_s);
}

TEST(Money, ZeroDecimalCurrencies)
{
    EXPECT_EQ(parsed(u"500"_s, u"JPY"_s), 500);
    EXPECT_EQ(parsed(u"1,500"_s, u"JPY"_s), 1500);
    EXPECT_EQ(parsed(u"1,500,000"_s, u"KRW"_s), 1500000);
    // "1.500" is either 1500 written the European way or a decimal yen: refused, not guessed.
    const QString message = refusal(u"1.500"_s, u"JPY"_s);
    EXPECT_TRUE(message.contains(u"JPY"_s));
    EXPECT_TRUE(message.contains(u"1234"_s)) << "the example fits a currency without decimals";
    refusal(u"12.5"_s, u"JPY"_s);
    refusal(u"12,5"_s, u"KRW"_s);
}

TEST(Money, ThreeDecimalCurrencies)
{
    EXPECT_EQ(parsed(u"1.250"_s, u"KWD"_s), 1250);
    EXPECT_EQ(parsed(u"1.25"_s, u"KWD"_s), 1250);
    EXPECT_EQ(parsed(u"2"_s, u"BHD"_s), 2000);
    EXPECT_EQ(parsed(u"1,234.567"_s, u"OMR"_s), 1234567);
    EXPECT_EQ(parsed(u"1234,567"_s, u"KWD"_s), 1234567);
    // Thousands or three decimals? Both are common; the user must say.
    EXPECT_TRUE(refusal(u"1,234"_s, u"KWD"_s).contains(u"1,234"_s));
    EXPECT_TRUE(refusal(u"1.2345"_s, u"KWD"_s).contains(u"3"_s));
}

TEST(Money, RefusesUnclearTextWithAReason)
{
    // Ambiguous separators quote what was typed and show an example.
    for (const QString& text : {u"12,5.3"_s, u"1.2.3"_s, u"1,2,3"_s, u"12 34"_s, u"1,23,456"_s,
                                u"1.234,567,8"_s, u"1,234.5.6"_s, u"."_s, u"1 234.567,8"_s}) {
        const QString message = refusal(text);
        EXPECT_TRUE(message.contains(text.trimmed())) << message.toStdString();
        EXPECT_TRUE(message.contains(u"1234.56"_s)) << message.toStdString();
    }
    // "0,500" is no thousands grouping; as a decimal it has too many places for CNY.
    EXPECT_TRUE(refusal(u"0,500"_s).contains(u"2"_s));
    EXPECT_TRUE(refusal(u"12.345"_s).contains(u"CNY"_s));
    EXPECT_TRUE(refusal(u"1.500"_s).contains(u"CNY"_s));
    EXPECT_TRUE(refusal(u"abc"_s).contains(u"abc"_s));
    EXPECT_TRUE(refusal(u"12元5角"_s).contains(u"12元5角"_s));
    EXPECT_TRUE(refusal(u"1e5"_s).contains(u"1e5"_s));
    EXPECT_TRUE(refusal(u""_s).contains(u"1234.56"_s));
    EXPECT_TRUE(refusal(u"   "_s).contains(u"1234.56"_s));
    EXPECT_TRUE(refusal(u"¥"_s).contains(u"¥"_s));
    const QString negative = refusal(u"-5"_s);
    EXPECT_TRUE(negative.contains(u"minus"_s)) << negative.toStdString();
    refusal(u"¥-5"_s);
    refusal(u"－５"_s);   // full-width minus
    refusal(u"\u22125"_s); // minus sign
    EXPECT_TRUE(refusal(u"99999999999999999999"_s).contains(u"large"_s));
    EXPECT_EQ(parsed(u"9999999999999999.99"_s), 999999999999999999LL);
    EXPECT_TRUE(refusal(u"99999999999999999.99"_s).contains(u"large"_s));
    EXPECT_EQ(parsed(u"999999999999999999"_s, u"JPY"_s), 999999999999999999LL);
    EXPECT_TRUE(refusal(u"9999999999999999999"_s, u"JPY"_s).contains(u"large"_s));
    EXPECT_TRUE(refusal(u"9999999999999999.999"_s, u"KWD"_s).contains(u"large"_s));
}

TEST(Money, FormatsAndRoundTrips)
{
    EXPECT_EQ(Money::format(1234, u"CNY"_s), u"12.34"_s);
    EXPECT_EQ(Money::format(5, u"USD"_s), u"0.05"_s);
    EXPECT_EQ(Money::format(0, u"USD"_s), u"0.00"_s);
    EXPECT_EQ(Money::format(500, u"JPY"_s), u"500"_s);
    EXPECT_EQ(Money::format(1250, u"KWD"_s), u"1.250"_s);
    EXPECT_EQ(Money::format(7, u"BHD"_s), u"0.007"_s);
    EXPECT_EQ(Money::format(-150, u"EUR"_s), u"-1.50"_s);
    EXPECT_EQ(Money::format(std::numeric_limits<qint64>::min(), u"JPY"_s),
              u"-9223372036854775808"_s);
    for (const qint64 v : {0LL, 1LL, 99LL, 100LL, 123456LL, 999999999LL, 99999999999999999LL,
                           999999999999999999LL}) {
        for (const QString& c : {u"CNY"_s, u"JPY"_s, u"KWD"_s, u"TWD"_s})
            EXPECT_EQ(parsed(Money::format(v, c), c), v) << c.toStdString() << " " << v;
    }
}
