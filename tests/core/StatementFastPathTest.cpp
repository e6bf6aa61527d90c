// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The statement parser's fast paths (issue 13 §4) read exactly what the plain ones did: UTF-8
// decoded in 1 MiB blocks (a character and a row across a block boundary, a bad byte after the
// first block, a file cut inside a character), agreeing with guess() on any bytes; fields found
// eight characters at a time; line and zero counts; payees, statuses and currencies remembered
// from row to row.
#include "statements/CsvReader.h"
#include "statements/StatementEncoding.h"
#include "statements/StatementParser.h"

#include <QRandomGenerator>
#include <QStringDecoder>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype MiB = 1 << 20;

// What decode() did before it decoded UTF-8 at once: guess, then decode with the guess.
DecodedText decodedByGuess(const QByteArray& data)
{
    DecodedText out;
    out.encoding = StatementEncoding::guess(data);
    QStringDecoder decoder(out.encoding.toLatin1().constData());
    out.text = decoder.decode(data);
    out.hadErrors = decoder.hasError();
    return out;
}

void expectSameAsGuess(const QByteArray& data, const char* what)
{
    const DecodedText fast = StatementEncoding::decode(data);
    const DecodedText plain = decodedByGuess(data);
    EXPECT_EQ(fast.encoding, plain.encoding) << what;
    EXPECT_EQ(fast.hadErrors, plain.hadErrors) << what;
    EXPECT_TRUE(fast.text == plain.text) << what;
}

// An Alipay app export in UTF-8 whose rows start `offset` bytes in, padded by the preamble.
QByteArray alipayUtf8(int rows, qsizetype preambleBytes)
{
    QByteArray out = "支付宝交易记录明细查询\n";
    while (out.size() < preambleBytes)
        out += QByteArray(99, '#') + '\n'; // the header is looked for in the first 200 lines
    out += "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,"
           "商家订单号,备注,\n";
    for (int i = 0; i < rows; ++i) {
        out += QStringLiteral("2026-11-%1 12:%2:00,餐饮美食,示例商户%3,/,午餐,支出,%4.50,余额,"
                              "交易成功,2026%5\t,,,\n")
                   .arg(1 + i % 28, 2, 10, QChar(u'0'))
                   .arg(i % 60, 2, 10, QChar(u'0'))
                   .arg(i)
                   .arg(i + 1)
                   .arg(i, 10, 10, QChar(u'0'))
                   .toUtf8();
    }
    return out;
}

} // namespace

TEST(StatementFastPath, Utf8CharacterAcrossTheFirstBlockBoundaryDecodesWhole)
{
    // 支 is three bytes; put it at each offset across the 1 MiB boundary.
    for (qsizetype before = MiB - 3; before <= MiB; ++before) {
        QByteArray data(before, 'a');
        data += "支付宝\n";
        data += QByteArray(100, 'b');
        const DecodedText d = StatementEncoding::decode(data);
        EXPECT_EQ(d.encoding, u"UTF-8"_s);
        EXPECT_FALSE(d.hadErrors);
        EXPECT_EQ(d.text.size(), before + 4 + 100);
        EXPECT_EQ(QStringView(d.text).mid(before, 3), u"支付宝");
    }
}

TEST(StatementFastPath, ARowAcrossABlockBoundaryIsReadLikeAnyOther)
{
    // About 110 bytes a row; rows straddle the 1 MiB and 2 MiB boundaries.
    const QByteArray data = alipayUtf8(20000, 1000);
    ASSERT_GT(data.size(), 2 * MiB);
    const auto parsed = StatementParser::parse(data, {});
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->encoding, u"UTF-8"_s);
    EXPECT_TRUE(parsed->problems.isEmpty());
    ASSERT_EQ(parsed->rows.size(), 20000);
    // The row that holds byte 1 MiB.
    const qsizetype lineAtBoundary = data.left(MiB).count('\n') + 1;
    const StatementRow* straddling = nullptr;
    for (const StatementRow& row : parsed->rows) {
        if (row.line == lineAtBoundary)
            straddling = &row;
    }
    ASSERT_NE(straddling, nullptr);
    const int i = int(straddling - parsed->rows.constData());
    EXPECT_EQ(straddling->record.counterparty, u"示例商户%1"_s.arg(i));
    EXPECT_EQ(straddling->record.amountMinor, qint64(i + 1) * 100 + 50);
    EXPECT_EQ(straddling->record.reference, u"2026%1"_s.arg(i, 10, 10, QChar(u'0')));
    EXPECT_EQ(parsed->lineCount, data.count('\n'));
}

TEST(StatementFastPath, ABadByteAfterTheFirstBlockIsReportedOnItsLine)
{
    QByteArray data = alipayUtf8(20000, 1000);
    const qsizetype at = data.indexOf("示例商户15000");
    ASSERT_GT(at, MiB);
    data[at + 1] = char(0xFF); // inside 示
    expectSameAsGuess(data, "bad byte after 1 MiB");
    const auto parsed = StatementParser::parse(data, {});
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->encoding, u"UTF-8"_s);
    const qsizetype line = data.left(at).count('\n') + 1;
    bool reported = false;
    for (const StatementProblem& p : parsed->problems)
        reported = reported || (p.line == line && !p.rowSkipped);
    EXPECT_TRUE(reported);
    EXPECT_EQ(parsed->rows.size(), 20000);
}

