// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The clocks table (resources/data/clocks.json): which deadlines are offered for a region,
// provider and channel, with the right dates, and the reminders they make.
#include "FollowUpFixture.h"
#include "followup/ClockTable.h"
#include "followup/ReminderPurpose.h"
#include "guidance/ProviderDirectory.h"
#include "support/StoreTest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>

using namespace wc::core;
using namespace wc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

ClockTable shippedClocks()
{
    auto loaded = ClockTable::load();
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().detail.toStdString());
    return loaded.ok() ? *loaded : ClockTable{};
}

QStringList keysOf(const QList<ClockOffer>& offers)
{
    QStringList out;
    for (const ClockOffer& o : offers)
        out << o.rule.key;
    out.sort();
    return out;
}

const ClockOffer& offer(const QList<ClockOffer>& offers, const QString& key)
{
    const auto it = std::find_if(offers.cbegin(), offers.cend(),
                                 [&](const ClockOffer& o) { return o.rule.key == key; });
    if (it == offers.cend()) {
        ADD_FAILURE() << "no offer " << key.toStdString();
        static const ClockOffer none;
        return none;
    }
    return *it;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

TEST(FollowUpClocksTest, ShippedTableHasEveryRowOfTheProductTableWithSources)
{
    const ClockTable table = shippedClocks();
    QStringList keys;
    for (const ClockRule& r : table.rules()) {
        keys << r.key;
        // The source is shown with the offer, so it is written in both languages.
        EXPECT_TRUE(r.source.has(u"zh_CN"_s)) << r.key.toStdString();
        EXPECT_TRUE(r.source.has(u"en"_s)) << r.key.toStdString();
        if (r.starts != clockstart::ReplyRequested) {
            EXPECT_GT(r.amount, 0) << r.key.toStdString();
        }
        EXPECT_TRUE(r.text.text(u"zh_CN"_s).contains(u"{deadline}"_s) || r.kind == u"follow_up")
            << r.key.toStdString() << ": a deadline's text should say the date";
    }
    for (const QString& key :
         {u"follow_up_week"_s, u"psd2_reply"_s, u"uk_final_response_8_weeks"_s,
          u"uk_fos_six_months"_s, u"us_rege_report_error"_s, u"us_rege_investigation"_s,
          u"us_rege_loss_report"_s, u"cfpb_response"_s, u"cn_nfra_reply"_s, u"cn_12315_accept"_s,
          u"paypal_dispute_window"_s, u"paypal_escalate_claim"_s, u"card_chargeback"_s,
          u"cn_pboc_institution_reply"_s, u"letter_reply_by"_s}) {
        EXPECT_TRUE(keys.contains(key)) << key.toStdString();
    }
    const auto psd2 = table.rule(u"psd2_reply"_s);
    ASSERT_TRUE(psd2.has_value());
    EXPECT_EQ(psd2->unit, followup::Unit::BusinessDays);
    EXPECT_EQ(psd2->amount, 15);
    EXPECT_EQ(psd2->extendedAmount, 35);
    EXPECT_EQ(psd2->kind, u"reply_deadline"_s);
    EXPECT_TRUE(psd2->source.text(u"en"_s).contains(u"Art. 101"_s));
    EXPECT_TRUE(psd2->source.text(u"zh_CN"_s).contains(u"第 101 条"_s));
    EXPECT_EQ(psd2->source.text(u"zh"_s), psd2->source.text(u"zh_CN"_s));
    EXPECT_EQ(psd2->source.text(u"en_GB"_s), psd2->source.text(u"en"_s));
}

TEST(FollowUpClocksTest, EuWalletGetsPsd2InBusinessDays)
{
    const ClockTable table = shippedClocks();
    const QTimeZone berlin = zone("Europe/Berlin");
    ClockContext c;
    c.regions = {u"US"_s, u"UK"_s, u"EU"_s}; // Google Wallet
    c.userRegion = u"EU"_s;
    c.providerKey = u"google_wallet"_s;
    c.providerKind = u"card_wallet"_s; // as the directory says
    c.family = u"transaction"_s;
    c.complaintSentAt = local(berlin, 2026, 3, 6, 15); // a Friday afternoon
    c.transactionAt = local(berlin, 2026, 3, 5, 20);
    const auto offers = table.offers(c, *c.complaintSentAt, berlin);
    EXPECT_EQ(keysOf(offers), sorted({u"card_chargeback"_s, u"follow_up_week"_s, u"psd2_reply"_s}));
    const ClockOffer& psd2 = offer(offers, u"psd2_reply"_s);
    EXPECT_EQ(psd2.deadline, QDate(2026, 3, 27)); // 15 business days: weekends skipped
    EXPECT_EQ(psd2.extendedDeadline, QDate(2026, 4, 24));
    EXPECT_EQ(psd2.remindAt, utc(2026, 3, 27, 8)); // 09:00 CET
    EXPECT_TRUE(psd2.recommended);
    EXPECT_FALSE(psd2.passed);
    const ClockOffer& week = offer(offers, u"follow_up_week"_s);
    EXPECT_EQ(week.deadline, QDate(2026, 3, 13));
    EXPECT_EQ(week.remindAt, utc(2026, 3, 13, 8));
    // A card in Google Wallet: the chargeback window is worth a reminder, 14 days ahead.
    const ClockOffer& chargeback = offer(offers, u"card_chargeback"_s);
    EXPECT_TRUE(chargeback.recommended);
    EXPECT_EQ(chargeback.deadline, QDate(2026, 7, 3));
    EXPECT_EQ(chargeback.remindAt, utc(2026, 6, 19, 7)); // 09:00 CEST
    // Soonest first.
    EXPECT_EQ(offers.first().rule.key, u"follow_up_week"_s);
    // The user's reminder time, on the same days.
    ClockTable evening = table;
    evening.setReminderTime(QTime(18, 30));
    const auto late = evening.offers(c, *c.complaintSentAt, berlin);
    EXPECT_EQ(offer(late, u"psd2_reply"_s).remindAt, utc(2026, 3, 27, 17) + 30 * 60'000);
    EXPECT_EQ(offer(late, u"card_chargeback"_s).remindAt, utc(2026, 6, 19, 16) + 30 * 60'000);
}

TEST(FollowUpClocksTest, UkWalletByKindOfComplaint)
{
    const ClockTable table = shippedClocks();
    const QTimeZone london = zone("Europe/London");
    ClockContext c;
    c.regions = {u"US"_s, u"UK"_s, u"EU"_s, u"CN"_s}; // PayPal
    c.userRegion = u"GB"_s;
    c.providerKey = u"paypal"_s;
    c.family = u"transaction"_s;
    // PayPal takes cards too and the case does not say how it was paid (fromCase).
    c.regulationE = RegulationEReach::IfFromAccount;
    c.complaintSentAt = local(london, 2026, 3, 20, 11);
    c.transactionAt = local(london, 2026, 3, 18, 11);
    auto offers = table.offers(c, *c.complaintSentAt, london);
    EXPECT_EQ(keysOf(offers), sorted({u"follow_up_week"_s, u"psd2_reply"_s,
                                      u"paypal_dispute_window"_s, u"card_chargeback"_s}));
    // 15 business days from Friday 20 March cross the change to summer time.
    EXPECT_EQ(offer(offers, u"psd2_reply"_s).remindAt, utc(2026, 4, 10, 8));
    const ClockOffer& dispute = offer(offers, u"paypal_dispute_window"_s);
    EXPECT_EQ(dispute.deadline, QDate(2026, 9, 14)); // 180 days after 18 March
    EXPECT_FALSE(offer(offers, u"card_chargeback"_s).recommended);

    c.family = u"service"_s;
    offers = table.offers(c, *c.complaintSentAt, london);
    EXPECT_EQ(keysOf(offers), sorted({u"follow_up_week"_s, u"uk_final_response_8_weeks"_s,
                                      u"paypal_dispute_window"_s}));
    EXPECT_EQ(offer(offers, u"uk_final_response_8_weeks"_s).deadline, QDate(2026, 5, 15));

    // The six months to go to the ombudsman count from the final response, once there is one.
    EXPECT_FALSE(keysOf(offers).contains(u"uk_fos_six_months"_s));
    c.finalResponseAt = local(london, 2026, 4, 30, 16);
    offers = table.offers(c, *c.complaintSentAt, london);
    const ClockOffer& fos = offer(offers, u"uk_fos_six_months"_s);
    EXPECT_EQ(fos.deadline, QDate(2026, 10, 30));
    EXPECT_EQ(fos.remindAt, utc(2026, 10, 16, 8)); // 14 days ahead, 09:00 BST
    EXPECT_EQ(fos.rule.kind, u"claim_deadline"_s);
}

TEST(FollowUpClocksTest, UsClocksByChannelAndProvider)
{
    const ClockTable table = shippedClocks();
    const QTimeZone newYork = zone("America/New_York");
    ClockContext c;
    c.regions = {u"US"_s};
    c.providerKey = u"cash_app"_s;
    c.providerKind = u"wallet_with_balance"_s;
    c.family = u"transaction"_s;
    c.complaintSentAt = local(newYork, 2026, 3, 6, 10);
    c.transactionAt = local(newYork, 2026, 3, 2, 10);
    auto offers = table.offers(c, *c.complaintSentAt, newYork);
    // Cash App paid from its balance: no card, so no card network's chargeback.
    EXPECT_EQ(keysOf(offers), sorted({u"follow_up_week"_s, u"us_rege_investigation"_s,
                                      u"us_rege_report_error"_s}));
    EXPECT_EQ(offer(offers, u"us_rege_investigation"_s).deadline, QDate(2026, 3, 20));
    // 45 CALENDAR days with provisional credit, not 45 business days (which would be 8 May).
    EXPECT_EQ(offer(offers, u"us_rege_investigation"_s).extendedDeadline, QDate(2026, 4, 20));
    // Named for what grants it: a provisional credit (and 90 days for some transfers), never
    // "exceptional cases", which Reg E does not say.
    const LocalizedText& label = offer(offers, u"us_rege_investigation"_s).rule.extendedLabel;
    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        ASSERT_TRUE(label.has(language)) << language.toStdString();
        EXPECT_TRUE(label.text(language).contains(u"{deadline}"_s));
        EXPECT_TRUE(label.text(language).contains(u"90"_s));
    }
    EXPECT_TRUE(label.text(u"en"_s).contains(u"provisionally credits"_s));
    EXPECT_TRUE(label.text(u"zh_CN"_s).contains(u"临时入账"_s));
    // No statement date: counted from the transaction, which reminds earlier.
    const ClockOffer& report = offer(offers, u"us_rege_report_error"_s);
    EXPECT_TRUE(report.startIsFallback);
    EXPECT_EQ(report.deadline, QDate(2026, 5, 1));
    EXPECT_EQ(report.remindAt, local(newYork, 2026, 4, 21));
    c.statementAt = local(newYork, 2026, 3, 31, 0);
    offers = table.offers(c, *c.complaintSentAt, newYork);
    EXPECT_FALSE(offer(offers, u"us_rege_report_error"_s).startIsFallback);
    EXPECT_EQ(offer(offers, u"us_rege_report_error"_s).deadline, QDate(2026, 5, 30));

    // The same case sent through the CFPB: the company's 15 days, and the 60 as an option.
    c.target = u"us_cfpb"_s;
    offers = table.offers(c, *c.complaintSentAt, newYork);
    EXPECT_EQ(keysOf(offers), sorted({u"follow_up_week"_s, u"cfpb_response"_s, u"cfpb_closed"_s}));
    EXPECT_EQ(offer(offers, u"cfpb_response"_s).deadline, QDate(2026, 3, 21));
    EXPECT_EQ(offer(offers, u"cfpb_response"_s).remindAt, utc(2026, 3, 21, 13)); // 09:00 EDT
    EXPECT_TRUE(offer(offers, u"cfpb_response"_s).recommended);
    EXPECT_FALSE(offer(offers, u"cfpb_closed"_s).recommended);

    // Apple Pay passes a card through: Regulation E's wallet clocks are the issuer's business.
    c.target = u"company"_s;
    c.providerKey = u"apple_pay"_s;
    c.providerKind = u"card_wallet"_s;
    c.regions = {u"US"_s, u"UK"_s, u"EU"_s, u"CN"_s};
    c.userRegion = u"US"_s;
    offers = table.offers(c, *c.complaintSentAt, newYork);
    EXPECT_FALSE(keysOf(offers).contains(u"us_rege_investigation"_s));
    EXPECT_TRUE(offer(offers, u"card_chargeback"_s).recommended);

    // A stolen account: two business days to report it, and a next-day follow-up.
    c.providerKey = u"venmo"_s;
    c.providerKind = u"wallet_with_balance"_s;
    c.regions = {u"US"_s};
    c.family = u"security"_s;
    c.incidentAt = local(newYork, 2026, 3, 6, 22); // Friday night
    offers = table.offers(c, *c.complaintSentAt, newYork);
    EXPECT_TRUE(keysOf(offers).contains(u"us_rege_loss_report"_s));
    EXPECT_TRUE(keysOf(offers).contains(u"follow_up_security"_s));
    EXPECT_FALSE(keysOf(offers).contains(u"follow_up_week"_s));
    EXPECT_EQ(offer(offers, u"us_rege_loss_report"_s).deadline, QDate(2026, 3, 10));
    EXPECT_EQ(offer(offers, u"follow_up_security"_s).deadline, QDate(2026, 3, 7));
}

// Regulation E protects electronic fund transfers only: its clocks follow how the case says the
// payments were funded, by the same decision the letters use (regulationEReach).
TEST(FollowUpClocksTest, RegulationEClocksFollowTheFunding)
{
    const ClockTable table = shippedClocks();
    const QTimeZone newYork = zone("America/New_York");
    auto shipped = ProviderDirectory::load();
    ASSERT_TRUE(shipped.ok());
    CaseSnapshot s;
    s.record.family = u"security"_s;
    s.record.incidentAt = local(newYork, 2026, 3, 6, 22);
    Letter sent;
    sent.kind = u"initial"_s;
    sent.status = QString(status::Sent);
    sent.sentAt = local(newYork, 2026, 3, 7, 10);
    s.letters = {sent};
    TransactionRecord t;
    t.occurredAt = local(newYork, 2026, 3, 6, 21);
    t.amountMinor = 12000;
    t.currency = u"USD"_s;
    const QStringList regE{u"us_rege_investigation"_s, u"us_rege_loss_report"_s,
                           u"us_rege_report_error"_s};
    const auto offersFor = [&](const QString& provider, const QString& note) {
        s.record.providerKey = provider;
        t.note = note;
        s.transactions = {t};
        const ClockContext c = ClockContext::fromCase(s, &*shipped, u"en"_s, u"US"_s);
        return table.offers(c, *sent.sentAt, newYork);
    };

    // Paid by credit card: a card dispute, not an electronic fund transfer — no Reg E clock,
    // from PayPal or from any wallet.
    for (const QString& provider : {u"paypal"_s, u"venmo"_s, u"cash_app"_s}) {
        const QStringList keys = keysOf(offersFor(provider, u"Paid with my credit card"_s));
        for (const QString& key : regE)
            EXPECT_FALSE(keys.contains(key)) << provider.toStdString() << " " << key.toStdString();
        EXPECT_TRUE(keys.contains(u"card_chargeback"_s)) << provider.toStdString();
    }

    // PayPal without a word on the funding: offered, saying when they apply, in the offer and
    // in the reminder it makes, in both languages.
    auto offers = offersFor(u"paypal"_s, {});
    for (const QString& key : regE) {
        const ClockOffer& o = offer(offers, key);
        EXPECT_TRUE(o.ifFromAccount) << key.toStdString();
        EXPECT_TRUE(o.rule.name.text(u"en"_s).endsWith(
            u"(if paid from your balance or bank account)"_s))
            << o.rule.name.text(u"en"_s).toStdString();
        EXPECT_TRUE(o.rule.name.text(u"zh_CN"_s).contains(u"如果是用余额或银行账户付的款"_s));
        const Reminder r = table.makeReminder(o, 1, u"PayPal"_s, u"en"_s);
        EXPECT_TRUE(r.text.startsWith(u"If you paid from your balance or bank account (not a "
                                      "credit card): Under US Regulation E"_s))
            << r.text.toStdString();
        EXPECT_TRUE(table.makeReminder(o, 1, u"PayPal"_s, u"zh_CN"_s)
                        .text.startsWith(u"如果这笔款是用您的余额或银行账户付的（不是信用卡）："_s
                                         "按照美国"_s));
    }
    // Venmo likewise; paid from the balance or a bank account: plainly.
    EXPECT_TRUE(offer(offersFor(u"venmo"_s, {}), u"us_rege_report_error"_s).ifFromAccount);
    offers = offersFor(u"paypal"_s, u"Bank Deposit to PP Account"_s);
    for (const QString& key : regE) {
        EXPECT_FALSE(offer(offers, key).ifFromAccount) << key.toStdString();
        EXPECT_FALSE(offer(offers, key).rule.name.text(u"en"_s).contains(u"if paid"_s));
    }
    // A Cash App payment comes from its balance: plain, as its letters give a plain notice,
    // and no card chargeback (there is no card); PayPal without a word may have used one.
    offers = offersFor(u"cash_app"_s, {});
    for (const QString& key : regE)
        EXPECT_FALSE(offer(offers, key).ifFromAccount) << key.toStdString();
    EXPECT_FALSE(keysOf(offers).contains(u"card_chargeback"_s));
    EXPECT_FALSE(keysOf(offersFor(u"cash_app"_s, u"From my Cash App balance"_s))
                     .contains(u"card_chargeback"_s));
    EXPECT_TRUE(keysOf(offersFor(u"paypal"_s, {})).contains(u"card_chargeback"_s));
}

TEST(FollowUpClocksTest, ChineseBankAnd12315)
{
    const ClockTable table = shippedClocks();
    const QTimeZone shanghai = zone("Asia/Shanghai");
    ClockContext c;
    c.userRegion = u"CN"_s; // a bank the directory does not list
    c.providerKind = u"bank"_s;
    c.family = u"transaction"_s;
    c.complaintSentAt = local(shanghai, 2026, 3, 2, 10);
    auto offers = table.offers(c, *c.complaintSentAt, shanghai);
    EXPECT_EQ(keysOf(offers), sorted({u"follow_up_week"_s, u"cn_nfra_reply"_s}));
    const ClockOffer& nfra = offer(offers, u"cn_nfra_reply"_s);
    EXPECT_EQ(nfra.deadline, QDate(2026, 3, 17));
    EXPECT_EQ(nfra.extendedDeadline, QDate(2026, 4, 1));
    EXPECT_EQ(nfra.remindAt, utc(2026, 3, 17, 1));

    // Alipay is a payment company, not a bank: the PBoC's 15 (30) days, counted in calendar
    // days. Paid from its balance or 余额宝, there is no Visa/Mastercard chargeback to offer.
    c.regions = {u"CN"_s};
    c.providerKey = u"alipay"_s;
    c.providerKind = u"payment_institution"_s;
    c.transactionAt = local(shanghai, 2026, 2, 28, 19);
    offers = table.offers(c, *c.complaintSentAt, shanghai);
    EXPECT_EQ(keysOf(offers), sorted({u"follow_up_week"_s, u"cn_pboc_institution_reply"_s}));
    const ClockOffer& pboc = offer(offers, u"cn_pboc_institution_reply"_s);
    EXPECT_EQ(pboc.deadline, QDate(2026, 3, 17));
    EXPECT_EQ(pboc.extendedDeadline, QDate(2026, 4, 1));
    EXPECT_TRUE(pboc.recommended);
    EXPECT_TRUE(pboc.rule.source.text(u"zh_CN"_s).contains(u"金融消费者权益保护实施办法"_s));
    // WeChat Pay, even with a stale directory entry that says no kind: the same.
    c.providerKey = u"wechat_pay"_s;
    c.providerKind = u"wallet"_s;
    offers = table.offers(c, *c.complaintSentAt, shanghai);
    EXPECT_EQ(keysOf(offers), sorted({u"follow_up_week"_s, u"cn_pboc_institution_reply"_s}));
    c.family = u"security"_s;
    offers = table.offers(c, *c.complaintSentAt, shanghai);
    EXPECT_FALSE(keysOf(offers).contains(u"card_chargeback"_s));
    c.family = u"transaction"_s;

    // A merchant dispute filed on 12315 (Friday): seven working days.
    c.target = u"cn_samr_12315"_s;
    c.complaintSentAt = local(shanghai, 2026, 3, 6, 10);
    offers = table.offers(c, *c.complaintSentAt, shanghai);
    EXPECT_EQ(offer(offers, u"cn_12315_accept"_s).deadline, QDate(2026, 3, 17));
}

TEST(FollowUpClocksTest, TheSeedFollowUpIsAlwaysOffered)
{
    const ClockTable table = shippedClocks();
    ClockContext c; // nothing known but the family and when it was sent
    c.providerKind.clear();
    c.family = u"service"_s;
    c.complaintSentAt = utc(2026, 3, 2, 9);
    const auto offers = table.offers(c, *c.complaintSentAt, QTimeZone::utc());
    EXPECT_EQ(keysOf(offers), QStringList{u"follow_up_week"_s});
    EXPECT_EQ(offers.first().remindAt, utc(2026, 3, 9, 9));
    // Not sent yet: nothing counts.
    c.complaintSentAt.reset();
    EXPECT_TRUE(table.offers(c, utc(2026, 3, 2, 9), QTimeZone::utc()).isEmpty());
}

TEST(FollowUpClocksTest, PassedAndAlreadySetOffersAreNotTicked)
{
    const ClockTable table = shippedClocks();
    ClockContext c;
    c.regions = {u"EU"_s};
    c.family = u"transaction"_s;
    c.complaintSentAt = utc(2026, 3, 2, 9);
    Reminder existing;
    existing.kind = u"follow_up"_s;
    existing.dueAt = utc(2026, 3, 9, 17); // the same day as the week's follow-up
    auto offers = table.offers(c, utc(2026, 3, 3, 9), QTimeZone::utc(), {existing});
    EXPECT_TRUE(offer(offers, u"follow_up_week"_s).alreadySet);
    EXPECT_FALSE(offer(offers, u"follow_up_week"_s).recommended);
    EXPECT_FALSE(offer(offers, u"psd2_reply"_s).alreadySet);
    existing.state = u"done"_s;
    offers = table.offers(c, utc(2026, 3, 3, 9), QTimeZone::utc(), {existing});
    EXPECT_FALSE(offer(offers, u"follow_up_week"_s).alreadySet);

    // Two months later every deadline is over.
    offers = table.offers(c, utc(2026, 5, 2, 9), QTimeZone::utc());
    for (const ClockOffer& o : offers) {
        EXPECT_TRUE(o.passed) << o.rule.key.toStdString();
        EXPECT_FALSE(o.recommended) << o.rule.key.toStdString();
    }
    // The last day itself still counts.
    offers = table.offers(c, utc(2026, 3, 9, 23, 59), QTimeZone::utc());
    EXPECT_FALSE(offer(offers, u"follow_up_week"_s).passed);
}

// Every clock against its rule: the amount and the unit the law or terms give, and the date it
// makes from one start (Friday 6 March 2026). Days are calendar days.
TEST(FollowUpClocksTest, EveryClockCountsInTheUnitOfItsRule)
{
    using followup::Unit;
    struct Expected
    {
        const char* key;
        int amount;
        Unit unit;
        QDate deadline;
        std::optional<int> extended = std::nullopt;
        Unit extendedUnit = Unit::Days;
        std::optional<QDate> extendedDeadline = std::nullopt;
    };
    const QList<Expected> expected{
        {"follow_up_week", 7, Unit::Days, QDate(2026, 3, 13)},
        {"follow_up_security", 1, Unit::Days, QDate(2026, 3, 7)},
        {"letter_reply_by", 0, Unit::Days, QDate(2026, 3, 6)},
        // PSD2 Art. 101(2): 15 business days, 35 in exceptional cases.
        {"psd2_reply", 15, Unit::BusinessDays, QDate(2026, 3, 27), 35, Unit::BusinessDays,
         QDate(2026, 4, 24)},
        // FCA DISP 1.6: 8 weeks; DISP 2.8.2 R: 6 months from the final response.
        {"uk_final_response_8_weeks", 8, Unit::Weeks, QDate(2026, 5, 1)},
        {"uk_fos_six_months", 6, Unit::Months, QDate(2026, 9, 6)},
        // 12 CFR 1005.11(b): 60 days; (c): 10 business days or 45 calendar days.
        {"us_rege_report_error", 60, Unit::Days, QDate(2026, 5, 5)},
        {"us_rege_investigation", 10, Unit::BusinessDays, QDate(2026, 3, 20), 45, Unit::Days,
         QDate(2026, 4, 20)},
        // 12 CFR 1005.6(b)(1): 2 business days (Friday → Tuesday).
        {"us_rege_loss_report", 2, Unit::BusinessDays, QDate(2026, 3, 10)},
        {"us_rege_bank_report_error", 60, Unit::Days, QDate(2026, 5, 5)},
        {"us_rege_bank_loss_report", 2, Unit::BusinessDays, QDate(2026, 3, 10)},
        // CFPB: 15 days, most closed within 60.
        {"cfpb_response", 15, Unit::Days, QDate(2026, 3, 21)},
        {"cfpb_closed", 60, Unit::Days, QDate(2026, 5, 5)},
        // PBoC 2020 measures and NFRA 2020 measures: 15 days, complex 30 (calendar).
        {"cn_pboc_institution_reply", 15, Unit::Days, QDate(2026, 3, 21), 30, Unit::Days,
         QDate(2026, 4, 5)},
        {"cn_nfra_reply", 15, Unit::Days, QDate(2026, 3, 21), 30, Unit::Days, QDate(2026, 4, 5)},
        // SAMR 2019 measures Art. 14: 7 working days.
        {"cn_12315_accept", 7, Unit::BusinessDays, QDate(2026, 3, 17)},
        // PayPal: 180 days to open a dispute, 20 to escalate it.
        {"paypal_dispute_window", 180, Unit::Days, QDate(2026, 9, 2)},
        {"paypal_escalate_claim", 20, Unit::Days, QDate(2026, 3, 26)},
        // Card networks: about 120 days from the transaction.
        {"card_chargeback", 120, Unit::Days, QDate(2026, 7, 4)},
    };
    const ClockTable table = shippedClocks();
    EXPECT_EQ(table.rules().size(), expected.size()) << "a new clock needs its row here";
    const qint64 start = utc(2026, 3, 6, 10);
    for (const Expected& e : expected) {
        const QString key = QString::fromLatin1(e.key);
        const auto rule = table.rule(key);
        ASSERT_TRUE(rule.has_value()) << e.key;
        EXPECT_EQ(rule->amount, e.amount) << e.key;
        EXPECT_EQ(rule->unit, e.unit) << e.key;
        EXPECT_EQ(rule->extendedAmount, e.extended) << e.key;
        if (e.extended) {
            EXPECT_EQ(rule->extendedUnit, e.extendedUnit) << e.key;
        }
        // A case the rule fits, every start at the same moment.
        ClockContext c;
        c.regions = rule->regions;
        c.target = rule->targets.value(0, u"company"_s);
        c.family = rule->families.value(0, u"transaction"_s);
        c.providerKey = rule->providers.value(0);
        c.providerKind = rule->providerKinds.value(0, u"wallet"_s);
        c.complaintSentAt = c.finalResponseAt = c.statementAt = c.transactionAt = c.incidentAt =
            c.disputeOpenedAt = start;
        c.replyRequestedOn = QDate(2026, 3, 6);
        const auto offers = table.offers(c, start, QTimeZone::utc());
        const ClockOffer& o = offer(offers, key);
        EXPECT_EQ(o.deadline, e.deadline) << e.key;
        EXPECT_EQ(o.extendedDeadline, e.extendedDeadline) << e.key;
    }
}

TEST(FollowUpClocksTest, TheLettersOwnReplyDateIsOfferedAndTicked)
{
    const ClockTable table = shippedClocks();
    const QTimeZone shanghai = zone("Asia/Shanghai");
    ClockContext c;
    c.regions = {u"CN"_s};
    c.providerKey = u"alipay"_s;
    c.providerKind = u"payment_institution"_s;
    c.family = u"transaction"_s;
    c.complaintSentAt = local(shanghai, 2026, 3, 2, 10);
    c.replyRequestedOn = QDate(2026, 3, 16);
    auto offers = table.offers(c, *c.complaintSentAt, shanghai);
    const ClockOffer& reply = offer(offers, u"letter_reply_by"_s);
    EXPECT_EQ(reply.deadline, QDate(2026, 3, 16));
    EXPECT_EQ(reply.remindAt, local(shanghai, 2026, 3, 16, 9));
    EXPECT_TRUE(reply.recommended);
    EXPECT_EQ(reply.rule.name.text(u"en"_s), u"Reply deadline you set in the letter"_s);
    const Reminder r = table.makeReminder(reply, 1, u"Alipay"_s, u"en"_s);
    EXPECT_EQ(r.kind, u"reply_deadline"_s);
    EXPECT_TRUE(r.text.contains(u"Your letter asked Alipay to reply by 16 March 2026"_s))
        << r.text.toStdString();
    // Not to a regulator: its clocks are its own.
    c.target = u"cn_pboc_12363"_s;
    EXPECT_FALSE(keysOf(table.offers(c, *c.complaintSentAt, shanghai))
                     .contains(u"letter_reply_by"_s));
    // No date asked for: nothing.
    c.target = u"company"_s;
    c.replyRequestedOn.reset();
    EXPECT_FALSE(keysOf(table.offers(c, *c.complaintSentAt, shanghai))
                     .contains(u"letter_reply_by"_s));
}

TEST(FollowUpClocksTest, TheReplyDateIsReadFromTheLetter)
{
    Letter zh;
    zh.kind = u"initial"_s;
    zh.body = u"2026年3月1日，我的支付宝账户被重复扣款两笔。\n请于2026年3月15日前给予书面答复。"_s;
    EXPECT_EQ(ClockTable::requestedReplyDate(zh), QDate(2026, 3, 15)) << "not the incident date";
    Letter en;
    en.kind = u"follow_up"_s;
    en.body = u"On 1 March 2026 I was charged twice. I asked you to reply by 15 March 2026; "
              u"you did not.\n\nPlease resolve my complaint and reply in writing by "
              u"29 March 2026. If not, I may go to the regulator."_s;
    EXPECT_EQ(ClockTable::requestedReplyDate(en), QDate(2026, 3, 29)) << "the request, not the "
                                                                        "earlier deadline quoted";
    Letter us;
    us.kind = u"initial"_s;
    us.body = u"Please reply in writing by March 29, 2026."_s;
    EXPECT_EQ(ClockTable::requestedReplyDate(us), QDate(2026, 3, 29));

    // The drafter's date wins when the text confirms it or names no date it can read …
    const QDate drafted = ClockTable::draftedReplyDate(utc(2026, 3, 1, 20), zone("Asia/Shanghai"));
    EXPECT_EQ(drafted, QDate(2026, 3, 16)); // 04:00 on 2 March in Shanghai, plus 14 days
    Letter plain;
    plain.kind = u"initial"_s;
    plain.body = u"Please reply soon."_s;
    EXPECT_EQ(ClockTable::requestedReplyDate(plain, drafted), drafted);
    EXPECT_FALSE(ClockTable::requestedReplyDate(plain).has_value());
    // … and the user's own date when they changed it.
    EXPECT_EQ(ClockTable::requestedReplyDate(zh, drafted), QDate(2026, 3, 15));

    EXPECT_TRUE(ClockTable::asksForReply(u"initial"_s));
    EXPECT_TRUE(ClockTable::asksForReply(u"escalation"_s));
    EXPECT_FALSE(ClockTable::asksForReply(u"regulator"_s));
    EXPECT_FALSE(ClockTable::asksForReply(u"public_post"_s));
}

class FollowUpClocksStoreTest : public StoreTest
{
};

TEST_F(FollowUpClocksStoreTest, AcceptedOffersBecomeRemindersWithTheirText)
{
    const ClockTable table = shippedClocks();
    const QTimeZone berlin = zone("Europe/Berlin");
    const qint64 caseId = addCase(*store, {.providerKey = u"google_wallet"_s});
    ClockContext c;
    c.regions = {u"EU"_s};
    c.family = u"transaction"_s;
    c.complaintSentAt = local(berlin, 2026, 3, 6, 15);
    const auto offers = table.offers(c, *c.complaintSentAt, berlin);
    const ClockOffer& psd2 = offer(offers, u"psd2_reply"_s);

    const Reminder en = table.makeReminder(psd2, caseId, u"Google Wallet"_s, u"en"_s);
    EXPECT_EQ(en.kind, u"reply_deadline"_s);
    EXPECT_EQ(en.dueAt, psd2.remindAt);
    EXPECT_EQ(en.caseId, caseId);
    EXPECT_TRUE(en.text.contains(u"Google Wallet should answer"_s)) << en.text.toStdString();
    EXPECT_TRUE(en.text.contains(u"27 March 2026"_s)) << en.text.toStdString();
    EXPECT_FALSE(en.text.contains(u'{'));
    const Reminder zh = table.makeReminder(psd2, caseId, {}, u"zh_CN"_s);
    EXPECT_TRUE(zh.text.contains(u"2026年3月27日"_s)) << zh.text.toStdString();
    EXPECT_TRUE(zh.text.contains(u"对方"_s)) << zh.text.toStdString();

    auto ids = table.accept(*store, caseId, offers, u"Google Wallet"_s, u"en"_s);
    ASSERT_TRUE(ids.ok());
    EXPECT_EQ(ids->size(), offers.size());
    auto stored = store->reminders(caseId);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), offers.size());
    QList<qint64> due;
    for (const Reminder& r : std::as_const(*stored))
        due << r.dueAt;
    EXPECT_TRUE(due.contains(psd2.remindAt));
    auto record = store->caseById(caseId);
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->nextFollowUpAt, offers.first().remindAt);
}

