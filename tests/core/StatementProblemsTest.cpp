// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Statement import when files are damaged or are no statements: a clear, line-numbered message
// per bad line while good rows still import; files that are empty, binary or something else;
// encoding overrides; the CSV reader and cell readers underneath; progress, cancelling and
// parsing off the main thread.
#include "statements/CsvReader.h"
#include "statements/StatementEncoding.h"
#include "statements/StatementJson.h"
#include "statements/StatementParser.h"
#include "statements/StatementValues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <thread>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(WC_TEST_DATA_DIR) + u"/statements/"_s + name;
}

QString problemAt(const ParsedStatement& s, qsizetype line)
{
    for (const StatementProblem& p : s.problems) {
        if (p.line == line)
            return p.text();
    }
    return {};
}

// An Alipay-like export of `rows` rows, as the benchmark writes it, in GB18030.
QByteArray bigAlipay(int rows)
{
    QString text = u"交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,"
                   "交易订单号,商家订单号,备注,\n"_s;
    for (int i = 0; i < rows; ++i) {
        text += u"2026-11-%1 10:%2:00,日用百货,示例商户%3,/,商品,支出,%4.00,余额,交易成功,"
                "20261122%5\t,,,\n"_s.arg(1 + i % 28)
                    .arg(i % 60, 2, 10, QChar(u'0'))
                    .arg(i % 97)
                    .arg(1 + i % 500)
                    .arg(i, 10, 10, QChar(u'0'));
    }
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

} // namespace

TEST(StatementProblems, MalformedLinesAreReportedAndGoodRowsStillImport)
{
    auto s = StatementParser::parseFile(fixture(u"malformed.csv"_s));
    ASSERT_TRUE(s) << s.error().message.toStdString();
    EXPECT_EQ(s->format, StatementFormat::Alipay);
    QList<qsizetype> lines;
    for (const StatementRow& row : s->rows)
        lines << row.line;
    // Line 9 follows a line whose quote never closes: it still imports.
    EXPECT_EQ(lines, (QList<qsizetype>{2, 9, 12}));
    QList<qsizetype> problemLines;
    for (const StatementProblem& p : s->problems) {
        problemLines << p.line;
        EXPECT_TRUE(p.rowSkipped);
    }
    EXPECT_EQ(problemLines, (QList<qsizetype>{3, 5, 6, 7, 8, 10, 13}));
    EXPECT_TRUE(problemAt(*s, 3).startsWith(u"Line 3: "));
    EXPECT_TRUE(problemAt(*s, 3).contains(u"“12.3.4” is not an amount"));
    EXPECT_TRUE(problemAt(*s, 5).contains(u"“2026-13-45 25:00:00” is not a date"));
    EXPECT_TRUE(problemAt(*s, 6).contains(u"13 fields but the header has 12"));
    EXPECT_TRUE(problemAt(*s, 7).contains(u"3 fields"));
    EXPECT_TRUE(problemAt(*s, 8).contains(u"quote"));
    EXPECT_TRUE(problemAt(*s, 10).contains(u"amount is missing"));
    EXPECT_TRUE(problemAt(*s, 13).contains(u"never closed"));
    EXPECT_EQ(s->rows.at(1).record.note, u"午餐 \"套餐\""_s);
}

TEST(StatementProblems, AHugeLineIsSkippedWithItsLength)
{
    auto s = StatementParser::parseFile(fixture(u"huge-line.csv"_s));
    ASSERT_TRUE(s) << s.error().message.toStdString();
    ASSERT_EQ(s->rows.size(), 2);
    EXPECT_EQ(s->rows.at(0).line, 2);
    EXPECT_EQ(s->rows.at(1).line, 4);
    EXPECT_EQ(s->rows.at(1).record.counterparty, u"Shop C"_s);
    ASSERT_EQ(s->problems.size(), 1);
    EXPECT_EQ(s->problems.at(0).line, 3);
    EXPECT_TRUE(s->problems.at(0).message.contains(u"characters long"));
}

