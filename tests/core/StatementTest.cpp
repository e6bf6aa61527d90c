// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Statement import on real-shaped export files (tests/data/statements, see its README): each
// format, UTF-8 with and without BOM and GB18030, preambles and footers, padded cells and
// tab-suffixed order numbers, generic CSVs through a guessed or given column mapping.
#include "statements/StatementJson.h"
#include "statements/StatementParser.h"
#include "statements/StatementValues.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(WC_TEST_DATA_DIR) + u"/statements/"_s + name;
}

ParsedStatement parsed(const QString& name, const StatementOptions& options = {})
{
    auto result = StatementParser::parseFile(fixture(name), options);
    if (!result) {
        ADD_FAILURE() << name.toStdString() << ": " << result.error().message.toStdString();
        return {};
    }
    return std::move(result).value();
}

qint64 utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toMSecsSinceEpoch();
}

const StatementRow* rowAt(const ParsedStatement& s, qsizetype line)
{
    for (const StatementRow& row : s.rows) {
        if (row.line == line)
            return &row;
    }
    ADD_FAILURE() << "no row on line " << line;
    return nullptr;
}

QList<qsizetype> rowLines(const ParsedStatement& s)
{
    QList<qsizetype> lines;
    for (const StatementRow& row : s.rows)
        lines << row.line;
    return lines;
}

} // namespace

TEST(Statement, AlipayAppExportInGb18030)
{
    const ParsedStatement s = parsed(u"alipay-app-gb18030.csv"_s);
    EXPECT_EQ(s.format, StatementFormat::Alipay);
    EXPECT_EQ(s.encoding, u"GB18030"_s);
    EXPECT_FALSE(s.bom);
    EXPECT_TRUE(s.encodingDetected);
    EXPECT_EQ(s.timeZone, QByteArray("Asia/Shanghai"));
    EXPECT_EQ(s.headerLine, 25); // after 24 preamble lines
    EXPECT_EQ(s.columns.at(0), u"交易时间"_s);
    EXPECT_EQ(s.columns.at(9), u"交易订单号"_s);
    EXPECT_TRUE(s.problems.isEmpty()) << s.problems.value(0).text().toStdString();
    ASSERT_EQ(s.rows.size(), 14);

    const StatementRow& first = s.rows.first();
    EXPECT_EQ(first.line, 26);
    EXPECT_EQ(first.record.occurredAt, utc(2026, 11, 22, 13, 15, 9)); // 21:15:09 in Shanghai
    EXPECT_EQ(first.record.counterparty, u"晨光咖啡(示例路店)"_s);    // padding trimmed
    EXPECT_EQ(first.record.amountMinor, 3200);
    EXPECT_EQ(first.record.currency, u"CNY"_s);
    EXPECT_EQ(first.record.reference, u"2026112222001477770001"_s); // tab suffix gone
    EXPECT_EQ(first.merchantOrder, u"T2026112221150900001"_s);
    EXPECT_EQ(first.record.status, u"交易成功"_s);
    EXPECT_EQ(first.record.note, u"拿铁 大杯"_s);
    EXPECT_EQ(first.kind, u"餐饮美食"_s);
    EXPECT_EQ(first.record.source, u"alipay"_s);
    EXPECT_EQ(first.flow, MoneyFlow::Out);
    EXPECT_TRUE(first.moneyMoved);

    const StatementRow* closed = rowAt(s, 30);
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->record.status, u"交易关闭"_s);
    EXPECT_FALSE(closed->moneyMoved);
    const StatementRow* refund = rowAt(s, 32); // 不计收支, 退款: money back
    ASSERT_TRUE(refund);
    EXPECT_EQ(refund->flow, MoneyFlow::In);
    EXPECT_TRUE(refund->moneyMoved);
    const StatementRow* income = rowAt(s, 34);
    ASSERT_TRUE(income);
    EXPECT_EQ(income->flow, MoneyFlow::In);
    EXPECT_EQ(income->record.amountMinor, 20000);
    const StatementRow* transfer = rowAt(s, 39); // 余额宝 转入: 不计收支
    ASSERT_TRUE(transfer);
    EXPECT_EQ(transfer->flow, MoneyFlow::Neutral);
    EXPECT_EQ(transfer->record.amountMinor, 100000);
    const StatementRow* noodles = rowAt(s, 38);
    ASSERT_TRUE(noodles);
    EXPECT_EQ(noodles->record.note, u"午餐，加蛋"_s);
    EXPECT_TRUE(noodles->merchantOrder.isEmpty());
}