TEST_F(FollowUpClocksStoreTest, ContextFromAStoredCase)
{
    auto shipped = ProviderDirectory::load();
    ASSERT_TRUE(shipped.ok());
    const qint64 sent = utc(2026, 3, 6, 14);
    const qint64 caseId = addCase(*store, {.providerKey = u"paypal"_s,
                                           .language = u"en"_s,
                                           .sentAt = sent,
                                           .channel = u"web_form"_s});
    TransactionRecord t;
    t.caseId = caseId;
    t.occurredAt = utc(2026, 3, 1, 12);
    t.amountMinor = 1000;
    t.currency = u"GBP"_s;
    ASSERT_TRUE(store->addTransaction(t).ok());
    auto snapshot = store->snapshot(caseId);
    ASSERT_TRUE(snapshot.ok());
    ClockContext c = ClockContext::fromCase(*snapshot, &*shipped, u"en"_s, u"UK"_s);
    EXPECT_EQ(c.regions, (QStringList{u"US"_s, u"UK"_s, u"EU"_s, u"CN"_s}));
    EXPECT_EQ(c.userRegion, u"UK"_s);
    EXPECT_EQ(c.providerName, u"PayPal"_s);
    EXPECT_EQ(c.providerKind, u"wallet_with_balance"_s);
    EXPECT_EQ(c.complaintSentAt, sent);
    EXPECT_EQ(c.channel, u"web_form"_s);
    EXPECT_EQ(c.transactionAt, utc(2026, 3, 1, 12));
    EXPECT_EQ(c.target, u"company"_s);

    // A bank the user added to the directory says what it is.
    ProviderOverride bank;
    bank.key = u"icbc"_s;
    bank.data = QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{u"name"_s, QJsonObject{{u"zh_CN"_s, u"工商银行"_s}, {u"en"_s, u"ICBC"_s}}},
                        {u"regions"_s, QJsonArray{u"CN"_s}},
                        {u"kind"_s, u"bank"_s}})
            .toJson());
    QList<Error> problems;
    const ProviderDirectory withBank = shipped->withOverrides({bank}, &problems);
    ASSERT_TRUE(problems.isEmpty()) << problems.first().detail.toStdString();
    snapshot->record.providerKey = u"icbc"_s;
    c = ClockContext::fromCase(*snapshot, &withBank, u"zh_CN"_s);
    EXPECT_EQ(c.providerKind, u"bank"_s);
    EXPECT_EQ(c.providerName, u"工商银行"_s);
    const auto offers = shippedClocks().offers(c, sent, zone("Asia/Shanghai"));
    EXPECT_TRUE(keysOf(offers).contains(u"cn_nfra_reply"_s));
}

