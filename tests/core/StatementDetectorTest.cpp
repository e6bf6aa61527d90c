// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The duplicate-charge detector: true duplicates in real-shaped statements of each format, and
// the near misses it must leave alone (same amount to another merchant, a refund of the charge,
// a monthly subscription, the same purchase again hours later, a failed first attempt, one
// payment listed twice).
#include "statements/DuplicateDetector.h"
#include "statements/StatementJson.h"
#include "statements/StatementParser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

ParsedStatement parsed(const QString& name, const StatementOptions& options = {})
{
    auto result = StatementParser::parseFile(
        QStringLiteral(WC_TEST_DATA_DIR) + u"/statements/"_s + name, options);
    if (!result) {
        ADD_FAILURE() << name.toStdString() << ": " << result.error().message.toStdString();
        return {};
    }
    return std::move(result).value();
}

QList<qsizetype> linesOf(const ParsedStatement& s, const QList<int>& indexes)
{
    QList<qsizetype> lines;
    for (int i : indexes)
        lines << s.rows.at(i).line;
    return lines;
}

const qint64 kBase =
    QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
const qint64 kMinute = 60 * 1000;

StatementRow charge(const QString& payee, qint64 minor, qint64 minutesAfterBase,
                    const QString& reference, MoneyFlow flow = MoneyFlow::Out,
                    const QString& currency = u"CNY"_s)
{
    StatementRow row;
    row.record.counterparty = payee;
    row.record.amountMinor = minor;
    row.record.currency = currency;
    row.record.occurredAt = kBase + minutesAfterBase * kMinute;
    row.record.reference = reference;
    row.record.status = u"交易成功"_s;
    row.flow = flow;
    return row;
}

DuplicateOptions shanghai()
{
    DuplicateOptions o;
    o.displayZone = QTimeZone("Asia/Shanghai");
    return o;
}

} // namespace

TEST(DuplicateDetector, AlipayStatement)
{
    const ParsedStatement s = parsed(u"alipay-app-gb18030.csv"_s);
    const QList<DuplicateGroup> groups = DuplicateDetector::find(s.rows, shanghai());
    // Only the two 128.00 payments to 示例优选超市: not the closed attempt before them, not the
    // coffee of the same amount between them, not the subscription, the noodles at lunch and
    // dinner, the book and its refund, or the two incoming transfers.
    ASSERT_EQ(groups.size(), 1);
    const DuplicateGroup& g = groups.first();
    EXPECT_EQ(linesOf(s, g.rows), (QList<qsizetype>{29, 27}));
    EXPECT_EQ(g.counterparty, u"示例优选超市"_s);
    EXPECT_EQ(g.amountMinor, 12800);
    EXPECT_EQ(g.currency, u"CNY"_s);
    EXPECT_EQ(g.excessMinor(), 12800);
    EXPECT_TRUE(g.refunds.isEmpty());
    EXPECT_EQ(g.suggestedSubtype, u"duplicate_charge"_s);
    EXPECT_EQ(g.firstAt, *s.rows.at(g.rows.at(0)).record.occurredAt);
    EXPECT_EQ(g.lastAt - g.firstAt, 156 * 1000);
    EXPECT_TRUE(g.explanation.contains(u"128.00 CNY")) << g.explanation.toStdString();
    EXPECT_TRUE(g.explanation.contains(u"示例优选超市"));
    EXPECT_TRUE(g.explanation.contains(u"2026-11-22 09:03:05")); // the wallet's own clock
    EXPECT_TRUE(g.explanation.contains(u"2026-11-22 09:05:41"));
    EXPECT_TRUE(g.explanation.contains(u"3 minutes"));
}