TEST(Statement, AlipayReadsTheSameInEveryEncoding)
{
    const ParsedStatement gbk = parsed(u"alipay-app-gb18030.csv"_s);
    const ParsedStatement bom = parsed(u"alipay-app-utf8-bom.csv"_s);
    const ParsedStatement utf8 = parsed(u"alipay-app-utf8.csv"_s);
    EXPECT_EQ(bom.encoding, u"UTF-8"_s);
    EXPECT_TRUE(bom.bom);
    EXPECT_EQ(utf8.encoding, u"UTF-8"_s);
    EXPECT_FALSE(utf8.bom);
    ASSERT_EQ(gbk.rows.size(), 14);
    for (const ParsedStatement* other : {&bom, &utf8}) {
        ASSERT_EQ(other->rows.size(), gbk.rows.size());
        EXPECT_EQ(other->headerLine, gbk.headerLine);
        for (qsizetype i = 0; i < gbk.rows.size(); ++i) {
            const TransactionRecord& a = gbk.rows.at(i).record;
            const TransactionRecord& b = other->rows.at(i).record;
            EXPECT_EQ(a.occurredAt, b.occurredAt);
            EXPECT_EQ(a.counterparty, b.counterparty);
            EXPECT_EQ(a.amountMinor, b.amountMinor);
            EXPECT_EQ(a.reference, b.reference);
            EXPECT_EQ(a.status, b.status);
            EXPECT_EQ(a.note, b.note);
        }
    }
}

TEST(Statement, AlipayWebExportStopsAtItsFooter)
{
    const ParsedStatement s = parsed(u"alipay-web-gb18030.csv"_s);
    EXPECT_EQ(s.format, StatementFormat::Alipay);
    EXPECT_EQ(s.headerLine, 5);
    // The totals after the dashes are no rows and no problems.
    EXPECT_TRUE(s.problems.isEmpty()) << s.problems.value(0).text().toStdString();
    ASSERT_EQ(s.rows.size(), 4);
    EXPECT_EQ(s.rows.at(0).record.reference, u"2026093022001411110001"_s);
    EXPECT_EQ(s.rows.at(0).merchantOrder, u"S20260930131125"_s);
    EXPECT_EQ(s.rows.at(0).record.occurredAt, utc(2026, 9, 30, 5, 11, 25));
    EXPECT_EQ(s.rows.at(0).record.note, u"示例快餐(高新店)"_s);
    EXPECT_EQ(s.rows.at(0).kind, u"即时到账交易"_s);
    // No 付款时间: the creation time stands in.
    const StatementRow& income = s.rows.at(2);
    EXPECT_EQ(income.record.reference, u"20260930200040011100000001"_s);
    EXPECT_EQ(income.record.occurredAt, utc(2026, 9, 29, 21, 26, 50));
    EXPECT_EQ(income.record.amountMinor, 1);
    EXPECT_EQ(income.flow, MoneyFlow::In);
    // 收/支 empty, 资金状态 资金转移.
    EXPECT_EQ(s.rows.at(3).flow, MoneyFlow::Neutral);
}