TEST(FollowUpClocksTest, TheLatestLetterToTheCompanySetsTheReplyDate)
{
    CaseSnapshot snapshot;
    snapshot.record.family = u"transaction"_s;
    snapshot.record.status = u"sent"_s;
    snapshot.record.providerKey = u"paypal"_s;
    Letter initial;
    initial.id = 1;
    initial.kind = u"initial"_s;
    initial.status = u"sent"_s;
    initial.sentAt = utc(2026, 3, 6, 14);
    initial.body = u"Please reply in writing by 20 March 2026."_s;
    Letter followUp;
    followUp.id = 2;
    followUp.kind = u"follow_up"_s;
    followUp.status = u"sent"_s;
    followUp.sentAt = utc(2026, 3, 21, 9);
    followUp.body = u"I asked you to reply by 20 March 2026. Please reply in writing by "
                    u"4 April 2026."_s;
    Letter regulator;
    regulator.id = 3;
    regulator.kind = u"regulator"_s;
    regulator.status = u"sent"_s;
    regulator.sentAt = utc(2026, 4, 6, 9);
    regulator.body = u"The company did not reply by 4 April 2026. Please respond by 1 May 2026."_s;
    Letter draft;
    draft.id = 4;
    draft.kind = u"follow_up"_s;
    draft.body = u"Please reply in writing by 30 April 2026."_s;
    snapshot.letters = {initial, followUp, regulator, draft};
    EXPECT_EQ(ClockContext::fromCase(snapshot, nullptr, u"en"_s).replyRequestedOn,
              QDate(2026, 4, 4));
    snapshot.letters = {initial};
    EXPECT_EQ(ClockContext::fromCase(snapshot, nullptr, u"en"_s).replyRequestedOn,
              QDate(2026, 3, 20));
}

