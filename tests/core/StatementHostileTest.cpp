// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Statements damaged or odd in ways real files are (issue 14): one bad byte in a UTF-8 export,
// a stray zero byte, a file read in the wrong encoding, UTF-16 without a byte order mark,
// "-0.00" amounts and signed years.
#include "statements/StatementEncoding.h"
#include "statements/StatementParser.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(WC_TEST_DATA_DIR) + u"/statements/"_s + QString::fromLatin1(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

// The byte offset of the start of 1-based line `line`.
qsizetype lineStart(const QByteArray& data, int line)
{
    qsizetype at = 0;
    for (int l = 1; l < line; ++l)
        at = data.indexOf('\n', at) + 1;
    return at;
}

bool hasProblemOnLine(const ParsedStatement& s, qsizetype line)
{
    const bool found = std::any_of(s.problems.cbegin(), s.problems.cend(),
                                   [line](const StatementProblem& p) { return p.line == line; });
    if (!found) {
        for (const StatementProblem& p : s.problems)
            ADD_FAILURE() << "problem on line " << p.line << ": " << p.message.toStdString();
    }
    return found;
}

TEST(StatementHostile, OneBadByteInAUtf8ExportCostsOnlyThatByte)
{
    const QByteArray clean = fixture("alipay-app-utf8.csv");
    auto good = StatementParser::parse(clean, {});
    ASSERT_TRUE(good) << good.error().message.toStdString();

    QByteArray damaged = clean;
    const qsizetype at = lineStart(damaged, 27) + 25; // inside the counterparty of line 27
    damaged.insert(at, '\xFF');
    auto parsed = StatementParser::parse(damaged, {});
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->encoding, u"UTF-8"_s);
    EXPECT_EQ(parsed->rows.size(), good->rows.size());
    EXPECT_TRUE(hasProblemOnLine(*parsed, 27));
}

TEST(StatementHostile, AShortUtf8ExportWithABadByteIsStillFound)
{
    // Too few Chinese characters for detection to outvote the bad byte: read as GB18030 first,
    // it has no header, and the UTF-8 reading is tried.
    const QByteArray clean = fixture("alipay-app-utf8.csv");
    // The header and two rows; the bad bytes inside the second row's category.
    QByteArray small = clean.mid(lineStart(clean, 25), lineStart(clean, 28) - lineStart(clean, 25));
    small.insert(lineStart(small, 3) + 25, "\xFF\xFE");
    EXPECT_EQ(StatementEncoding::guess(small), u"GB18030"_s);
    auto parsed = StatementParser::parse(small, {});
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->encoding, u"UTF-8"_s);
    EXPECT_EQ(parsed->rows.size(), 2);
    EXPECT_TRUE(std::any_of(parsed->problems.cbegin(), parsed->problems.cend(),
                            [](const StatementProblem& p) { return p.message.contains(u"UTF-8"_s); }));
}

TEST(StatementHostile, AZeroByteIsRemovedAndItsLineNamed)
{
    QByteArray data = fixture("alipay-app-gb18030.csv");
    auto good = StatementParser::parse(data, {});
    ASSERT_TRUE(good);
    data.insert(lineStart(data, 26) + 3, '\0');
    auto parsed = StatementParser::parse(data, {});
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->rows.size(), good->rows.size());
    EXPECT_TRUE(hasProblemOnLine(*parsed, 26));

    // Binary is still refused.
    QByteArray binary(4096, '\0');
    binary.prepend("Date,Amount\n");
    EXPECT_FALSE(StatementParser::parse(binary, {}));
}

TEST(StatementHostile, TheWrongEncodingIsNamedWhenNothingIsFound)
{
    StatementOptions options;
    options.encoding = u"UTF-8"_s;
    auto parsed = StatementParser::parse(fixture("alipay-app-gb18030.csv"), options);
    ASSERT_FALSE(parsed);
    EXPECT_TRUE(parsed.error().message.contains(u"read as UTF-8"_s))
        << parsed.error().message.toStdString();
}

TEST(StatementHostile, Utf16WithoutAByteOrderMarkIsRead)
{
    const QString csv = u"Date,Description,Amount\n2026-11-20 10:00,Café,-12.50\n"_s;
    QByteArray le;
    for (const QChar c : csv) {
        le += char(c.unicode() & 0xFF);
        le += char(c.unicode() >> 8);
    }
    StatementOptions options;
    options.format = StatementFormat::Generic;
    auto parsed = StatementParser::parse(le, options);
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->encoding, u"UTF-16LE"_s);
    ASSERT_EQ(parsed->rows.size(), 1);
    EXPECT_EQ(parsed->rows.first().record.counterparty, u"Café"_s);
}

TEST(StatementHostile, MinusZeroMovesNoMoneyAndASignedYearIsNoDate)
{
    const QByteArray csv = "Date,Description,Amount\n"
                           "2026-11-20 10:00,Shop A,-0.00\n"
                           "-2026-11-21 10:00,Shop B,-12.50\n"
                           "2026-11-22 10:00,Shop C,5.00\n";
    StatementOptions options;
    options.format = StatementFormat::Generic;
    auto parsed = StatementParser::parse(csv, options);
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    ASSERT_EQ(parsed->rows.size(), 2);
    EXPECT_EQ(parsed->rows.at(0).flow, MoneyFlow::Neutral);
    EXPECT_FALSE(parsed->rows.at(0).moneyMoved);
    EXPECT_EQ(parsed->rows.at(1).record.counterparty, u"Shop C"_s);
    EXPECT_TRUE(hasProblemOnLine(*parsed, 3)) << "the signed year's row is reported";
}

} // namespace