TEST(Statement, WeChatBill)
{
    for (const QString& name : {u"wechat-utf8-bom.csv"_s, u"wechat-gb18030.csv"_s}) {
        SCOPED_TRACE(name.toStdString());
        const ParsedStatement s = parsed(name);
        EXPECT_EQ(s.format, StatementFormat::WeChat);
        EXPECT_EQ(s.encoding, name.contains(u"gb18030") ? u"GB18030"_s : u"UTF-8"_s);
        EXPECT_EQ(s.headerLine, 17);
        EXPECT_TRUE(s.problems.isEmpty()) << s.problems.value(0).text().toStdString();
        ASSERT_EQ(s.rows.size(), 9);

        const StatementRow* charge = rowAt(s, 20);
        ASSERT_TRUE(charge);
        EXPECT_EQ(charge->record.occurredAt, utc(2026, 11, 23, 4, 45, 27));
        EXPECT_EQ(charge->record.amountMinor, 2816); // ¥28.16
        EXPECT_EQ(charge->record.counterparty, u"示例快餐(中心店)"_s);
        EXPECT_EQ(charge->record.reference, u"4200001234202611231234567890"_s);
        EXPECT_EQ(charge->merchantOrder, u"10001234567890"_s);
        EXPECT_EQ(charge->record.status, u"支付成功"_s);
        EXPECT_EQ(charge->record.note, u"套餐A"_s); // 备注 "/" means nothing
        EXPECT_EQ(charge->kind, u"商户消费"_s);
        EXPECT_EQ(charge->record.source, u"wechat"_s);
        EXPECT_EQ(charge->flow, MoneyFlow::Out);
        EXPECT_EQ(charge->record.direction, u"out"_s); // what a stored record keeps of `flow`

        const StatementRow* refund = rowAt(s, 18);
        ASSERT_TRUE(refund);
        EXPECT_EQ(refund->flow, MoneyFlow::In);
        EXPECT_EQ(refund->record.direction, u"in"_s);
        EXPECT_TRUE(refund->moneyMoved); // 已全额退款 on the refund itself: the money came back

        const StatementRow* quoted = rowAt(s, 25);
        ASSERT_TRUE(quoted);
        EXPECT_EQ(quoted->record.note, u"拼单,两人 \"家庭装\""_s);
        EXPECT_EQ(quoted->record.amountMinor, 1784);

        const StatementRow* withdrawal = rowAt(s, 26);
        ASSERT_TRUE(withdrawal);
        EXPECT_EQ(withdrawal->flow, MoneyFlow::Neutral);
        EXPECT_EQ(withdrawal->record.direction, u"neutral"_s);
        EXPECT_EQ(withdrawal->record.note, u"服务费¥0.10"_s);
        EXPECT_TRUE(withdrawal->merchantOrder.isEmpty());
        const StatementRow* gift = rowAt(s, 21);
        ASSERT_TRUE(gift);
        EXPECT_EQ(gift->record.counterparty, u"同事A"_s);
        EXPECT_TRUE(gift->record.note.isEmpty());
    }
}