TEST(FollowUpClocksTest, BrokenTablesSayWhere)
{
    const auto broken = [](const char* json) {
        auto t = ClockTable::fromJson(QByteArray(json));
        EXPECT_FALSE(t.ok());
        return t.ok() ? QString() : t.error().message + u" | "_s + t.error().detail;
    };
    const char* rule = R"({"key":"x","kind":"follow_up","starts":"complaint_sent","amount":7,)"
                       R"("unit":"%1","name":{"zh_CN":"甲","en":"A"},"text":{"zh_CN":"甲",)"
                       R"("en":"A"},"source":{"zh_CN":"源","en":"s"}})";
    const auto table = [&](const QString& unit) {
        return (uR"({"schema_version":1,"provider_fallback":{"zh_CN":"对方","en":"them"},)"
                uR"("clocks":[)"_s +
                QString::fromUtf8(rule).arg(unit) + u"]}"_s)
            .toUtf8();
    };
    EXPECT_TRUE(ClockTable::fromJson(table(u"days"_s)).ok());
    EXPECT_TRUE(broken(table(u"fortnights"_s).constData()).contains(u"fortnights"_s));
    EXPECT_TRUE(broken(R"({"schema_version":9,"clocks":[]})").contains(u"newer"_s));
    EXPECT_TRUE(broken("{").contains(u"JSON"_s));
    QByteArray noChinese = table(u"days"_s);
    noChinese.replace("\"text\":{\"zh_CN\":\"甲\",", "\"text\":{");
    EXPECT_TRUE(broken(noChinese.constData()).contains(u"zh_CN"_s));
    QByteArray sourceInEnglishOnly = table(u"days"_s);
    sourceInEnglishOnly.replace("\"source\":{\"zh_CN\":\"源\",", "\"source\":{");
    EXPECT_TRUE(broken(sourceInEnglishOnly.constData()).contains(u"zh_CN"_s));
    QByteArray plainSource = table(u"days"_s);
    plainSource.replace("\"source\":{\"zh_CN\":\"源\",\"en\":\"s\"}", "\"source\":\"s\"");
    EXPECT_TRUE(broken(plainSource.constData()).contains(u"source"_s));
    QByteArray zero = table(u"days"_s);
    zero.replace("\"amount\":7", "\"amount\":0");
    EXPECT_TRUE(broken(zero.constData()).contains(u"amount"_s)) << "only a reply date is 0 days";
    QByteArray replyDate = zero;
    replyDate.replace("complaint_sent", "reply_requested");
    EXPECT_TRUE(ClockTable::fromJson(replyDate).ok());
    QByteArray extended = table(u"business_days"_s);
    extended.replace("\"amount\":7,", "\"amount\":10,\"extended_amount\":45,"
                                      "\"extended_unit\":\"days\",");
    auto withExtended = ClockTable::fromJson(extended);
    ASSERT_TRUE(withExtended.ok()) << withExtended.error().detail.toStdString();
    EXPECT_EQ(withExtended->rules().first().unit, followup::Unit::BusinessDays);
    EXPECT_EQ(withExtended->rules().first().extendedUnit, followup::Unit::Days);
    extended.replace("\"extended_unit\":\"days\"", "\"extended_unit\":\"moons\"");
    EXPECT_TRUE(broken(extended.constData()).contains(u"moons"_s));
    QByteArray twice = table(u"days"_s);
    twice.replace("]}", ",");
    twice += QString::fromUtf8(rule).arg(u"days"_s).toUtf8() + "]}";
    EXPECT_TRUE(broken(twice.constData()).contains(u"twice"_s));
}

