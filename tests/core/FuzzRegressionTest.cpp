// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Inputs the fuzz targets (fuzz/, docs/fuzzing.md) found a sanitizer report with, read through
// the same code. Some of these are undefined behaviour that an ordinary build does not show:
// they fail under the `sanitize` preset (UBSan stops at the first report) and in the fuzz build,
// and each also checks the values around the bug.
#include "statements/StatementParser.h"
#include "statements/StatementValues.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray corpusFile(const char* target, const char* name)
{
    QFile file(QStringLiteral(WC_FUZZ_CORPUS_DIR "/") + QLatin1String(target) + u'/'
               + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    return file.readAll();
}

} // namespace

// fuzz_statement: an Alipay export whose amount column held a 22-digit reference number. The
// fast amount reader multiplied every digit into a qint64 before refusing more than 15 of them
// (signed overflow); the fraction the same for a long run of decimals.
TEST(FuzzRegression, StatementAmountWithTooManyDigitsIsRefusedWithoutOverflow)
{
    using statement::parseCellAmount;
    EXPECT_FALSE(parseCellAmount(u"2026112022001466660001", u"CNY"_s));
    EXPECT_FALSE(parseCellAmount(u"-99999999999999999999999", u"CNY"_s));
    EXPECT_FALSE(parseCellAmount(u"1.00000000000000000000001", u"CNY"_s));
    EXPECT_FALSE(parseCellAmount(u"1.99999999999999999999999", u"JPY"_s));
    // The largest the fast reader takes, exactly.
    const auto largest = parseCellAmount(u"999999999999999.99", u"CNY"_s);
    ASSERT_TRUE(largest);
    EXPECT_EQ(largest->minor, 99'999'999'999'999'999LL);
    const auto cents = parseCellAmount(u"-12.05", u"USD"_s);
    ASSERT_TRUE(cents);
    EXPECT_EQ(cents->minor, 1205);
    EXPECT_TRUE(cents->negative);

    const QByteArray input = corpusFile("fuzz_statement", "crash-amount-overflow.csv");
    ASSERT_FALSE(input.isEmpty());
    const auto parsed = StatementParser::parse(input);
    ASSERT_TRUE(parsed) << qPrintable(parsed.error().detail);
    EXPECT_FALSE(parsed->rows.isEmpty()); // the good rows still import
}