TEST(StatementProblems, FilesThatAreNoStatements)
{
    for (const QString& name : {u"not-a-statement.txt"_s, u"contacts.csv"_s}) {
        auto s = StatementParser::parseFile(fixture(name));
        ASSERT_FALSE(s) << name.toStdString();
        EXPECT_EQ(s.error().code, ErrorCode::InvalidArgument);
        EXPECT_TRUE(s.error().message.contains(u"not a statement")) << name.toStdString();
    }
    auto empty = StatementParser::parseFile(fixture(u"empty.csv"_s));
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::EmptyFile);
    auto missing = StatementParser::parseFile(fixture(u"no-such-file.csv"_s));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", 29);
    auto binary = StatementParser::parse(png);
    ASSERT_FALSE(binary);
    EXPECT_TRUE(binary.error().message.contains(u"not a text file"));
    auto blank = StatementParser::parse("\n\n  \n");
    ASSERT_FALSE(blank);
    EXPECT_EQ(blank.error().code, ErrorCode::EmptyFile);
}

// What a column-mapping dialog does with a file it cannot place: names line 1 the header and
// asks for its columns. Nothing can be read without a date and an amount column, but the
// columns and first rows come back for the user to point at, and nothing reads out of bounds.
TEST(StatementProblems, ANamedHeaderWithoutDateOrAmountGivesItsColumns)
{
    StatementOptions o;
    o.format = StatementFormat::Generic;
    o.headerLine = 1;
    auto s = StatementParser::parseFile(fixture(u"contacts.csv"_s), o);
    ASSERT_TRUE(s) << s.error().message.toStdString();
    EXPECT_EQ(s->columns, (QStringList{u"name"_s, u"phone"_s, u"city"_s}));
    EXPECT_FALSE(s->mapping.isUsable());
    EXPECT_EQ(s->sampleRows.size(), 2);
    EXPECT_TRUE(s->rows.isEmpty());
    EXPECT_EQ(s->problems.size(), 2); // each row: no date, no amount
}

TEST(StatementProblems, AForcedFormatThatDoesNotFit)
{
    StatementOptions o;
    o.format = StatementFormat::WeChat;
    auto s = StatementParser::parseFile(fixture(u"alipay-app-utf8.csv"_s), o);
    ASSERT_FALSE(s);
    // The format's name as the user knows it, not the program's key for it.
    EXPECT_TRUE(s.error().message.contains(u"No WeChat Pay header row"_s))
        << s.error().message.toStdString();
    EXPECT_FALSE(s.error().message.contains(u"wechat"_s));
}

TEST(StatementProblems, EncodingOverride)
{
    StatementOptions gbk;
    gbk.encoding = u"gbk"_s;
    auto s = StatementParser::parseFile(fixture(u"alipay-app-gb18030.csv"_s), gbk);
    ASSERT_TRUE(s) << s.error().message.toStdString();
    EXPECT_EQ(s->encoding, u"GB18030"_s);
    EXPECT_FALSE(s->encodingDetected);
    EXPECT_EQ(s->rows.size(), 14);

    // GB18030 bytes read as UTF-8 are garbage: no header is found, and nothing crashes.
    StatementOptions utf8;
    utf8.encoding = u"UTF-8"_s;
    EXPECT_FALSE(StatementParser::parseFile(fixture(u"alipay-app-gb18030.csv"_s), utf8));
    // A UTF-8 file forced to UTF-8 with a BOM: the BOM is still no text.
    auto bom = StatementParser::parseFile(fixture(u"alipay-app-utf8-bom.csv"_s), utf8);
    ASSERT_TRUE(bom);
    EXPECT_TRUE(bom->bom);

    StatementOptions unknown;
    unknown.encoding = u"klingon-8"_s;
    auto bad = StatementParser::parseFile(fixture(u"alipay-app-utf8.csv"_s), unknown);
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(u"klingon-8"));
}