// A Cash App takeover found on Monday 2 March 2026 (New York), the user called Cash App that
// evening: the Reg E 2-business-day notice was given in time, with its date, not "passed".
TEST(FollowUpClocksTest, NoticeGivenInTimeReadsAsGivenNotPassed)
{
    const ClockTable table = shippedClocks();
    const QTimeZone newYork = zone("America/New_York");
    auto shipped = ProviderDirectory::load();
    ASSERT_TRUE(shipped.ok());
    CaseSnapshot s;
    s.record.family = u"security"_s;
    s.record.subtype = u"account_stolen"_s;
    s.record.providerKey = u"cash_app"_s;
    s.record.language = u"en"_s;
    s.record.incidentAt = local(newYork, 2026, 3, 2, 14);
    const qint64 now = local(newYork, 2026, 3, 10, 12); // a week later: the 2 days are over
    ClockContext c = ClockContext::fromCase(s, &*shipped, u"en"_s, u"US"_s);
    ClockOffer notice = offer(table.offers(c, now, newYork), u"us_rege_loss_report"_s);
    EXPECT_TRUE(notice.passed); // nothing recorded: it did pass
    EXPECT_FALSE(notice.fulfilledAt.has_value());

    Contact call;
    call.direction = u"outgoing"_s;
    call.channel = u"hotline"_s;
    call.occurredAt = local(newYork, 2026, 3, 2, 18);
    s.contacts = {call};
    c = ClockContext::fromCase(s, &*shipped, u"en"_s, u"US"_s);
    notice = offer(table.offers(c, now, newYork), u"us_rege_loss_report"_s);
    EXPECT_FALSE(notice.passed);
    ASSERT_TRUE(notice.fulfilledAt.has_value());
    EXPECT_EQ(*notice.fulfilledAt, call.occurredAt);
    EXPECT_TRUE(notice.fulfilledInTime);
    EXPECT_FALSE(notice.recommended); // nothing left to remind of

    // Told them only on the 9th: given, but late.
    call.occurredAt = local(newYork, 2026, 3, 9, 18);
    s.contacts = {call};
    c = ClockContext::fromCase(s, &*shipped, u"en"_s, u"US"_s);
    notice = offer(table.offers(c, now, newYork), u"us_rege_loss_report"_s);
    EXPECT_TRUE(notice.passed);
    EXPECT_FALSE(notice.fulfilledInTime);
}