TEST(DuplicateDetector, WeChatStatementNotesTheRefund)
{
    const ParsedStatement s = parsed(u"wechat-utf8-bom.csv"_s);
    const QList<DuplicateGroup> groups = DuplicateDetector::find(s.rows, shanghai());
    // 35 seconds apart; the fruit stand's three 15.00 payments are half an hour and a day apart.
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(linesOf(s, groups.at(0).rows), (QList<qsizetype>{20, 19}));
    EXPECT_EQ(linesOf(s, groups.at(0).refunds), (QList<qsizetype>{18}));
    EXPECT_TRUE(groups.at(0).explanation.contains(u"35 seconds"));
    EXPECT_TRUE(groups.at(0).explanation.contains(u"refund"));
    EXPECT_TRUE(groups.at(0).explanation.contains(u"2026-11-23 13:10:00"));
}

TEST(DuplicateDetector, PayPalStatement)
{
    const ParsedStatement s = parsed(u"paypal-activity.csv"_s);
    const QList<DuplicateGroup> groups = DuplicateDetector::find(s.rows);
    // Not: last month's subscription payment, the card deposit funding it, two payments of
    // 1,250.00 to different people, the hotel's two authorizations (memos), the denied
    // payment before the one that went through, currency conversion legs without a payee.
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(linesOf(s, groups.at(0).rows), (QList<qsizetype>{3, 4}));
    EXPECT_EQ(groups.at(0).counterparty, u"Example Streaming Ltd"_s);
    EXPECT_EQ(groups.at(0).currency, u"USD"_s);
    EXPECT_EQ(linesOf(s, groups.at(0).refunds), (QList<qsizetype>{6}));
    EXPECT_TRUE(groups.at(0).explanation.contains(u"12.99 USD"));
    EXPECT_TRUE(groups.at(0).explanation.contains(u"2026-11-02 16:15:02")); // UTC by default
}

TEST(DuplicateDetector, GenericStatementAndItsJson)
{
    StatementOptions o;
    o.timeZone = "Asia/Shanghai";
    const ParsedStatement s = parsed(u"generic-cn.csv"_s, o);
    const QList<DuplicateGroup> groups = DuplicateDetector::find(s.rows, shanghai());
    ASSERT_EQ(groups.size(), 1); // the convenience store's 12.50 twice is two days apart
    EXPECT_EQ(groups.at(0).counterparty, u"示例加油站"_s);

    const QJsonObject json = statementToJson(s, groups);
    const QJsonArray duplicates = json.value(u"duplicates"_s).toArray();
    ASSERT_EQ(duplicates.size(), 1);
    const QJsonObject d = duplicates.at(0).toObject();
    EXPECT_EQ(d.value(u"amount"_s).toString(), u"58.00"_s);
    EXPECT_EQ(d.value(u"count"_s).toInt(), 2);
    EXPECT_EQ(d.value(u"lines"_s).toArray(), (QJsonArray{2, 3}));
    EXPECT_EQ(d.value(u"references"_s).toArray(),
              (QJsonArray{u"GAS20261122090300"_s, u"GAS20261122090700"_s}));
    EXPECT_EQ(d.value(u"first_at"_s).toString(), u"2026-11-22T09:03:00.000+08:00"_s);
    EXPECT_EQ(d.value(u"suggested_case"_s).toString(), u"duplicate_charge"_s);
    EXPECT_FALSE(d.value(u"explanation"_s).toString().isEmpty());
}

TEST(DuplicateDetector, TrueDuplicatesWithinTheWindow)
{
    const QList<StatementRow> rows = {charge(u"Shop"_s, 999, 0, u"R1"_s),
                                      charge(u"Shop"_s, 999, 10, u"R2"_s)}; // exactly 10 min
    const auto groups = DuplicateDetector::find(rows);
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups.at(0).rows, (QList<int>{0, 1}));
    EXPECT_TRUE(groups.at(0).explanation.contains(u"10 minutes"));
}

