// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// What a later letter says must agree with what the case already did: a follow-up keeps the
// deadline the company was given (and the Regulation E clock), letters to the company say that a
// regulator complaint was made instead of threatening one and list only the letters the company
// received, every history reads in date order, a regulator letter asks the regulator for what it
// can do, and each region's letter is spelt the region's way (issue 11, the second walk).
#include "guidance/Taxonomy.h"
#include "letters/LetterConventions.h"
#include "letters/LetterDrafter.h"
#include "support/LetterText.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace wc::core;
using wc::test::expectAbsent;
using wc::test::expectInOrder;
using wc::test::letterText;
using namespace Qt::Literals::StringLiterals;

namespace {

const char* kLosAngeles = "America/Los_Angeles";
const char* kNewYork = "America/New_York";
const char* kShanghai = "Asia/Shanghai";

qint64 at(const char* zone, int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(zone)).toMSecsSinceEpoch();
}

Letter draft(const CaseSnapshot& s, const Profile& p, const QString& kind, const QString& language,
             const char* zone, qint64 now, const QString& regulator = {})
{
    LetterDrafter::Request request;
    request.kind = kind;
    request.language = language;
    request.nowMs = now;
    request.zone = QTimeZone(zone);
    request.regulatorKey = regulator;
    auto letter = LetterDrafter::draft(s, p, request);
    EXPECT_TRUE(letter.ok()) << kind.toStdString() << " " << language.toStdString() << ": "
                             << (letter.ok() ? std::string() : letter.error().detail.toStdString());
    return letter.ok() ? *letter : Letter{};
}

Letter sentLetter(const QString& kind, qint64 sentAt, std::optional<qint64> replyBy,
                  const QString& channel = u"email"_s)
{
    Letter l;
    l.kind = kind;
    l.status = u"sent"_s;
    l.createdAt = sentAt;
    l.sentAt = sentAt;
    l.replyBy = replyBy;
    l.channel = channel;
    return l;
}

const Profile maria{u"Maria Rivera"_s, u"(415) 555-0134"_s, u"maria@example.com"_s, {}, 0};

CaseSnapshot cashAppTakeover()
{
    CaseSnapshot s;
    CaseRecord& r = s.record;
    r.family = u"security"_s;
    r.subtype = u"unauthorized_payment"_s;
    r.status = u"sent"_s;
    r.providerKey = u"cash_app"_s;
    r.providerName = u"Cash App"_s;
    r.accountRef = u"$mariarivera"_s;
    r.incidentAt = at(kLosAngeles, 2026, 11, 28, 3, 14);
    r.amountMinor = 124000;
    r.currency = u"USD"_s;
    r.remedies = {u"refund"_s};
    return s;
}

// A regulator letter as the drafter writes it, sent on `sentAt`: the name it is addressed by is
// how later letters know which regulator it went to.
Letter sentRegulatorLetter(const CaseSnapshot& s, const Profile& p, const QString& language,
                           const char* zone, qint64 sentAt, const QString& key)
{
    Letter l = draft(s, p, u"regulator"_s, language, zone, sentAt - 3600 * 1000, key);
    l.status = u"sent"_s;
    l.sentAt = sentAt;
    l.channel = u"web_form"_s;
    return l;
}

// --- 1. A later letter keeps the later deadline while it is still ahead ---------------------

TEST(LetterConsistency, AFollowUpNeverAsksSoonerThanTheDeadlineTheFirstLetterGave)
{
    // The notice of error went out on Monday 7 December asking for the result within the
    // rule's 10 business days: 21 December. A follow-up the next day must not ask for 15 December.
    CaseSnapshot s = cashAppTakeover();
    s.letters = {sentLetter(u"initial"_s, at(kLosAngeles, 2026, 12, 7, 9),
                            at(kLosAngeles, 2026, 12, 21, 23, 59))};
    const qint64 now = at(kLosAngeles, 2026, 12, 8);
    for (const QString& kind : {u"follow_up"_s, u"escalation"_s}) {
        const Letter l = draft(s, maria, kind, u"en"_s, kLosAngeles, now);
        EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(*l.replyBy, QTimeZone(kLosAngeles)).date(),
                  QDate(2026, 12, 21))
            << kind.toStdString();
        expectAbsent(l, {u"December 15, 2026"_s, u"December 22, 2026"_s});
    }

    // The first letter asked for an earlier date than the rule gives (the user chose 11
    // December): a later notice still gives the investigation its 10 business days from the
    // first notice, never fewer.
    s.letters = {sentLetter(u"initial"_s, at(kLosAngeles, 2026, 12, 7, 9),
                            at(kLosAngeles, 2026, 12, 11, 23, 59))};
    const Letter followUp = draft(s, maria, u"follow_up"_s, u"en"_s, kLosAngeles, now);
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(*followUp.replyBy, QTimeZone(kLosAngeles)).date(),
              QDate(2026, 12, 21));
    expectInOrder(followUp, {u"reply in writing by December 21, 2026."_s});

    // Without a legal clock, the date already given is kept too: a letter of 29 November asked
    // for 20 December; a follow-up of 7 December asks for 20 December, not 14 December.
    CaseSnapshot alipay;
    alipay.record.family = u"transaction"_s;
    alipay.record.subtype = u"duplicate_charge"_s;
    alipay.record.providerKey = u"alipay"_s;
    alipay.record.providerName = u"支付宝"_s;
    alipay.letters = {sentLetter(u"initial"_s, at(kShanghai, 2026, 11, 29),
                                 at(kShanghai, 2026, 12, 20, 9))};
    const Letter zh =
        draft(alipay, maria, u"follow_up"_s, u"zh_CN"_s, kShanghai, at(kShanghai, 2026, 12, 7));
    expectInOrder(zh, {u"请贵公司于2026年12月20日前处理我的投诉"_s});
    expectAbsent(zh, {u"2026年12月14日前处理"_s});
}