TEST(Statement, PayPalActivityDownload)
{
    const ParsedStatement s = parsed(u"paypal-activity.csv"_s);
    EXPECT_EQ(s.format, StatementFormat::PayPal);
    EXPECT_TRUE(s.bom);
    EXPECT_TRUE(s.timeZone.isEmpty()); // every row names its zone
    EXPECT_EQ(s.headerLine, 1);
    EXPECT_EQ(s.mapping.dateOrder, DateOrder::MonthDayYear); // 11/20/2026 settles it
    EXPECT_TRUE(s.problems.isEmpty()) << s.problems.value(0).text().toStdString();
    ASSERT_EQ(s.rows.size(), 14);

    const StatementRow& pdt = s.rows.at(0);
    EXPECT_EQ(pdt.record.occurredAt, utc(2026, 10, 2, 15, 15, 0)); // 08:15 PDT
    const StatementRow& pst = s.rows.at(1);
    EXPECT_EQ(pst.record.occurredAt, utc(2026, 11, 2, 16, 15, 2)); // 08:15:02 PST
    EXPECT_EQ(pst.record.counterparty, u"Example Streaming Ltd"_s);
    EXPECT_EQ(pst.record.amountMinor, 1299);
    EXPECT_EQ(pst.record.currency, u"USD"_s);
    EXPECT_EQ(pst.record.reference, u"1AB23456CD7890123"_s);
    EXPECT_EQ(pst.record.status, u"Completed"_s);
    EXPECT_EQ(pst.flow, MoneyFlow::Out);
    EXPECT_EQ(pst.record.source, u"paypal"_s);
    EXPECT_EQ(pst.record.note, u"PreApproved Payment Bill User Payment; Monthly plan"_s);

    const StatementRow* camera = rowAt(s, 7);
    ASSERT_TRUE(camera);
    EXPECT_EQ(camera->record.counterparty, u"Smith, Jane"_s);
    EXPECT_EQ(camera->record.amountMinor, 125000); // "-1,250.00"
    EXPECT_EQ(camera->record.note,
              u"Express Checkout Payment; Vintage camera; Thanks!\nSee you at the market"_s);
    // The quoted note spans two lines: the next row starts on line 9.
    const StatementRow* laptop = rowAt(s, 9);
    ASSERT_TRUE(laptop);
    EXPECT_EQ(laptop->record.counterparty, u"Sample Gadgets Inc."_s);

    const StatementRow* authorization = rowAt(s, 10);
    ASSERT_TRUE(authorization);
    EXPECT_FALSE(authorization->moneyMoved); // Memo
    // A pending authorisation is a payment on hold, not a move between the owner's accounts.
    EXPECT_EQ(authorization->flow, MoneyFlow::Out);
    EXPECT_EQ(authorization->record.direction, u"out"_s);
    EXPECT_EQ(authorization->record.status, u"Pending"_s);
    const StatementRow* denied = rowAt(s, 12);
    ASSERT_TRUE(denied);
    EXPECT_FALSE(denied->moneyMoved);
    const StatementRow* refund = rowAt(s, 6);
    ASSERT_TRUE(refund);
    EXPECT_EQ(refund->flow, MoneyFlow::In);
    const StatementRow* euro = rowAt(s, 15);
    ASSERT_TRUE(euro);
    EXPECT_EQ(euro->record.currency, u"EUR"_s);
    EXPECT_EQ(euro->flow, MoneyFlow::In);
}

TEST(Statement, PayPalAmbiguousDatesAreReadMonthFirstWithAWarning)
{
    const QByteArray csv =
        "\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\","
        "\"Gross\",\"Transaction ID\"\n"
        "\"03/04/2026\",\"10:00:00\",\"GMT\",\"Shop\",\"Payment\",\"Completed\","
        "\"GBP\",\"-5.00\",\"T1\"\n";
    auto s = StatementParser::parse(csv);
    ASSERT_TRUE(s) << s.error().message.toStdString();
    ASSERT_EQ(s->rows.size(), 1);
    EXPECT_EQ(s->rows.at(0).record.occurredAt, utc(2026, 3, 4, 10, 0, 0));
    ASSERT_EQ(s->problems.size(), 1);
    EXPECT_FALSE(s->problems.at(0).rowSkipped);
    EXPECT_TRUE(s->problems.at(0).message.contains(u"03/04/2026"));

    auto uk = StatementParser::parse(QByteArray(csv).replace("03/04/2026", "23/04/2026"));
    ASSERT_TRUE(uk);
    EXPECT_EQ(uk->rows.at(0).record.occurredAt, utc(2026, 4, 23, 10, 0, 0));
    EXPECT_TRUE(uk->problems.isEmpty());
}

TEST(Statement, GenericChineseCsvGuessesItsColumns)
{
    StatementOptions o;
    o.timeZone = "Asia/Shanghai";
    const ParsedStatement s = parsed(u"generic-cn.csv"_s, o);
    EXPECT_EQ(s.format, StatementFormat::Generic);
    const ColumnMapping& m = s.mapping;
    EXPECT_EQ(m.time, 0);
    EXPECT_EQ(m.timeOfDay, 1);
    EXPECT_EQ(m.counterparty, 2);
    EXPECT_EQ(m.amount, 3);
    EXPECT_EQ(m.currency, 4);
    EXPECT_EQ(m.reference, 5);
    EXPECT_EQ(m.status, 6);
    EXPECT_EQ(m.note, 7);
    EXPECT_EQ(m.direction, -1);
    EXPECT_EQ(m.amountSign, AmountSign::NegativeIsOutgoing);
    EXPECT_TRUE(s.problems.isEmpty()) << s.problems.value(0).text().toStdString();
    ASSERT_EQ(s.rows.size(), 5);
    const TransactionRecord& fuel = s.rows.at(0).record;
    EXPECT_EQ(fuel.occurredAt, utc(2026, 11, 22, 1, 3, 0));
    EXPECT_EQ(fuel.counterparty, u"示例加油站"_s);
    EXPECT_EQ(fuel.amountMinor, 5800);
    EXPECT_EQ(fuel.currency, u"CNY"_s); // 人民币
    EXPECT_EQ(fuel.reference, u"GAS20261122090300"_s);
    EXPECT_EQ(fuel.source, u"generic"_s);
    EXPECT_EQ(s.rows.at(0).flow, MoneyFlow::Out);
    EXPECT_EQ(s.rows.at(3).flow, MoneyFlow::In); // +3000.00 工资
    EXPECT_EQ(s.rows.at(3).record.amountMinor, 300000);
}

