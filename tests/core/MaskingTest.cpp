// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Account identifiers on screen and in letters: recognisable to their owner, useless to others.
#include "model/Masking.h"

#include <QList>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

qsizetype visibleSignificant(const QString& masked)
{
    qsizetype n = 0;
    for (const uint c : masked.toUcs4())
        n += QChar::isLetterOrNumber(char32_t(c)) ? 1 : 0;
    return n;
}

qsizetype significantCount(const QString& value)
{
    return visibleSignificant(value);
}

} // namespace

TEST(Masking, PhoneNumbers)
{
    EXPECT_EQ(maskAccount(u"13812345678"_s), u"138****5678"_s);
    EXPECT_EQ(maskAccount(u"138 1234 5678"_s), u"138 **** 5678"_s);
    EXPECT_EQ(maskAccount(u"138-1234-5678"_s), u"138-****-5678"_s);
    EXPECT_EQ(maskAccount(u"+44 7700 900123"_s), u"+44 7*** **0123"_s);
    EXPECT_EQ(maskAccount(u"(415) 555-0123"_s), u"(***) ***-0123"_s);
    EXPECT_EQ(maskAccount(u"１３８１２３４５６７８"_s), u"１３８****５６７８"_s); // full-width digits
}

TEST(Masking, EmailAddressesKeepTheDomain)
{
    EXPECT_EQ(maskAccount(u"alice@example.com"_s), u"a***@example.com"_s);
    EXPECT_EQ(maskAccount(u"ab@qq.com"_s), u"a***@qq.com"_s);
    EXPECT_EQ(maskAccount(u"a@qq.com"_s), u"***@qq.com"_s);
    EXPECT_EQ(maskAccount(u"小明@example.cn"_s), u"小***@example.cn"_s);
    // The number of stars does not give the mailbox's length away.
    EXPECT_EQ(maskAccount(u"averylongname@163.com"_s), u"a***@163.com"_s);
}

TEST(Masking, CardAndWalletNumbers)
{
    EXPECT_EQ(maskAccount(u"6222021234567890123"_s), u"6222***********0123"_s);
    EXPECT_EQ(maskAccount(u"6222 0212 3456 7890"_s), u"6222 **** **** 7890"_s);
    EXPECT_EQ(maskAccount(u"4111-1111-1111-1111"_s), u"4111-****-****-1111"_s);
    EXPECT_EQ(maskAccount(u"2088102122524333"_s), u"2088********4333"_s); // an Alipay user id
    EXPECT_EQ(maskAccount(u"wxid_abc123"_s), u"****_**c123"_s);
}

TEST(Masking, ShortValuesShowAtMostHalf)
{
    EXPECT_EQ(maskAccount(u"1"_s), u"*"_s);
    EXPECT_EQ(maskAccount(u"12"_s), u"*2"_s);
    EXPECT_EQ(maskAccount(u"ab12"_s), u"**12"_s);
    EXPECT_EQ(maskAccount(u"12345"_s), u"***45"_s);
    EXPECT_EQ(maskAccount(u"12345678"_s), u"****5678"_s);
    EXPECT_EQ(maskAccount(u"123456789"_s), u"*****6789"_s);
    EXPECT_EQ(maskAccount(u"---"_s), u"***"_s);
    EXPECT_EQ(maskAccount(u"  "_s), QString());
    EXPECT_EQ(maskAccount(QString()), QString());
    EXPECT_EQ(maskAccount(u"  13812345678 "_s), u"138****5678"_s);
}

TEST(Masking, ChineseText)
{
    EXPECT_EQ(maskAccount(u"张三的账户"_s), u"***账户"_s);
    EXPECT_EQ(maskAccount(u"张三"_s), u"*三"_s);
    EXPECT_EQ(maskAccount(u"招商银行 6222 0212 3456 7890"_s), u"招商银行 **** **** **** 7890"_s);
    // A character outside the Basic Multilingual Plane is one character, masked whole.
    const QString rare = u"𠮷野家𠮷"_s;
    EXPECT_EQ(maskAccount(rare), u"**家𠮷"_s);
    const QString five = maskAccount(u"𠮷𠮷𠮷𠮷𠮷"_s);
    EXPECT_EQ(five.toUcs4().size(), 5);
    EXPECT_TRUE(five.startsWith(u"***"_s));
}

TEST(Masking, NeverShowsTheWholeValue)
{
    for (const QString& value :
         {u"1"_s, u"12"_s, u"123"_s, u"12345"_s, u"1234567"_s, u"1234567890"_s,
          u"13812345678"_s, u"+44 7700 900123"_s, u"6222021234567890123"_s, u"张三的账户"_s,
          u"wxid_abc123"_s, u"user@example.com"_s, u"𠮷𠮷"_s}) {
        const QString masked = maskAccount(value);
        EXPECT_NE(masked, value) << qPrintable(value);
        EXPECT_TRUE(masked.contains(u'*')) << qPrintable(value);
        if (value.contains(u'@'))
            continue;
        // Up to ten characters at most half shows; longer values hide at least four.
        const qsizetype total = significantCount(value);
        const qsizetype shown = visibleSignificant(masked);
        if (total <= 10)
            EXPECT_LE(shown * 2, total) << qPrintable(value) << " → " << qPrintable(masked);
        else
            EXPECT_GE(total - shown, 4) << qPrintable(value) << " → " << qPrintable(masked);
    }
}