// --- 2. Letters to the company know about a regulator complaint already made ----------------

TEST(LetterConsistency, LettersToTheCompanyNameTheRegulatorComplaintAndListOnlyTheirOwnLetters)
{
    CaseSnapshot s = cashAppTakeover();
    s.letters = {sentLetter(u"initial"_s, at(kLosAngeles, 2026, 11, 30, 9),
                            at(kLosAngeles, 2026, 12, 14, 23, 59))};
    s.letters << sentRegulatorLetter(s, maria, u"en"_s, kLosAngeles,
                                     at(kLosAngeles, 2026, 12, 16, 11), u"us_cfpb"_s);
    const qint64 now = at(kLosAngeles, 2026, 12, 18);
    for (const QString& kind : {u"follow_up"_s, u"escalation"_s}) {
        const Letter l = draft(s, maria, kind, u"en"_s, kLosAngeles, now);
        expectInOrder(l, {u"I complained about this matter to the Consumer Financial Protection "
                          "Bureau on December 16, 2026."_s});
        expectAbsent(l, {u"I may take the matter further"_s, u"I may refer my complaint"_s,
                         u"complained to a regulator"_s, u"Letters I have sent you"_s});
    }
    // A Regulation E case keeps its notice-of-error wording in the formal complaint.
    const Letter escalation = draft(s, maria, u"escalation"_s, u"en"_s, kLosAngeles, now);
    expectInOrder(escalation, {u"Notice of error under Regulation E — Formal complaint"_s,
                               u"Regulation E (12 CFR 1005.11)"_s});

    // The same in Chinese, to a Chinese company, after a complaint to the central bank.
    CaseSnapshot wechat;
    wechat.record.family = u"security"_s;
    wechat.record.subtype = u"account_stolen"_s;
    wechat.record.status = u"sent"_s;
    wechat.record.providerKey = u"wechat_pay"_s;
    wechat.record.providerName = u"微信支付"_s;
    const Profile zhang{u"张伟"_s, u"13900139000"_s, {}, {}, 0};
    wechat.letters = {sentLetter(u"initial"_s, at(kShanghai, 2026, 11, 20),
                                 at(kShanghai, 2026, 12, 4, 9))};
    wechat.letters << sentRegulatorLetter(wechat, zhang, u"zh_CN"_s, kShanghai,
                                          at(kShanghai, 2026, 12, 5), u"cn_pboc_12363"_s);
    for (const QString& kind : {u"follow_up"_s, u"escalation"_s}) {
        const Letter l = draft(wechat, zhang, kind, u"zh_CN"_s, kShanghai, at(kShanghai, 2026, 12, 8));
        expectInOrder(l, {u"我已于2026年12月5日向中国人民银行金融消费权益保护局就此事投诉。"_s});
        expectAbsent(l, {u"我将考虑向相关监管机构反映"_s, u"向监管机构投诉"_s});
    }
}

// --- 3. Every history is in date order, contacts and letters merged --------------------------