TEST(Statement, GenericSemicolonCsvWithDecimalCommas)
{
    StatementOptions o;
    o.timeZone = "Europe/Berlin";
    const ParsedStatement s = parsed(u"generic-semicolon.csv"_s, o);
    EXPECT_EQ(s.format, StatementFormat::Generic);
    EXPECT_EQ(s.delimiter, u';');
    ASSERT_EQ(s.rows.size(), 3);
    EXPECT_EQ(s.rows.at(0).record.occurredAt, utc(2026, 11, 22, 9, 15, 0)); // 10:15 CET
    EXPECT_EQ(s.rows.at(0).record.amountMinor, 450);
    EXPECT_EQ(s.rows.at(0).record.currency, u"EUR"_s);
    EXPECT_EQ(s.rows.at(0).record.counterparty, u"Coffee Corner"_s);
    EXPECT_EQ(s.rows.at(0).record.note, u"Cappuccino"_s);
    EXPECT_EQ(s.rows.at(2).record.amountMinor, 250000);
    EXPECT_EQ(s.rows.at(2).flow, MoneyFlow::In);
}

TEST(Statement, ForcedGenericOnAKnownExportGuessesFromChineseNames)
{
    StatementOptions o;
    o.format = StatementFormat::Generic;
    const ParsedStatement s = parsed(u"alipay-app-utf8.csv"_s, o);
    EXPECT_EQ(s.format, StatementFormat::Generic);
    EXPECT_EQ(s.headerLine, 25);
    EXPECT_EQ(s.columns.value(s.mapping.time), u"交易时间"_s);
    EXPECT_EQ(s.columns.value(s.mapping.amount), u"金额"_s);
    EXPECT_EQ(s.columns.value(s.mapping.counterparty), u"交易对方"_s);
    EXPECT_EQ(s.columns.value(s.mapping.reference), u"交易订单号"_s);
    EXPECT_EQ(s.columns.value(s.mapping.status), u"交易状态"_s);
    EXPECT_EQ(s.columns.value(s.mapping.direction), u"收/支"_s);
    EXPECT_EQ(s.columns.value(s.mapping.note), u"备注"_s);
    ASSERT_EQ(s.rows.size(), 14);
    EXPECT_EQ(s.rows.at(0).record.reference, u"2026112222001477770001"_s);
    EXPECT_EQ(s.rows.at(0).record.source, u"generic"_s);
    EXPECT_EQ(rowAt(s, 34)->flow, MoneyFlow::In); // from the 收/支 column
}