TEST(StatementProblems, EncodingDetection)
{
    EXPECT_TRUE(StatementEncoding::isValidUtf8("plain ascii"));
    EXPECT_TRUE(StatementEncoding::isValidUtf8(QString(u"支付宝"_s).toUtf8()));
    EXPECT_FALSE(StatementEncoding::isValidUtf8("\xd6\xa7\xb8\xb6\xb1\xa6")); // 支付宝 in GBK
    EXPECT_FALSE(StatementEncoding::isValidUtf8("\xe6\x94"));                 // cut short
    EXPECT_FALSE(StatementEncoding::isValidUtf8("\xc0\xaf"));                 // overlong
    const DecodedText gbk = StatementEncoding::decode("\xd6\xa7\xb8\xb6\xb1\xa6");
    EXPECT_EQ(gbk.encoding, u"GB18030"_s);
    EXPECT_EQ(gbk.text, u"支付宝"_s);
    const DecodedText utf16 = StatementEncoding::decode(QByteArray("\xff\xfe"
                                                                   "a\0,\0b\0",
                                                                   8));
    EXPECT_EQ(utf16.encoding, u"UTF-16LE"_s);
    EXPECT_TRUE(utf16.bom);
    EXPECT_EQ(utf16.text, u"a,b"_s);
    EXPECT_EQ(StatementEncoding::canonicalName(u"GB2312"_s), u"GB18030"_s);
    EXPECT_EQ(StatementEncoding::canonicalName(u"utf8"_s), u"UTF-8"_s);
    EXPECT_TRUE(StatementEncoding::canonicalName(u"nonsense"_s).isEmpty());
}

TEST(StatementProblems, CsvReaderFollowsRfc4180)
{
    const QString text = u"a,\"b,1\",\"say \"\"hi\"\"\"\r\n\r\nx,\"multi\nline\",z\rlast,,"_s;
    CsvReader reader(text);
    CsvReader::Record r = reader.next();
    EXPECT_EQ(r.line, 1);
    EXPECT_EQ(r.fields, (QStringList{u"a"_s, u"b,1"_s, u"say \"hi\""_s}));
    r = reader.next();
    EXPECT_EQ(r.line, 2);
    EXPECT_EQ(r.fields, QStringList{QString()});
    r = reader.next();
    EXPECT_EQ(r.line, 3);
    EXPECT_EQ(r.lastLine, 4);
    EXPECT_EQ(r.fields, (QStringList{u"x"_s, u"multi\nline"_s, u"z"_s}));
    r = reader.next();
    EXPECT_EQ(r.line, 5);
    EXPECT_EQ(r.fields, (QStringList{u"last"_s, QString(), QString()}));
    EXPECT_TRUE(reader.atEnd());

    CsvReader broken(u"1,\"open\n2,ok\n"_s);
    r = broken.next();
    EXPECT_EQ(r.error, CsvReader::RecordError::UnclosedQuote);
    EXPECT_EQ(r.line, 1);
    r = broken.next();
    EXPECT_EQ(r.line, 2);
    EXPECT_EQ(r.fields, (QStringList{u"2"_s, u"ok"_s}));

    // Excel keeps text after a closing quote; so do we, without padding.
    CsvReader sloppy(u"\"abc\"def,\"x\"  ,y\"z"_s);
    EXPECT_EQ(sloppy.next().fields, (QStringList{u"abcdef"_s, u"x"_s, u"y\"z"_s}));
}

