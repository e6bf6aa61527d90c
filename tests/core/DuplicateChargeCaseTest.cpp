// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// A duplicate-charge complaint started from another case's transactions: whose wallet it is.
#include "cases/DuplicateChargeCase.h"
#include "statements/StatementParser.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace Qt::Literals::StringLiterals;
using namespace wc::core;

namespace {

CaseRecord venmoCase()
{
    CaseRecord from;
    from.id = 7;
    from.providerKey = u"venmo"_s;
    from.providerName = u"Venmo"_s;
    from.accountRef = u"@jane-doe-22"_s;
    from.language = u"en"_s;
    from.timeZone = u"America/New_York"_s;
    return from;
}

TransactionRecord charge(const QString& source, qint64 at, const QString& reference)
{
    TransactionRecord t;
    t.occurredAt = at;
    t.amountMinor = 1299;
    t.currency = u"USD"_s;
    t.reference = reference;
    t.source = source;
    return t;
}

} // namespace

TEST(DuplicateChargeCase, ChargesFromAWalletStatementAreThatWalletsComplaint)
{
    // The two 12.99 PayPal charges imported into a Venmo case.
    const QList<TransactionRecord> charges = {charge(u"paypal"_s, 2000, u"2BC"_s),
                                              charge(u"paypal"_s, 1000, u"1AB"_s)};
    const CaseRecord r = DuplicateChargeCase::draftRecord(venmoCase(), charges, 2);
    EXPECT_EQ(r.providerKey, u"paypal"_s);
    EXPECT_TRUE(r.providerName.isEmpty()); // not "Venmo"
    EXPECT_TRUE(r.accountRef.isEmpty());   // the Venmo handle is not the PayPal account
    EXPECT_TRUE(r.timeZone.isEmpty());     // left to the provider's region
    EXPECT_EQ(r.language, u"en"_s);
    EXPECT_EQ(r.subtype, u"duplicate_charge"_s);
    EXPECT_EQ(r.references, (QStringList{u"1AB"_s, u"2BC"_s}));
    EXPECT_EQ(r.incidentAt, 2000);
    EXPECT_EQ(r.amountMinor, 1299);
}

TEST(DuplicateChargeCase, TypedInChargesStayWithTheCasesWallet)
{
    for (const QString& source : {u"manual"_s, u"generic"_s, QString()}) {
        SCOPED_TRACE(source.toStdString());
        const CaseRecord r = DuplicateChargeCase::draftRecord(
            venmoCase(), {charge(source, 1000, u"A"_s), charge(source, 2000, u"B"_s)}, 2);
        EXPECT_EQ(r.providerKey, u"venmo"_s);
        EXPECT_EQ(r.providerName, u"Venmo"_s);
        EXPECT_EQ(r.accountRef, u"@jane-doe-22"_s);
    }
    // The same wallet's own statement keeps the account too.
    CaseRecord paypalCase = venmoCase();
    paypalCase.providerKey = u"paypal"_s;
    paypalCase.providerName = u"PayPal"_s;
    paypalCase.accountRef = u"me@example.com"_s;
    const CaseRecord same = DuplicateChargeCase::draftRecord(
        paypalCase, {charge(u"paypal"_s, 1000, u"A"_s), charge(u"paypal"_s, 2000, u"B"_s)}, 2);
    EXPECT_EQ(same.accountRef, u"me@example.com"_s);
}

TEST(DuplicateChargeCase, StatementSourcesNameTheirWallets)
{
    EXPECT_EQ(DuplicateChargeCase::providerKeyForSource(u"alipay"_s), u"alipay"_s);
    EXPECT_EQ(DuplicateChargeCase::providerKeyForSource(u"wechat"_s), u"wechat_pay"_s);
    EXPECT_EQ(DuplicateChargeCase::providerKeyForSource(u"paypal"_s), u"paypal"_s);
    EXPECT_TRUE(DuplicateChargeCase::providerKeyForSource(u"generic"_s).isEmpty());
    EXPECT_TRUE(DuplicateChargeCase::providerKeyForSource(u"manual"_s).isEmpty());
    // Charges from two different wallets' statements: no one statement decides.
    const CaseRecord mixed = DuplicateChargeCase::draftRecord(
        venmoCase(), {charge(u"paypal"_s, 1000, u"A"_s), charge(u"alipay"_s, 2000, u"B"_s)}, 2);
    EXPECT_EQ(mixed.providerKey, u"venmo"_s);
}

TEST(DuplicateChargeCase, ThePayPalSampleStatementsChargesArePayPals)
{
    QFile file(QStringLiteral(WC_TEST_DATA_DIR) + u"/statements/paypal-activity.csv"_s);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto parsed = StatementParser::parse(file.readAll());
    ASSERT_TRUE(parsed.ok());
    QList<TransactionRecord> charges;
    for (const StatementRow& row : parsed->rows) {
        if (row.record.reference == u"1AB23456CD7890123" ||
            row.record.reference == u"2BC34567DE8901234")
            charges << row.record;
    }
    ASSERT_EQ(charges.size(), 2);
    EXPECT_EQ(DuplicateChargeCase::draftRecord(venmoCase(), charges, 2).providerKey, u"paypal"_s);
}