// Reminder texts write dates as the case's letters do: by the case's region.
TEST(FollowUpClocksTest, ReminderDatesFollowTheCaseRegion)
{
    const ClockTable table = shippedClocks();
    auto shipped = ProviderDirectory::load();
    ASSERT_TRUE(shipped.ok());
    const auto replyReminder = [&](const QString& provider, const QString& language,
                                   const QTimeZone& zone) {
        CaseSnapshot s;
        s.record.family = u"transaction"_s;
        s.record.providerKey = provider;
        s.record.language = language;
        Letter sent;
        sent.kind = u"initial"_s;
        sent.status = QString(status::Sent);
        sent.sentAt = local(zone, 2026, 12, 7, 10);
        sent.body = language == u"en" ? u"Please reply in writing by 21 December 2026."_s
                                      : u"请于2026年12月21日前给予书面答复。"_s;
        s.letters = {sent};
        const ClockContext c = ClockContext::fromCase(s, &*shipped, language);
        const ClockOffer o = offer(table.offers(c, *sent.sentAt, zone), u"letter_reply_by"_s);
        return table.makeReminder(o, 1, u"X"_s, language).text;
    };
    EXPECT_TRUE(replyReminder(u"cash_app"_s, u"en"_s, zone("America/Los_Angeles"))
                    .contains(u"reply by December 21, 2026."_s));
    EXPECT_TRUE(replyReminder(u"alipay"_s, u"zh_CN"_s, zone("Asia/Shanghai"))
                    .contains(u"2026年12月21日"_s));
    EXPECT_EQ(ClockTable::regionalDate(QDate(2026, 12, 21), u"US"_s, u"en"_s),
              u"December 21, 2026"_s);
    EXPECT_EQ(ClockTable::regionalDate(QDate(2026, 12, 21), u"UK"_s, u"en"_s),
              u"21 December 2026"_s);
    EXPECT_EQ(ClockTable::regionalDate(QDate(2026, 12, 21), u"CN"_s, u"zh_CN"_s),
              u"2026年12月21日"_s);
}