TEST(LetterConsistency, EveryHistoryIsInDateOrder)
{
    CaseSnapshot s;
    CaseRecord& r = s.record;
    r.family = u"service"_s;
    r.subtype = u"account_frozen"_s;
    r.status = u"sent"_s;
    r.providerKey = u"venmo"_s;
    r.providerName = u"Venmo"_s;
    r.remedies = {u"unfreeze"_s};
    Contact call; // before the first letter: the first complaint was a call
    call.occurredAt = at(kNewYork, 2026, 11, 28, 16, 45);
    call.channel = u"hotline"_s;
    call.direction = u"outgoing"_s;
    call.agentName = u"Dana"_s;
    call.promise = u"A decision on the freeze"_s;
    call.promisedBy = at(kNewYork, 2026, 12, 4);
    Contact later = call;
    later.occurredAt = at(kNewYork, 2026, 12, 9, 11, 5);
    later.agentName = u"Chris"_s;
    later.promise.clear();
    later.promisedBy.reset();
    s.contacts = {later, call};
    s.letters = {sentLetter(u"follow_up"_s, at(kNewYork, 2026, 12, 7, 9),
                            at(kNewYork, 2026, 12, 14, 23, 59)),
                 sentLetter(u"initial"_s, at(kNewYork, 2026, 12, 1, 9),
                            at(kNewYork, 2026, 12, 15, 23, 59))};
    const Profile james{u"James Lee"_s, {}, {}, {}, 0};
    const qint64 now = at(kNewYork, 2026, 12, 20);

    const Letter cfpb = draft(s, james, u"regulator"_s, u"en"_s, kNewYork, now, u"us_cfpb"_s);
    expectInOrder(cfpb, {u"How Venmo handled my complaint"_s, u"- November 28, 2026, 4:45 PM EST"_s,
                         // The call came first: it raised the complaint, the letter followed.
                         u"This was my complaint to Venmo."_s,
                         u"- December 1, 2026: I sent a complaint letter by email."_s,
                         u"- December 7, 2026: I sent a follow-up letter by email."_s,
                         u"- December 9, 2026, 11:05 AM EST"_s, u"What I ask of you"_s});
    const Letter zh = draft(s, james, u"regulator"_s, u"zh_CN"_s, kNewYork, now, u"cn_pboc_12363"_s);
    expectInOrder(zh, {u"- 2026年11月28日 16:45（UTC-5）"_s, u"这是我第一次就此事向Venmo提出投诉。"_s,
                       u"- 2026年12月1日，我通过电子邮件发送投诉信。"_s,
                       u"- 2026年12月7日，我通过电子邮件发送跟进信。"_s, u"- 2026年12月9日"_s});

    // The follow-up and the formal complaint: calls, promises and letters in one chronology.
    for (const QString& kind : {u"follow_up"_s, u"escalation"_s}) {
        const Letter l = draft(s, james, kind, u"en"_s, kNewYork, now);
        expectInOrder(l, {u"- November 28, 2026, 4:45 PM EST"_s,
                          u"You promised: “A decision on the freeze” (by December 4, 2026)."_s,
                          u"- December 7, 2026: I sent a follow-up letter by email."_s,
                          u"- December 9, 2026, 11:05 AM EST"_s});
        const Letter c = draft(s, james, kind, u"zh_CN"_s, kNewYork, now);
        expectInOrder(c, {u"- 2026年11月28日"_s, u"贵公司承诺：“A decision on the freeze”（期限为2026年12月4日）。"_s,
                          u"- 2026年12月7日，我通过电子邮件发送跟进信。"_s, u"- 2026年12月9日"_s});
    }
}

// --- 4. A regulator letter asks the regulator for what it can do ------------------------------

TEST(LetterConsistency, ARegulatorLetterAsksTheRegulatorAndAgreesWithTheRecord)
{
    CaseSnapshot s;
    s.record.family = u"security"_s;
    s.record.subtype = u"account_stolen"_s;
    s.record.providerKey = u"wechat_pay"_s;
    s.record.providerName = u"微信支付"_s;
    s.record.remedies = {u"refund"_s, u"unfreeze"_s};
    const Profile zhang{u"张伟"_s, u"13900139000"_s, {}, {}, 0};
    const qint64 now = at(kShanghai, 2026, 12, 8);

    // No complaint to WeChat Pay on record: nothing is said to have been asked of it.
    Letter zh = draft(s, zhang, u"regulator"_s, u"zh_CN"_s, kShanghai, now, u"cn_pboc_12363"_s);
    expectInOrder(zh, {u"我尚无向微信支付投诉的记录。"_s, u"请贵单位受理我的投诉，并督促微信支付依法妥善处理，包括："_s,
                       u"- 退还相关款项"_s});
    expectAbsent(zh, {u"我向微信支付提出的诉求"_s, u"向微信支付提出"_s});
    s.record.providerName = u"WeChat Pay"_s;
    Letter en = draft(s, zhang, u"regulator"_s, u"en"_s, kShanghai, now, u"us_cfpb"_s);
    expectInOrder(en, {u"I have no record of a complaint to WeChat Pay yet."_s,
                       u"Please look into my complaint and require WeChat Pay to resolve it, in "
                       "particular by providing:\n- A refund of the money concerned"_s});
    expectAbsent(en, {u"What I asked WeChat Pay for"_s});

    // With a complaint on record the requests are still the regulator's to make.
    s.letters = {sentLetter(u"initial"_s, at(kShanghai, 2026, 11, 20), at(kShanghai, 2026, 12, 4))};
    en = draft(s, zhang, u"regulator"_s, u"en"_s, kShanghai, now, u"us_cfpb"_s);
    expectInOrder(en, {u"- 20 November 2026: I complained to WeChat Pay by email."_s,
                       u"require WeChat Pay to resolve it"_s});
    expectAbsent(en, {u"I have no record of a complaint"_s});
}