TEST(Statement, GenericWithAMappingChosenByHand)
{
    // Columns nobody would guess; the user maps them and names the header line.
    const QByteArray csv = "Exported by MyBank\n"
                           "\n"
                           "when,who,how much,ref\n"
                           "2026-11-22 10:00,Shop A,9.99,X1\n"
                           "2026-11-22 10:02,Shop A,9.99,X2\n";
    StatementOptions o;
    o.format = StatementFormat::Generic;
    o.timeZone = "UTC";
    o.headerLine = 3;
    ColumnMapping m;
    m.time = 0;
    m.counterparty = 1;
    m.amount = 2;
    m.reference = 3;
    m.defaultCurrency = u"USD"_s;
    o.mapping = m;
    auto s = StatementParser::parse(csv, o);
    ASSERT_TRUE(s) << s.error().message.toStdString();
    EXPECT_EQ(s->headerLine, 3);
    ASSERT_EQ(s->rows.size(), 2);
    EXPECT_EQ(s->rows.at(1).line, 5);
    EXPECT_EQ(s->rows.at(1).record.currency, u"USD"_s);
    EXPECT_EQ(s->rows.at(1).record.amountMinor, 999);
    EXPECT_EQ(s->rows.at(1).flow, MoneyFlow::Out); // no signs in the file: all payments
    EXPECT_EQ(s->sampleRows.size(), 2);

    // Without the mapping the file has no date and amount column anyone could find.
    StatementOptions guessOnly;
    guessOnly.format = StatementFormat::Generic;
    auto guessed = StatementParser::parse(csv, guessOnly);
    ASSERT_FALSE(guessed);
    EXPECT_EQ(guessed.error().code, ErrorCode::InvalidArgument);
}

TEST(Statement, MappingIsRememberedByColumnName)
{
    const QStringList header = {u"日期"_s, u"摘要"_s, u"金额"_s, u"流水号"_s};
    ColumnMapping m = ColumnMapping::guess(header);
    EXPECT_EQ(m.time, 0);
    EXPECT_EQ(m.counterparty, 1); // 摘要 as the payee when nothing else names one
    EXPECT_EQ(m.amount, 2);
    EXPECT_EQ(m.reference, 3);
    m.dateOrder = DateOrder::DayMonthYear;
    m.defaultCurrency = u"HKD"_s;
    const QJsonObject json = m.toJson(header);
    EXPECT_EQ(json.value(u"amount"_s).toString(), u"金额"_s);
    // The next export has the columns in another order.
    const QStringList reordered = {u"流水号"_s, u"金额"_s, u"日期"_s, u"摘要"_s};
    const ColumnMapping back = ColumnMapping::fromJson(json, reordered);
    EXPECT_EQ(back.time, 2);
    EXPECT_EQ(back.counterparty, 3);
    EXPECT_EQ(back.amount, 1);
    EXPECT_EQ(back.reference, 0);
    EXPECT_EQ(back.dateOrder, DateOrder::DayMonthYear);
    EXPECT_EQ(back.defaultCurrency, u"HKD"_s);
    EXPECT_EQ(ColumnMapping::fieldKeys().size(), 9);
    EXPECT_FALSE(ColumnMapping::fieldLabel(u"amount"_s).isEmpty());
}

TEST(Statement, QuotedFieldsWithCommasQuotesAndLineBreaks)
{
    const ParsedStatement s = parsed(u"quoted-fields.csv"_s);
    EXPECT_TRUE(s.problems.isEmpty()) << s.problems.value(0).text().toStdString();
    EXPECT_EQ(rowLines(s), (QList<qsizetype>{2, 4, 8}));
    ASSERT_EQ(s.rows.size(), 3);
    EXPECT_EQ(s.rows.at(0).record.counterparty, u"Joe's Diner, Main St"_s);
    EXPECT_EQ(s.rows.at(0).record.note, u"He said \"thanks\""_s);
    EXPECT_EQ(s.rows.at(1).record.note, u"two lines,\nwith a comma"_s);
    EXPECT_EQ(s.rows.at(2).record.counterparty, u"Book \"Nook\""_s);
    EXPECT_EQ(s.rows.at(2).record.amountMinor, 725);
    EXPECT_EQ(s.lineCount, 8);
}