// Reg E's 60 days run from the statement; a case without its date gets an estimate that says
// so and what it was counted from, never a date stated as the deadline.
TEST(FollowUpClocksTest, SixtyDayDeadlineWithoutStatementIsAnHonestEstimate)
{
    const ClockTable table = shippedClocks();
    const QTimeZone newYork = zone("America/New_York");
    auto shipped = ProviderDirectory::load();
    ASSERT_TRUE(shipped.ok());
    CaseSnapshot s;
    s.record.family = u"security"_s;
    s.record.subtype = u"account_stolen"_s;
    s.record.providerKey = u"cash_app"_s;
    s.record.language = u"en"_s;
    s.record.incidentAt = local(newYork, 2026, 3, 2, 14);
    const ClockContext c = ClockContext::fromCase(s, &*shipped, u"en"_s, u"US"_s);
    const ClockOffer o = offer(table.offers(c, local(newYork, 2026, 3, 2, 15), newYork),
                               u"us_rege_report_error"_s);
    EXPECT_TRUE(o.startIsFallback);
    EXPECT_EQ(o.startKey, u"incident"_s); // no transaction listed: the day it was found
    const QString en = table.makeReminder(o, 1, u"Cash App"_s, u"en"_s).text;
    EXPECT_TRUE(en.contains(u"within 60 days after the statement that shows it was sent to you"_s))
        << en.toStdString();
    EXPECT_TRUE(en.contains(u"May 1, 2026 is an estimate, 60 days after the day you found the "
                            "problem (March 2, 2026)"_s))
        << en.toStdString();
    EXPECT_FALSE(en.contains(u"by May 1, 2026"_s));
    const QString zh = table.makeReminder(o, 1, u"Cash App"_s, u"zh_CN"_s).text;
    EXPECT_TRUE(zh.contains(u"估算"_s)) << zh.toStdString();
    // Still recognised as that clock, so the letter going out completes it.
    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        const auto rule =
            ReminderPurpose::ruleOf(table, table.makeReminder(o, 1, u"Cash App"_s, language));
        ASSERT_TRUE(rule.has_value()) << language.toStdString();
        EXPECT_EQ(rule->key, u"us_rege_report_error"_s);
    }
}