// Two rows typed in by hand, without references, are not "each under its own reference"
// (the Chinese walk's banner said so of two rows with empty reference cells).
TEST(DuplicateDetector, OnlyPaymentsWithReferencesAreSaidToHaveTheirOwn)
{
    const QList<StatementRow> typed = {charge(u"Shop"_s, 999, 0, QString()),
                                       charge(u"Shop"_s, 999, 1, QString())};
    auto groups = DuplicateDetector::find(typed);
    ASSERT_EQ(groups.size(), 1);
    EXPECT_FALSE(groups.at(0).explanation.contains(u"reference"_s))
        << groups.at(0).explanation.toStdString();
    const QList<StatementRow> listed = {charge(u"Shop"_s, 999, 0, u"R1"_s),
                                        charge(u"Shop"_s, 999, 1, u"R2"_s)};
    groups = DuplicateDetector::find(listed);
    ASSERT_EQ(groups.size(), 1);
    EXPECT_TRUE(groups.at(0).explanation.contains(u"each under its own reference"_s));
}

TEST(DuplicateDetector, ThreeChargesInARowAreOneGroup)
{
    // Given out of order, as statements list newest first.
    const QList<StatementRow> rows = {charge(u"Shop"_s, 500, 16, u"R3"_s),
                                      charge(u"Shop"_s, 500, 8, u"R2"_s),
                                      charge(u"Shop"_s, 500, 0, u"R1"_s)};
    const auto groups = DuplicateDetector::find(rows);
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups.at(0).rows, (QList<int>{2, 1, 0}));
    EXPECT_EQ(groups.at(0).excessMinor(), 1000);
    EXPECT_TRUE(groups.at(0).explanation.startsWith(u"3 payments"));
}

TEST(DuplicateDetector, NearMissesAreNotFlagged)
{
    const QList<QList<StatementRow>> cases = {
        // same amount, different merchant
        {charge(u"Shop A"_s, 999, 0, u"R1"_s), charge(u"Shop B"_s, 999, 1, u"R2"_s)},
        // the charge and its refund
        {charge(u"Shop"_s, 999, 0, u"R1"_s), charge(u"Shop"_s, 999, 2, u"R2"_s, MoneyFlow::In)},
        // a monthly subscription
        {charge(u"Video"_s, 2500, 0, u"R1"_s), charge(u"Video"_s, 2500, 30 * 24 * 60, u"R2"_s)},
        // the same purchase again after lunch
        {charge(u"Cafe"_s, 1800, 0, u"R1"_s), charge(u"Cafe"_s, 1800, 11, u"R2"_s)},
        // one payment listed twice
        {charge(u"Shop"_s, 999, 0, u"R1"_s), charge(u"Shop"_s, 999, 0, u"R1"_s)},
        // same number, other currency
        {charge(u"Shop"_s, 999, 0, u"R1"_s),
         charge(u"Shop"_s, 999, 1, u"R2"_s, MoneyFlow::Out, u"USD"_s)},
        // different amounts
        {charge(u"Shop"_s, 999, 0, u"R1"_s), charge(u"Shop"_s, 998, 1, u"R2"_s)},
        // transfers between one's own accounts
        {charge(u"余额宝"_s, 10000, 0, u"R1"_s, MoneyFlow::Neutral),
         charge(u"余额宝"_s, 10000, 1, u"R2"_s, MoneyFlow::Neutral)},
        // two incoming transfers
        {charge(u"Friend"_s, 20000, 0, u"R1"_s, MoneyFlow::In),
         charge(u"Friend"_s, 20000, 1, u"R2"_s, MoneyFlow::In)},
    };
    for (qsizetype i = 0; i < cases.size(); ++i)
        EXPECT_TRUE(DuplicateDetector::find(cases.at(i)).isEmpty()) << "case " << i;

    // A failed first attempt, then the payment that went through.
    QList<StatementRow> retry = {charge(u"Shop"_s, 999, 0, u"R1"_s),
                                 charge(u"Shop"_s, 999, 1, u"R2"_s)};
    retry[0].record.status = u"支付失败"_s;
    retry[0].moneyMoved = false;
    EXPECT_TRUE(DuplicateDetector::find(retry).isEmpty());
    // No time, no payee, nothing to compare.
    QList<StatementRow> vague = {charge(QString(), 999, 0, u"R1"_s),
                                 charge(QString(), 999, 1, u"R2"_s)};
    EXPECT_TRUE(DuplicateDetector::find(vague).isEmpty());
}