namespace {

// toUtcMs looks a zone's offset up once per day; on a day with a daylight-saving change it must
// still give what QDateTime gives, before, across and after the change, and on the next day.
TEST(StatementTime, DayOffsetCacheAgreesWithQDateTimeAcrossDaylightSaving)
{
    using wc::core::statement::CellTime;
    const QTimeZone newYork("America/New_York");
    const QTimeZone shanghai("Asia/Shanghai");
    ASSERT_TRUE(newYork.isValid() && shanghai.isValid());
    const QList<QDate> days{QDate(2026, 3, 7), QDate(2026, 3, 8), QDate(2026, 3, 9),
                            QDate(2026, 11, 1), QDate(2026, 11, 2)};
    const QList<QTime> times{QTime(0, 0), QTime(1, 59), QTime(3, 0), QTime(12, 30, 5, 250),
                             QTime(23, 59, 59)};
    for (const QTimeZone& zone : {newYork, shanghai, newYork}) {
        for (const QDate& day : days) {
            for (const QTime& time : times) {
                const CellTime cell{day, time, std::nullopt};
                EXPECT_EQ(wc::core::statement::toUtcMs(cell, zone),
                          QDateTime(day, time, zone).toMSecsSinceEpoch())
                    << zone.id().constData() << ' ' << qPrintable(day.toString(Qt::ISODate)) << ' '
                    << qPrintable(time.toString(Qt::ISODateWithMs));
            }
        }
    }
    const CellTime offset{QDate(2026, 11, 22), QTime(9, 3, 5), 8 * 3600};
    EXPECT_EQ(wc::core::statement::toUtcMs(offset, newYork),
              QDateTime(QDate(2026, 11, 22), QTime(1, 3, 5), QTimeZone::utc()).toMSecsSinceEpoch());
}

} // namespace

namespace {

// The streamed JSON of `walletcase statement` is written by hand for speed; it must parse to
// exactly the object statementToJson() builds through QJson, for every fixture and for times on
// both sides of a daylight-saving change, quotes, control characters and Chinese text.
TEST(StatementJsonText, ParsesToTheSameObjectAsStatementToJson)
{
    const auto check = [](const ParsedStatement& s, const char* what) {
        const QByteArray text = statementToJsonText(s, {});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError)
            << what << ": " << error.errorString().toStdString();
        const QJsonObject expected = statementToJson(s, {});
        EXPECT_TRUE(doc.object() == expected) << what;
        if (doc.object() != expected) {
            const QJsonArray got = doc.object().value(u"transactions"_s).toArray();
            const QJsonArray want = expected.value(u"transactions"_s).toArray();
            for (qsizetype i = 0; i < qMin(got.size(), want.size()); ++i) {
                if (got.at(i) != want.at(i)) {
                    ADD_FAILURE() << QJsonDocument(got.at(i).toObject()).toJson().toStdString()
                                  << "\nwanted\n"
                                  << QJsonDocument(want.at(i).toObject()).toJson().toStdString();
                    break;
                }
            }
        }
    };
    for (const char* name : {"alipay-app-gb18030.csv", "wechat-utf8-bom.csv", "paypal-activity.csv",
                             "generic-cn.csv", "quoted-fields.csv"})
        check(parsed(QString::fromLatin1(name)), name);

    ParsedStatement s;
    s.timeZone = "America/New_York";
    const QTimeZone zone(s.timeZone);
    qsizetype line = 1;
    for (const QDateTime& at :
         {QDateTime(QDate(2026, 3, 8), QTime(1, 59, 59, 999), zone),
          QDateTime(QDate(2026, 3, 8), QTime(3, 0), zone), QDateTime(QDate(2026, 11, 1), QTime(1, 30), zone),
          QDateTime(QDate(2026, 11, 1), QTime(5, 0), zone), QDateTime(QDate(2026, 1, 1), QTime(0, 0), zone),
          QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 5), zone)}) {
        StatementRow row;
        row.line = ++line;
        row.record.occurredAt = at.toMSecsSinceEpoch();
        row.record.currency = u"USD"_s;
        row.record.amountMinor = -1299;
        row.record.counterparty = u"Joe's \"Diner\"\t\\ 便利店\n\x01"_s;
        s.rows << row;
    }
    // Back across the transition after a later time: the writer's cached stretch must not stick.
    StatementRow back = s.rows.first();
    back.line = ++line;
    s.rows << back;
    StatementRow noTime;
    noTime.line = ++line;
    s.rows << noTime;
    check(s, "daylight saving");
}

} // namespace