// One reminder per deadline: a 60-day reminder set from one start is the offer's, even when
// the case's transactions later move the date.
TEST(FollowUpClocksTest, AReminderFromTheSameRuleIsAlreadySet)
{
    const ClockTable table = shippedClocks();
    const QTimeZone newYork = zone("America/New_York");
    auto shipped = ProviderDirectory::load();
    ASSERT_TRUE(shipped.ok());
    CaseSnapshot s;
    s.record.family = u"security"_s;
    s.record.subtype = u"account_stolen"_s;
    s.record.providerKey = u"cash_app"_s;
    s.record.language = u"en"_s;
    s.record.incidentAt = local(newYork, 2026, 3, 2, 14);
    const qint64 now = local(newYork, 2026, 3, 2, 15);
    ClockContext c = ClockContext::fromCase(s, &*shipped, u"en"_s, u"US"_s);
    Reminder set = table.makeReminder(offer(table.offers(c, now, newYork), u"us_rege_report_error"_s),
                                      1, u"Cash App"_s, u"en"_s);
    set.state = u"pending"_s;
    TransactionRecord t;
    t.occurredAt = local(newYork, 2026, 2, 27, 21);
    s.transactions = {t};
    c = ClockContext::fromCase(s, &*shipped, u"en"_s, u"US"_s);
    const ClockOffer again = offer(table.offers(c, now, newYork, {set}), u"us_rege_report_error"_s);
    EXPECT_NE(QDateTime::fromMSecsSinceEpoch(again.remindAt, newYork).date(),
              QDateTime::fromMSecsSinceEpoch(set.dueAt, newYork).date());
    EXPECT_TRUE(again.alreadySet);
    EXPECT_FALSE(again.recommended);
}

// The Cash App walk: the complaint of November 29 asked for a reply by December 11 and a
// reminder for that day is set; the follow-up sent on December 11 asks for one by December 18.
// That is a new deadline, offered after the follow-up is marked sent (not "already set").
TEST(FollowUpClocksTest, ANewLettersReplyDateIsOfferedBesideTheEarlierOne)
{
    const ClockTable table = shippedClocks();
    const QTimeZone la = zone("America/Los_Angeles");
    ClockContext c;
    c.regions = {u"US"_s};
    c.providerKey = u"cash_app"_s;
    c.providerKind = u"wallet_with_balance"_s;
    c.family = u"security"_s;
    c.complaintSentAt = local(la, 2026, 11, 29, 10);
    c.replyRequestedOn = QDate(2026, 12, 11);
    Reminder first =
        table.makeReminder(offer(table.offers(c, *c.complaintSentAt, la), u"letter_reply_by"_s),
                           1, u"Cash App"_s, u"en"_s);
    first.state = u"pending"_s;
    ASSERT_TRUE(first.text.contains(u"December 11, 2026"_s)) << first.text.toStdString();
    // The same letter's date again: set already.
    EXPECT_TRUE(offer(table.offers(c, *c.complaintSentAt, la, {first}), u"letter_reply_by"_s)
                    .alreadySet);

    c.replyRequestedOn = QDate(2026, 12, 18);
    const qint64 now = local(la, 2026, 12, 11, 10);
    const ClockOffer next = offer(table.offers(c, now, la, {first}), u"letter_reply_by"_s);
    EXPECT_EQ(next.deadline, QDate(2026, 12, 18));
    EXPECT_FALSE(next.alreadySet);
    EXPECT_FALSE(next.passed);
    EXPECT_TRUE(next.recommended);
}

} // namespace