TEST(DuplicateDetector, TheWindowIsConfigurable)
{
    const QList<StatementRow> rows = {charge(u"Cafe"_s, 1800, 0, u"R1"_s),
                                      charge(u"Cafe"_s, 1800, 20, u"R2"_s)};
    EXPECT_TRUE(DuplicateDetector::find(rows).isEmpty());
    DuplicateOptions wide;
    wide.windowMs = 30 * kMinute;
    EXPECT_EQ(DuplicateDetector::find(rows, wide).size(), 1);
}

TEST(DuplicateDetector, PayeesMatchRegardlessOfSpacingCaseAndWidth)
{
    const QList<StatementRow> rows = {charge(u"Example  Shop"_s, 999, 0, u"R1"_s),
                                      charge(u"ＥＸＡＭＰＬＥ SHOP"_s, 999, 3, u"R2"_s)};
    EXPECT_EQ(DuplicateDetector::find(rows).size(), 1);
}

TEST(DuplicateDetector, HandEnteredTransactions)
{
    TransactionRecord a;
    a.counterparty = u"Shop"_s;
    a.amountMinor = 4200;
    a.currency = u"HKD"_s;
    a.occurredAt = kBase;
    a.reference = u"A"_s;
    a.source = u"manual"_s;
    TransactionRecord b = a;
    b.reference = u"B"_s;
    b.occurredAt = kBase + 2 * kMinute;
    EXPECT_EQ(DuplicateDetector::find(DuplicateDetector::rowsFromRecords({a, b})).size(), 1);
    b.status = u"Reversed"_s;
    EXPECT_TRUE(DuplicateDetector::find(DuplicateDetector::rowsFromRecords({a, b})).isEmpty());
}

// Stored transactions carry their direction: a refund entered with the charges is a refund to
// the detector, not a third payment, and it is named in the explanation.
TEST(DuplicateDetector, StoredTransactionsKeepTheirDirection)
{
    TransactionRecord a;
    a.counterparty = u"Shop"_s;
    a.amountMinor = 4200;
    a.currency = u"HKD"_s;
    a.occurredAt = kBase;
    a.reference = u"A"_s;
    TransactionRecord b = a;
    b.reference = u"B"_s;
    b.occurredAt = kBase + 2 * kMinute;
    TransactionRecord refund = a;
    refund.reference = u"C"_s;
    refund.occurredAt = kBase + 4 * kMinute;
    refund.direction = u"in"_s;
    refund.status = u"已全额退款"_s; // on a refund's own row: it arrived in full
    TransactionRecord transfer = refund;
    transfer.reference = u"D"_s;
    transfer.direction = u"neutral"_s;

    const QList<StatementRow> rows =
        DuplicateDetector::rowsFromRecords({a, b, refund, transfer});
    EXPECT_EQ(rows.at(2).flow, MoneyFlow::In);
    EXPECT_TRUE(rows.at(2).moneyMoved);
    EXPECT_EQ(rows.at(3).flow, MoneyFlow::Neutral);
    const QList<DuplicateGroup> groups = DuplicateDetector::find(rows);
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups.first().rows, (QList<int>{0, 1}));
    EXPECT_EQ(groups.first().refunds, QList<int>{2});
    EXPECT_TRUE(groups.first().explanation.contains(u"refund"_s));

    // Two refunds alike are no duplicate charge.
    b.direction = u"in"_s;
    a.direction = u"in"_s;
    EXPECT_TRUE(DuplicateDetector::find(DuplicateDetector::rowsFromRecords({a, b})).isEmpty());
}