TEST(StatementFastPath, AFileCutInsideACharacterIsDecodedAsBefore)
{
    for (int cut = 1; cut <= 2; ++cut) {
        QByteArray data = "交易时间,金额\n2026-11-22 09:03:05,12.00\n支付宝";
        data.chop(cut);
        expectSameAsGuess(data, "cut inside the last character");
    }
}

TEST(StatementFastPath, DecodingAgreesWithGuessOnAnyBytes)
{
    // Mixtures of ASCII, UTF-8 Chinese, GBK Chinese, cut sequences and stray bytes, including
    // the overlong forms, surrogates and code points past U+10FFFF that UTF-8 forbids.
    const QList<QByteArray> pieces = {
        "2026-11-22,12.00,\n",  "支付宝",          "\xd6\xa7\xb8\xb6\xb1\xa6", "\xe6\x94",
        "\xc0\xaf",             "\xe0\x80\xaf",    "\xed\xa0\x80",             "\xf4\x90\x80\x80",
        "\xf0\x9f\x98\x80",     "\xff",            "\x80",                     "€",
        QByteArray("\0", 1),    "abcdefghijklmnop"};
    QRandomGenerator random(13);
    for (int n = 0; n < 3000; ++n) {
        QByteArray data;
        const int count = 1 + int(random.bounded(40));
        for (int k = 0; k < count; ++k)
            data += pieces.at(random.bounded(int(pieces.size())));
        // Mostly valid UTF-8 with a rare bad piece, or the other way round.
        expectSameAsGuess(data, data.toHex().constData());
    }
}

TEST(StatementFastPath, FieldsAreFoundAtEveryLengthAndDelimiter)
{
    for (const QChar delimiter : {u',', u'\t', u';'}) {
        for (const QString& lineBreak : {u"\n"_s, u"\r\n"_s, u"\r"_s}) {
            QString text;
            QList<QStringList> expected;
            for (int length = 0; length <= 40; ++length) {
                QStringList row;
                for (int f = 0; f < 3; ++f)
                    row << QString(length + f, QChar(u'a' + f));
                expected << row;
                text += row.join(delimiter) + lineBreak;
            }
            for (const bool share : {false, true}) {
                CsvReader reader(text, delimiter);
                reader.setFieldsShareText(share);
                QList<QStringList> read;
                while (!reader.atEnd())
                    read << reader.next().fields;
                EXPECT_EQ(read, expected) << int(delimiter.unicode()) << share;
            }
        }
    }
}

TEST(StatementFastPath, LinesAndZeroBytesAreCountedAtEveryPosition)
{
    // Line counts and zero bytes at offsets that are and are not multiples of eight characters.
    for (int pad = 0; pad < 17; ++pad) {
        QByteArray data = "日期,金额\n";
        data += QByteArray(pad, ' ');
        data += "2026-11-22,1.00\n2026-11-23,2.00";
        data.insert(data.indexOf("2026-11-23") + 3, '\0');
        const auto parsed = StatementParser::parse(data, {});
        ASSERT_TRUE(parsed) << pad;
        EXPECT_EQ(parsed->lineCount, 3) << pad;
        ASSERT_EQ(parsed->rows.size(), 2) << pad;
        EXPECT_EQ(parsed->rows.at(1).record.amountMinor, 200) << pad;
        ASSERT_EQ(parsed->problems.size(), 1) << pad;
        EXPECT_EQ(parsed->problems.first().line, 3) << pad;
    }
}

TEST(StatementFastPath, RepeatedAndManyDistinctCellsKeepTheirOwnValues)
{
    // More distinct payees than the shared-string table has slots, statuses that change from
    // row to row, and currencies with different decimals alternating.
    QByteArray data = "Date,Name,Gross,Currency,Status,Transaction ID\n";
    const QStringList statuses = {u"Completed"_s, u"Denied"_s, u"Completed"_s, u"交易关闭"_s};
    for (int i = 0; i < 5000; ++i) {
        const bool yen = i % 2 == 1;
        data += QStringLiteral("11/%1/2026,Payee %2,%3,%4,%5,T%6\n")
                    .arg(1 + i % 28)
                    .arg(i)
                    .arg(yen ? u"-%1"_s.arg(1000 + i) : u"-%1.25"_s.arg(i))
                    .arg(yen ? u"JPY"_s : u"USD"_s)
                    .arg(statuses.at(i % statuses.size()))
                    .arg(i)
                    .toUtf8();
    }
    data += "11/30/2026,Payee X,-10.5,JPY,Completed,TX\n"; // no yen has decimals
    const auto parsed = StatementParser::parse(data, {});
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    ASSERT_EQ(parsed->rows.size(), 5000);
    for (int i = 0; i < 5000; ++i) {
        const StatementRow& row = parsed->rows.at(i);
        const bool yen = i % 2 == 1;
        ASSERT_EQ(row.record.counterparty, u"Payee %1"_s.arg(i));
        ASSERT_EQ(row.record.currency, yen ? u"JPY"_s : u"USD"_s);
        ASSERT_EQ(row.record.amountMinor, yen ? qint64(1000 + i) : qint64(i) * 100 + 25) << i;
        ASSERT_EQ(row.record.status, statuses.at(i % statuses.size()));
        ASSERT_EQ(row.moneyMoved, i % 4 == 0 || i % 4 == 2) << i;
    }
    ASSERT_FALSE(parsed->problems.isEmpty());
    EXPECT_EQ(parsed->problems.last().line, 5002);
    EXPECT_TRUE(parsed->problems.last().message.contains(u"JPY"_s));
}