TEST(StatementProblems, CellReaders)
{
    using namespace statement;
    const auto at = [](QStringView text, DateOrder order = DateOrder::Auto) {
        const auto t = parseCellTime(text, order);
        return t ? QDateTime(t->date, t->time, QTimeZone::utc()) : QDateTime();
    };
    const QDateTime expected(QDate(2026, 11, 22), QTime(9, 3, 5), QTimeZone::utc());
    EXPECT_EQ(at(u"2026-11-22 09:03:05"), expected);
    EXPECT_EQ(at(u"2026/11/22 9:03:05"), expected);
    EXPECT_EQ(at(u"2026年11月22日 09:03:05"), expected);
    EXPECT_EQ(at(u"2026-11-22T09:03:05"), expected);
    EXPECT_EQ(at(u"22.11.2026 09:03:05"), expected);
    EXPECT_EQ(at(u"11/22/2026 09:03:05 AM"), expected);
    EXPECT_EQ(at(u"11/22/2026 9:03:05 PM"), expected.addSecs(12 * 3600));
    EXPECT_EQ(at(u"04/03/2026", DateOrder::MonthDayYear).date(), QDate(2026, 4, 3));
    EXPECT_EQ(at(u"04/03/2026", DateOrder::DayMonthYear).date(), QDate(2026, 3, 4));
    EXPECT_EQ(at(u"2026-11-22").time(), QTime(0, 0));
    EXPECT_FALSE(at(u"2026-02-30 10:00").isValid());
    EXPECT_FALSE(at(u"yesterday").isValid());
    EXPECT_FALSE(at(u"2026-11-22 09").isValid());
    const auto offset = parseCellTime(u"2026-11-22T09:03:05+08:00", DateOrder::Auto);
    ASSERT_TRUE(offset);
    EXPECT_EQ(toUtcMs(*offset, QTimeZone::utc()),
              QDateTime(QDate(2026, 11, 22), QTime(1, 3, 5), QTimeZone::utc()).toMSecsSinceEpoch());

    const auto amount = [](QStringView text, const QString& currency = u"CNY"_s) {
        const auto a = parseCellAmount(text, currency);
        return a ? (a->negative ? -a->minor : a->minor) : std::numeric_limits<qint64>::min();
    };
    EXPECT_EQ(amount(u"128.00"), 12800);
    EXPECT_EQ(amount(u"¥28.16"), 2816);
    EXPECT_EQ(amount(u"￥28.16"), 2816);
    EXPECT_EQ(amount(u"-1,234.56", u"USD"_s), -123456);
    EXPECT_EQ(amount(u"1.234,56", u"EUR"_s), 123456);
    EXPECT_EQ(amount(u"(12.00)"), -1200);
    EXPECT_EQ(amount(u"-¥5"), -500);
    EXPECT_EQ(amount(u"5.00-"), -500);
    EXPECT_EQ(amount(u"+3000.00"), 300000);
    EXPECT_EQ(amount(u"1500", u"JPY"_s), 1500);
    EXPECT_EQ(amount(u"12.3.4"), std::numeric_limits<qint64>::min());
    EXPECT_EQ(amount(u"1-2"), std::numeric_limits<qint64>::min());
    EXPECT_EQ(amount(u"abc"), std::numeric_limits<qint64>::min());

    EXPECT_EQ(zoneFromName(u"PST").offsetFromUtc(QDateTime::currentDateTimeUtc()), -8 * 3600);
    EXPECT_EQ(zoneFromName(u"CEST").offsetFromUtc(QDateTime::currentDateTimeUtc()), 2 * 3600);
    EXPECT_EQ(zoneFromName(u"GMT+08:00").offsetFromUtc(QDateTime::currentDateTimeUtc()), 8 * 3600);
    EXPECT_EQ(zoneFromName(u"UTC-5:30").offsetFromUtc(QDateTime::currentDateTimeUtc()),
              -(5 * 3600 + 1800));
    EXPECT_TRUE(zoneFromName(u"Asia/Hong_Kong").isValid());
    EXPECT_FALSE(zoneFromName(u"XYZ").isValid());

    EXPECT_EQ(currencyCode(u"人民币"), u"CNY"_s);
    EXPECT_EQ(currencyCode(u"usd"), u"USD"_s);
    EXPECT_TRUE(currencyCode(u"dollars").isEmpty());
    EXPECT_TRUE(statusMeansNoMoneyMoved(u"交易关闭"_s));
    EXPECT_TRUE(statusMeansNoMoneyMoved(u"Denied"_s));
    EXPECT_FALSE(statusMeansNoMoneyMoved(u"Partially Refunded"_s));
    EXPECT_FALSE(statusMeansNoMoneyMoved(u"已退款(￥5.00)"_s));
    EXPECT_FALSE(statusMeansNoMoneyMoved(u"交易成功"_s));
}

TEST(StatementProblems, UnknownTimeZoneIsAWarningNotASkippedRow)
{
    const QByteArray csv = "Date,Time,TimeZone,Name,Status,Currency,Gross,Transaction ID\n"
                           "11/22/2026,10:00:00,Mars Standard Time,Shop,Completed,USD,-1.00,T1\n"
                           "11/22/2026,11:00:00,Mars Standard Time,Shop,Completed,USD,-2.00,T2\n";
    auto s = StatementParser::parse(csv);
    ASSERT_TRUE(s) << s.error().message.toStdString();
    EXPECT_EQ(s->rows.size(), 2);
    ASSERT_EQ(s->problems.size(), 1); // once per zone, not per row
    EXPECT_EQ(s->problems.at(0).line, 2);
    EXPECT_FALSE(s->problems.at(0).rowSkipped);
    EXPECT_TRUE(s->problems.at(0).message.contains(u"Mars Standard Time"));
}