// --- 5. Each region's letter uses its spelling --------------------------------------------------

TEST(LetterConsistency, EachRegionSpellsItsOwnWay)
{
    auto us = LetterConventions::load(u"US"_s, u"en"_s, QTimeZone(kNewYork));
    auto uk = LetterConventions::load(u"UK"_s, u"en"_s, QTimeZone("Europe/London"));
    auto cn = LetterConventions::load(u"CN"_s, u"zh_CN"_s, QTimeZone(kShanghai));
    ASSERT_TRUE(us.ok() && uk.ok() && cn.ok());
    EXPECT_EQ(us->spelled(u"Authorised by the organisation, summarised."_s),
              u"Authorized by the organization, summarized."_s);
    EXPECT_EQ(uk->spelled(u"Unauthorized payments; the CENTER"_s), u"Unauthorised payments; the CENTRE"_s);
    EXPECT_EQ(us->spelled(u"cancelled"_s), u"cancelled"_s);
    EXPECT_EQ(cn->spelled(u"未经授权 authorized"_s), u"未经授权 authorized"_s);

    const QStringList british{u"authorise"_s, u"authorisation"_s, u"organisation"_s,
                              u"summarise"_s, u"recognise"_s,     u"behaviour"_s,
                              u"centre"_s};
    const QStringList american{u"authorize"_s, u"authorization"_s, u"organization"_s,
                               u"summarize"_s, u"recognize"_s,     u"behavior"_s,
                               u"center"_s};
    auto taxonomy = Taxonomy::load();
    ASSERT_TRUE(taxonomy.ok());
    CaseSnapshot s = cashAppTakeover();
    s.record.remedies = {u"reversal"_s, u"refund"_s, u"explanation"_s};
    s.record.amountMinor.reset();
    s.record.accountRef.clear();
    s.letters = {sentLetter(u"initial"_s, at(kNewYork, 2026, 11, 20), at(kNewYork, 2026, 12, 4))};
    const Profile nobody;
    int usSeen = 0;
    int ukSeen = 0;
    for (const Family& family : taxonomy->families()) {
        for (const Subtype& subtype : family.subtypes) {
            s.record.family = family.key;
            s.record.subtype = subtype.key;
            for (const QString& kind : LetterDrafter::kinds()) {
                const Letter inUs = draft(s, nobody, kind, u"en"_s, kNewYork,
                                          at(kNewYork, 2026, 12, 8), u"us_cfpb"_s);
                CaseSnapshot inBritain = s; // Cash App serves the US only: PayPal in the UK
                inBritain.record.providerKey = u"paypal"_s;
                inBritain.record.providerName = u"PayPal"_s;
                const Letter inUk = draft(inBritain, nobody, kind, u"en"_s, "Europe/London",
                                          at(kNewYork, 2026, 12, 8), u"uk_fos"_s);
                for (const QString& word : british) {
                    EXPECT_FALSE(letterText(inUs).contains(word, Qt::CaseInsensitive))
                        << word.toStdString() << " in " << letterText(inUs).toStdString();
                }
                for (const QString& word : american) {
                    EXPECT_FALSE(letterText(inUk).contains(word, Qt::CaseInsensitive))
                        << word.toStdString() << " in " << letterText(inUk).toStdString();
                }
                usSeen += letterText(inUs).contains(u"authoriz"_s) || letterText(inUs).contains(u"summarized"_s);
                ukSeen += letterText(inUk).contains(u"authoris"_s) || letterText(inUk).contains(u"summarised"_s);
            }
        }
    }
    // The sweep saw the words it checks, in both spellings.
    EXPECT_GT(usSeen, 0);
    EXPECT_GT(ukSeen, 0);
}

} // namespace