TEST(StatementProblems, ProgressCancelAndAnyThread)
{
    const QByteArray data = bigAlipay(5000);
    qint64 lastDone = -1;
    qint64 lastTotal = 0;
    int calls = 0;
    StatementOptions o;
    o.progress = [&](qint64 done, qint64 total) {
        EXPECT_GE(done, lastDone);
        EXPECT_LE(done, total);
        lastDone = done;
        lastTotal = total;
        ++calls;
    };
    // A worker thread, as the import dialog uses: no event loop, no QObject needed.
    Result<ParsedStatement> result = Error{};
    std::thread worker([&] { result = StatementParser::parse(data, o); });
    worker.join();
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_EQ(result->rows.size(), 5000);
    EXPECT_EQ(result->encoding, u"GB18030"_s);
    EXPECT_GT(calls, 3);
    EXPECT_EQ(lastDone, lastTotal);

    std::atomic<bool> cancel{false};
    StatementOptions cancelling;
    cancelling.cancel = &cancel;
    int seen = 0;
    cancelling.progress = [&](qint64, qint64) {
        if (++seen == 2)
            cancel = true; // the user pressed Cancel while rows were being read
    };
    auto cancelled = StatementParser::parse(data, cancelling);
    ASSERT_FALSE(cancelled);
    EXPECT_TRUE(StatementParser::isCancelled(cancelled.error()));
    EXPECT_FALSE(cancelled.error().message.isEmpty());
    EXPECT_FALSE(StatementParser::isCancelled(Error{ErrorCode::Io, u"x"_s, u"y"_s}));
}

TEST(StatementProblems, JsonForTheCommandLine)
{
    auto s = StatementParser::parseFile(fixture(u"malformed.csv"_s));
    ASSERT_TRUE(s);
    const QJsonObject json = statementToJson(*s, {});
    EXPECT_EQ(json.value(u"format"_s).toString(), u"alipay"_s);
    EXPECT_EQ(json.value(u"encoding"_s).toString(), u"UTF-8"_s);
    EXPECT_EQ(json.value(u"time_zone"_s).toString(), u"Asia/Shanghai"_s);
    EXPECT_EQ(json.value(u"header_line"_s).toInt(), 1);
    const QJsonArray transactions = json.value(u"transactions"_s).toArray();
    ASSERT_EQ(transactions.size(), 3);
    const QJsonObject first = transactions.at(0).toObject();
    EXPECT_EQ(first.value(u"line"_s).toInt(), 2);
    EXPECT_EQ(first.value(u"occurred_at"_s).toString(), u"2026-11-22T09:00:00.000+08:00"_s);
    EXPECT_EQ(first.value(u"amount"_s).toString(), u"8.00"_s);
    EXPECT_EQ(first.value(u"amount_minor"_s).toInt(), 800);
    EXPECT_EQ(first.value(u"direction"_s).toString(), u"out"_s);
    EXPECT_EQ(json.value(u"problems"_s).toArray().size(), 7);
    EXPECT_EQ(json.value(u"problems"_s).toArray().at(0).toObject().value(u"line"_s).toInt(), 3);
    EXPECT_EQ(json.value(u"mapping"_s)
                  .toObject()
                  .value(u"amount"_s)
                  .toObject()
                  .value(u"name"_s)
                  .toString(),
              u"金额"_s);
    EXPECT_TRUE(json.value(u"duplicates"_s).toArray().isEmpty());

    // The text the command line prints, written row by row, is the same document.
    QJsonParseError error;
    const QJsonDocument text = QJsonDocument::fromJson(statementToJsonText(*s, {}), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(text.object(), json);
    ParsedStatement none = *s;
    none.rows.clear();
    const QJsonObject empty = QJsonDocument::fromJson(statementToJsonText(none, {})).object();
    EXPECT_EQ(empty, statementToJson(none, {}));
}
