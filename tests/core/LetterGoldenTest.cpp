// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Golden letters: the scenarios new users walked (an Alipay duplicate charge and a stolen WeChat
// Pay account in Chinese, a Cash App takeover, a Venmo freeze taken to the CFPB, a PayPal
// duplicate in the UK) drafted as every kind of letter, checked for the addressee, the facts,
// the contacts and broken promises, the deadlines and the region's conventions; and a sweep of
// every subtype × language × kind × region for placeholders, and regulator letters that speak to
// the regulator about the company.
#include "guidance/Taxonomy.h"
#include "letters/LetterDrafter.h"
#include "support/LetterText.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace wc::core;
using wc::test::expectAbsent;
using wc::test::expectInOrder;
using wc::test::letterText;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 at(const char* zone, int y, int m, int d, int h, int min)
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
    // WC_LETTER_DUMP=file appends every golden letter to a file, for a human to read them all.
    if (const QString dump = qEnvironmentVariable("WC_LETTER_DUMP"); !dump.isEmpty() && letter.ok()) {
        QFile out(dump);
        if (out.open(QIODevice::Append))
            out.write((u"\n=================== "_s + kind + u" "_s + language + u" "_s
                       + QString::fromLatin1(zone) + u"\n"_s + letterText(*letter) + u"\n"_s)
                          .toUtf8());
    }
    return letter.ok() ? *letter : Letter{};
}

// Our own wording never leaves a placeholder, a template tag or doubled punctuation.
void expectClean(const Letter& l)
{
    static const QRegularExpression placeholder(
        uR"(\{\{|\[(?:date|amount|name|rule|regulator)\]|__|X月X日|XX元|XXXX)"_s);
    static const QRegularExpression doubled(u"[，。、；：！？,.;:!?][ \\t]*[，。、；：！？,.;:!?]"_s);
    const QString text = letterText(l);
    EXPECT_FALSE(placeholder.match(text).hasMatch()) << text.toStdString();
    EXPECT_FALSE(text.contains(u"\n\n\n"_s)) << text.toStdString();
    for (const QString& line : text.split(u'\n'))
        EXPECT_FALSE(doubled.match(line).hasMatch()) << line.toStdString();
}

// --- Scenario 1: 王芳, Alipay, charged twice at a convenience store, a broken promise ---------

const char* kShanghai = "Asia/Shanghai";

Profile wangFang()
{
    return {u"王芳"_s, u"13800138000"_s, u"wangfang@example.com"_s, u"上海市徐汇区漕溪北路 88 号"_s, 0};
}

CaseSnapshot alipayDuplicate()
{
    CaseSnapshot s;
    CaseRecord& r = s.record;
    r.id = 1;
    r.family = u"transaction"_s;
    r.subtype = u"duplicate_charge"_s;
    r.status = u"sent"_s;
    r.providerKey = u"alipay"_s;
    r.providerName = u"支付宝"_s;
    r.incidentAt = at(kShanghai, 2026, 11, 28, 14, 32);
    r.amountMinor = 12800;
    r.currency = u"CNY"_s;
    r.references = {u"2026112822001419550512345678"_s};
    r.accountRef = u"13800138000"_s;
    r.remedies = {u"refund"_s, u"explanation"_s};
    TransactionRecord one;
    one.occurredAt = at(kShanghai, 2026, 11, 28, 14, 32);
    one.counterparty = u"全家便利店"_s;
    one.amountMinor = 12800;
    one.currency = u"CNY"_s;
    one.reference = u"2026112822001419550512345678"_s;
    TransactionRecord two = one;
    two.occurredAt = at(kShanghai, 2026, 11, 28, 14, 33);
    two.reference = u"2026112822001419550512345679"_s;
    s.transactions = {one, two};
    Letter initial;
    initial.kind = u"initial"_s;
    initial.status = u"sent"_s;
    initial.createdAt = at(kShanghai, 2026, 11, 29, 9, 0);
    initial.sentAt = at(kShanghai, 2026, 11, 29, 10, 0);
    initial.replyBy = at(kShanghai, 2026, 12, 13, 9, 0);
    initial.channel = u"in_app_chat"_s;
    initial.reference = u"KF20261129001"_s;
    s.letters = {initial};
    Contact call;
    call.occurredAt = at(kShanghai, 2026, 12, 2, 15, 10);
    call.channel = u"hotline"_s;
    call.direction = u"outgoing"_s;
    call.agentName = u"李静"_s;
    call.agentId = u"A3321"_s;
    call.reference = u"KF20261202017"_s;
    call.summary = u"客服确认重复扣款"_s;
    call.promise = u"退还重复扣除的 128 元"_s;
    call.promisedBy = at(kShanghai, 2026, 12, 10, 9, 0);
    s.contacts = {call};
    Evidence shot;
    shot.title = u"账单截图：两笔 128 元"_s;
    s.evidence = {shot};
    return s;
}

TEST(GoldenLetters, AlipayDuplicateInChinese)
{
    const CaseSnapshot s = alipayDuplicate();
    const qint64 now = at(kShanghai, 2026, 12, 11, 10, 0);

    const Letter initial = draft(s, wangFang(), u"initial"_s, u"zh_CN"_s, kShanghai, now);
    expectInOrder(initial, {
        u"投诉：支付宝——重复扣款，交易单号 2026112822001419550512345678"_s,
        u"尊敬的支付宝客服团队："_s,
        // The company must find the account: it is written in full.
        u"账户：13800138000"_s,
        u"发生时间：2026年11月28日 14:32\n"_s, // Beijing time, to a Chinese company: no zone named
        u"涉及金额：128.00元"_s,
        u"- 2026年11月28日 14:32，交易对方：全家便利店，金额：128.00元，交易单号：2026112822001419550512345678"_s,
        u"- 2026年12月2日 15:10，致电客服热线，客服李静（工号：A3321），受理编号：KF20261202017。"_s,
        u"贵公司承诺：“退还重复扣除的 128 元”（期限为2026年12月10日）。该期限已过，我的投诉仍未解决。"_s,
        // What it asks back, with the amount (the walk's letter left the company to guess).
        u"为解决此问题，我请求贵公司采取以下措施：\n- 退还相关款项（128.00元）\n"_s, u"【附件清单】"_s, u"- 账单截图：两笔 128 元"_s,
        // 此致 on a line of its own, indented two characters; 敬礼！ flush left under it.
        u"\n\u3000\u3000此致\n敬礼！\n\n王芳\n2026年12月11日"_s,
    });
    expectAbsent(initial, {u"138****8000"_s, u"CNY"_s, u"人民币 128.00 元"_s, u"工单号"_s});
    expectClean(initial);

    const Letter followUp = draft(s, wangFang(), u"follow_up"_s, u"zh_CN"_s, kShanghai, now);
    expectInOrder(followUp, {
        u"跟进投诉：支付宝——重复扣款"_s,
        u"我于2026年11月29日通过 App 内在线客服就以下问题向贵公司投诉（受理编号：KF20261129001）。"_s,
        u"我请贵公司于2026年12月13日前答复。"_s,
        // The call, its promise and that the promised date passed, in the one chronology.
        u"【此前的经过】"_s,
        u"- 2026年12月2日 15:10，致电客服热线，客服李静（工号：A3321），受理编号：KF20261202017。"
        u"沟通内容：客服确认重复扣款。贵公司承诺：“退还重复扣除的 128 元”（期限为2026年12月10日）。"
        u"该期限已过，我的投诉仍未解决。"_s,
        // The company's deadline of 13 December is two days off: too close to hold it to, so
        // the follow-up asks for its own seven days rather than a reply almost by return.
        u"请贵公司于2026年12月18日前处理我的投诉并给予书面答复。"_s,
    });
    expectAbsent(followUp, {u"请贵公司于2026年12月13日前处理"_s});
    expectClean(followUp);

    const Letter regulator =
        draft(s, wangFang(), u"regulator"_s, u"zh_CN"_s, kShanghai, now, u"cn_pboc_12363"_s);
    expectInOrder(regulator, {
        u"投诉支付宝：重复扣款"_s,
        u"致：中国人民银行金融消费权益保护局"_s,
        u"尊敬的工作人员："_s,
        u"通讯地址：上海市徐汇区漕溪北路 88 号"_s,
        u"在支付宝的账户：13800138000"_s,
        u"【被投诉方】\n支付宝"_s,
        u"【向支付宝投诉及其处理经过】"_s,
        u"- 2026年11月29日，我通过 App 内在线客服向支付宝投诉（受理编号：KF20261129001）。"_s,
        u"客服李静（工号：A3321）"_s,
        u"该公司承诺：“退还重复扣除的 128 元”（期限为2026年12月10日）。该期限已过，问题仍未解决。"_s,
        u"【可提供的材料】"_s, u"- 账单截图：两笔 128 元"_s,
    });
    expectAbsent(regulator, {u"12363"_s, u"贵公司"_s});
    expectClean(regulator);

    const Letter post = draft(s, wangFang(), u"public_post"_s, u"zh_CN"_s, kShanghai, now);
    expectAbsent(post, {u"王芳"_s, u"13800138000"_s, u"2026112822001419550512345678"_s,
                        u"李静"_s, u"A3321"_s, u"KF2026"_s});
    expectInOrder(post, {u"发生日期：2026年11月28日\n"_s, u"涉及金额：128.00元"_s});
    expectClean(post);
}

TEST(GoldenLetters, AFollowUpBeforeThePromisedDateRestatesThePromiseWithoutCallingItBroken)
{
    CaseSnapshot s = alipayDuplicate();
    s.letters.clear(); // the complaint was the phone call of 2 December
    const qint64 now = at(kShanghai, 2026, 12, 7, 5, 7); // early on the 7th
    const Letter l = draft(s, wangFang(), u"follow_up"_s, u"zh_CN"_s, kShanghai, now);
    expectInOrder(l, {
        u"我于2026年12月2日通过客服电话就以下问题向贵公司投诉（受理编号：KF20261202017）。"_s,
        u"截至2026年12月7日（已过去5天）"_s, // calendar days, not 24-hour periods
        u"【此前的经过】"_s,
        u"客服李静（工号：A3321），受理编号：KF20261202017。沟通内容：客服确认重复扣款。"
        u"贵公司承诺：“退还重复扣除的 128 元”（期限为2026年12月10日）。"_s,
    });
    expectAbsent(l, {u"该期限已过"_s});
    expectClean(l);

    // No complaint on record: a regulator letter claims none.
    CaseSnapshot fresh = alipayDuplicate();
    fresh.letters.clear();
    fresh.contacts.clear();
    fresh.record.status = u"ready"_s;
    const Letter reg = draft(fresh, wangFang(), u"regulator"_s, u"zh_CN"_s, kShanghai, now,
                             u"cn_pboc_12363"_s);
    expectAbsent(reg, {u"我已先向该公司投诉"_s, u"我已通过客服渠道"_s});
    expectInOrder(reg, {u"我尚无向支付宝投诉的记录。"_s});
    const Letter en = draft(fresh, wangFang(), u"regulator"_s, u"en"_s, kShanghai, now, u"us_cfpb"_s);
    expectAbsent(en, {u"I complained to the company first"_s});
    expectClean(en);
}

// The walk: a follow-up written while the first letter's reply date was still ahead said that
// date three times (opening, the history's line for the same letter, closing).
TEST(GoldenLetters, AFollowUpNamesTheFirstLettersReplyDateOnceInItsStory)
{
    const CaseSnapshot s = alipayDuplicate(); // the letter of 29 November asked for 13 December
    const qint64 now = at(kShanghai, 2026, 12, 3, 10, 0);
    const Letter zh = draft(s, wangFang(), u"follow_up"_s, u"zh_CN"_s, kShanghai, now);
    expectInOrder(zh, {u"我请贵公司于2026年12月13日前答复。"_s, u"【此前的经过】"_s,
                       u"请贵公司于2026年12月13日前处理我的投诉"_s});
    EXPECT_EQ(zh.body.count(u"2026年12月13日"_s), 2) << zh.body.toStdString();
    const Letter en = draft(s, wangFang(), u"follow_up"_s, u"en"_s, kShanghai, now);
    EXPECT_EQ(en.body.count(u"December 13, 2026"_s) + en.body.count(u"13 December 2026"_s), 2)
        << en.body.toStdString();
    expectClean(zh);
    expectClean(en);
}

TEST(GoldenLetters, ARedraftedRegulatorLetterKeepsItsAddressee)
{
    const CaseSnapshot s = alipayDuplicate();
    const qint64 now = at(kShanghai, 2026, 12, 11, 10, 0);
    for (const char* key : {"cn_pboc_12363", "cn_nfra_12378", "us_cfpb", "uk_fos"}) {
        for (const QString& language : LetterDrafter::languages()) {
            const Letter l = draft(s, wangFang(), u"regulator"_s, language, kShanghai, now,
                                   QString::fromLatin1(key));
            EXPECT_EQ(LetterDrafter::regulatorAddressedIn(l), QString::fromLatin1(key))
                << key << " " << language.toStdString();
        }
    }
    EXPECT_TRUE(LetterDrafter::regulatorAddressedIn(
                    draft(s, wangFang(), u"initial"_s, u"en"_s, kShanghai, now))
                    .isEmpty());
}

// --- Scenario 2: 陈磊, WeChat Pay account stolen; frozen and passwords changed ------------

TEST(GoldenLetters, StolenWeChatAccountStatesTheFreezeAndItsTime)
{
    CaseSnapshot s;
    CaseRecord& r = s.record;
    r.family = u"security"_s;
    r.subtype = u"account_stolen"_s;
    r.providerKey = u"wechat_pay"_s;
    r.providerName = u"微信支付"_s;
    r.accountRef = u"chenlei_88"_s;
    r.incidentAt = at(kShanghai, 2026, 12, 5, 23, 40);
    ChecklistItem freeze;
    freeze.itemKey = u"freeze_account"_s;
    freeze.doneAt = at(kShanghai, 2026, 12, 5, 23, 52);
    ChecklistItem passwords;
    passwords.itemKey = u"change_passwords"_s;
    passwords.doneAt = at(kShanghai, 2026, 12, 6, 8, 15);
    ChecklistItem police; // not done: not stated
    police.itemKey = u"report_police"_s;
    s.checklist = {passwords, freeze, police};
    const Profile chen{u"陈磊"_s, u"13900139000"_s, {}, {}, 0};
    const qint64 now = at(kShanghai, 2026, 12, 6, 9, 0);

    for (const QString& kind : {u"initial"_s, u"escalation"_s, u"regulator"_s}) {
        const Letter l = draft(s, chen, kind, u"zh_CN"_s, kShanghai, now, u"cn_pboc_12363"_s);
        expectInOrder(l, {u"我已于2026年12月5日 23:52冻结账户。"_s,
                           u"我已于2026年12月6日修改登录密码和支付密码。"_s});
        expectAbsent(l, {u"报案"_s});
        expectClean(l);
    }
    s.record.providerName = u"WeChat Pay"_s; // as LetterDrafter::nameProvider names it in English
    const Letter en = draft(s, chen, u"initial"_s, u"en"_s, kShanghai, now);
    expectInOrder(en, {u"6 December 2026\n\nDear WeChat Pay customer service team,"_s,
                        u"What I have done since"_s,
                        u"- I had the account frozen on 5 December 2026, 23:52."_s,
                        u"- I changed my sign-in and payment passwords on 6 December 2026."_s,
                        u"Yours faithfully,\n\n陈磊"_s});
    expectClean(en);
}

// --- Scenario 3: Maria Rivera, Cash App takeover in California: a Regulation E notice ---------

const char* kLosAngeles = "America/Los_Angeles";

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
    ChecklistItem freeze;
    freeze.itemKey = u"freeze_account"_s;
    freeze.doneAt = at(kLosAngeles, 2026, 11, 28, 7, 5);
    s.checklist = {freeze};
    return s;
}

TEST(GoldenLetters, CashAppTakeoverIsARegulationENoticeInUsStyle)
{
    const CaseSnapshot s = cashAppTakeover();
    const Profile maria{u"Maria Rivera"_s, u"(415) 555-0134"_s, u"maria@example.com"_s, {}, 0};
    const qint64 now = at(kLosAngeles, 2026, 11, 30, 10, 0); // Monday
    const Letter l = draft(s, maria, u"initial"_s, u"en"_s, kLosAngeles, now);
    expectInOrder(l, {
        u"Notice of error under Regulation E — Complaint: Cash App — Unauthorized payment"_s,
        u"November 30, 2026\n\nDear Cash App customer service team:"_s,
        u"Account: $mariarivera"_s,
        u"Date and time: November 28, 2026, 3:14 AM PST"_s,
        u"Amount: $1,240.00"_s,
        u"- I had the account frozen on November 28, 2026, 7:05 AM PST."_s,
        u"Notice of error under Regulation E"_s,
        u"Regulation E (12 CFR 1005.11)"_s,
        u"within 10 business days"_s,
        u"provisionally credit my account"_s,
        // Ten business days from Monday 30 November.
        u"Please reply in writing by December 14, 2026."_s,
        u"Sincerely,\n\nMaria Rivera"_s,
    });
    // Ticking "frozen" records when the user froze it, not when the company was told: the notice
    // must not claim a report time the user never gave (it decides the Reg E liability cap).
    expectAbsent(l, {u"Yours faithfully"_s, u"USD 1240.00"_s, u"$*****"_s, u"03:14"_s,
                     u"I reported it to you"_s});
    expectClean(l);

    // The same case written for a public forum: nothing that identifies the user.
    // Cash App payments come from the balance: a plain notice, not a conditional one.
    expectAbsent(l, {u"to the extent"_s, u"To the extent"_s, u"credit card"_s});

    const Letter post = draft(s, maria, u"public_post"_s, u"en"_s, kLosAngeles, now);
    expectAbsent(post, {u"mariarivera"_s, u"Maria"_s, u"555-0134"_s});
    expectInOrder(post, {u"Date: November 28, 2026\n"_s, u"Amount: $1,240.00"_s});
    expectClean(post);

    // A letter the user chooses to send with the account masked.
    LetterDrafter::Request masked;
    masked.language = u"en"_s;
    masked.nowMs = now;
    masked.zone = QTimeZone(kLosAngeles);
    masked.fullAccount = false;
    auto maskedLetter = LetterDrafter::draft(s, maria, masked);
    ASSERT_TRUE(maskedLetter.ok());
    EXPECT_FALSE(maskedLetter->body.contains(u"$mariarivera"_s));
    EXPECT_TRUE(maskedLetter->body.contains(u"Account: "_s));
}

// --- Scenario 4: James Lee, Venmo froze his account; after two calls he goes to the CFPB -------

const char* kNewYork = "America/New_York";

// The walks: a day picked without a time was written as "12:00 AM" / "00:00", a time the user
// never gave. A day without a time is written as a day, under "Date", in every letter kind.
TEST(GoldenLetters, ADayWithoutATimeIsWrittenAsADay)
{
    CaseSnapshot us = cashAppTakeover();
    us.record.incidentAt = at(kLosAngeles, 2026, 11, 28, 0, 0);
    us.record.incidentTimeKnown = false;
    const Profile maria{u"Maria Rivera"_s, u"(415) 555-0134"_s, u"maria@example.com"_s, {}, 0};
    const qint64 usNow = at(kLosAngeles, 2026, 11, 30, 10, 0);
    CaseSnapshot cn = alipayDuplicate();
    cn.record.incidentAt = at(kShanghai, 2026, 11, 28, 0, 0);
    cn.record.incidentTimeKnown = false;
    // The call too: logged by its day (the fifth walk's letters said "2026年12月2日 00:00").
    cn.contacts[0].occurredAt = at(kShanghai, 2026, 12, 2, 0, 0);
    cn.contacts[0].timeKnown = false;
    const qint64 cnNow = at(kShanghai, 2026, 12, 11, 10, 0);
    for (const QString& kind : {u"initial"_s, u"follow_up"_s, u"escalation"_s, u"regulator"_s}) {
        SCOPED_TRACE(kind.toStdString());
        const Letter en = draft(us, maria, kind, u"en"_s, kLosAngeles, usNow);
        expectInOrder(en, {u"\nDate: November 28, 2026\n"_s});
        expectAbsent(en, {u"Date and time"_s, u"12:00 AM"_s});
        expectClean(en);
        const Letter zh = draft(cn, wangFang(), kind, u"zh_CN"_s, kShanghai, cnNow);
        expectInOrder(zh, {u"发生日期：2026年11月28日\n"_s});
        if (kind == u"initial"_s)
            expectInOrder(zh, {u"- 2026年12月2日，致电客服热线"_s});
        expectAbsent(zh, {u"发生时间"_s, u"00:00"_s});
        expectClean(zh);
    }
    // Known, the time is written as before.
    us.record.incidentTimeKnown = true;
    expectInOrder(draft(us, maria, u"initial"_s, u"en"_s, kLosAngeles, usNow),
                  {u"Date and time: November 28, 2026, 12:00 AM PST"_s});
}

TEST(GoldenLetters, VenmoFreezeToTheCfpbIsAboutTheCompanyWithTheWholeHistory)
{
    CaseSnapshot s;
    CaseRecord& r = s.record;
    r.family = u"service"_s;
    r.subtype = u"account_frozen"_s;
    r.status = u"sent"_s;
    r.providerKey = u"venmo"_s;
    r.providerName = u"Venmo"_s;
    r.accountRef = u"@james-lee-7"_s;
    r.amountMinor = 86050;
    r.currency = u"USD"_s;
    r.remedies = {u"unfreeze"_s, u"explanation"_s};
    Letter initial;
    initial.kind = u"initial"_s;
    initial.status = u"sent"_s;
    initial.createdAt = at(kNewYork, 2026, 11, 2, 9, 0);
    initial.sentAt = at(kNewYork, 2026, 11, 2, 9, 30);
    initial.replyBy = at(kNewYork, 2026, 11, 16, 9, 0);
    initial.channel = u"email"_s;
    s.letters = {initial};
    Contact first;
    first.occurredAt = at(kNewYork, 2026, 11, 10, 16, 45);
    first.channel = u"hotline"_s;
    first.direction = u"outgoing"_s;
    first.agentName = u"Dana"_s;
    first.agentId = u"V-5521"_s;
    first.reference = u"CASE-88213"_s;
    first.summary = u"Dana said the security team would review the account"_s;
    first.promise = u"A decision on the freeze"_s;
    first.promisedBy = at(kNewYork, 2026, 11, 17, 9, 0);
    Contact second = first;
    second.occurredAt = at(kNewYork, 2026, 11, 24, 11, 5);
    second.agentName = u"Chris"_s;
    second.agentId.clear();
    second.summary = u"No update; asked me to wait"_s;
    second.promise.clear();
    second.promisedBy.reset();
    s.contacts = {second, first};
    Evidence notice;
    notice.title = u"Venmo's freeze notice email"_s;
    s.evidence = {notice};
    const Profile james{u"James Lee"_s, u"(212) 555-0199"_s, u"james@example.com"_s,
                        u"41 Orchard St, New York, NY 10002"_s, 0};
    const qint64 now = at(kNewYork, 2026, 12, 1, 10, 0);

    const Letter l = draft(s, james, u"regulator"_s, u"en"_s, kNewYork, now, u"us_cfpb"_s);
    expectInOrder(l, {
        u"Complaint about Venmo: Account frozen"_s,
        u"December 1, 2026\n\nTo: Consumer Financial Protection Bureau\n\nDear Sir or Madam:"_s,
        u"I would like to complain about Venmo."_s,
        u"Address: 41 Orchard St, New York, NY 10002"_s,
        u"Account with Venmo: @james-lee-7"_s,
        u"My account has been frozen or restricted."_s,
        u"Amount: $860.50"_s,
        u"How Venmo handled my complaint"_s,
        // One chronology: the complaint letter, then the calls.
        u"- November 2, 2026: I complained to Venmo by email. I asked for a reply by November 16, "
        "2026. That date passed without a reply."_s,
        u"- November 10, 2026, 4:45 PM EST, phone call to customer service"_s,
        u"agent Dana (employee ID V-5521), reference CASE-88213."_s,
        u"The company promised: “A decision on the freeze” (by November 17, 2026). That date has "
        "passed and the problem is still not resolved."_s,
        u"- November 24, 2026, 11:05 AM EST"_s, u"agent Chris"_s,
        // No reply came at all: the letter says so, with the date asked for — not that a
        // reply was unsatisfactory.
        u"Venmo has not replied by November 16, 2026, the date I asked for."_s,
        // What the regulator can do about it.
        u"What I ask of you\nPlease look into my complaint and require Venmo to resolve it"_s,
        u"- Lifting of the freeze or restriction on my account"_s,
        u"Documents I can provide"_s, u"- Venmo's freeze notice email"_s,
        u"Sincerely,\n\nJames Lee"_s,
    });
    // Written to the regulator about the company, never to the company.
    // Dana said why the account was under review: the letter does not claim no reason was given.
    expectAbsent(l, {u"satisfactory"_s, u"from you"_s, u"You promised"_s, u"your team"_s, u"explain what you did"_s,
                     u"what you did about it"_s, u"Yours faithfully"_s, u"without any explanation"_s});
    expectClean(l);
}

// --- Scenario 5: Tom Clarke, PayPal in the UK, charged twice ------------------------------

TEST(GoldenLetters, PayPalDuplicateInTheUkFollowsBritishConventions)
{
    CaseSnapshot s;
    CaseRecord& r = s.record;
    r.family = u"transaction"_s;
    r.subtype = u"duplicate_charge"_s;
    r.providerKey = u"paypal"_s;
    r.providerName = u"PayPal"_s;
    r.incidentAt = at("Europe/London", 2026, 11, 28, 3, 14);
    r.amountMinor = 7450;
    r.currency = u"GBP"_s;
    r.references = {u"9XK12345AB678901C"_s};
    const Profile tom{u"Tom Clarke"_s, u"07700 900123"_s, {}, {}, 0};
    const qint64 now = at("Europe/London", 2026, 12, 1, 10, 0);
    const Letter l = draft(s, tom, u"initial"_s, u"en"_s, "Europe/London", now);
    expectInOrder(l, {u"1 December 2026\n\nDear PayPal customer service team,"_s,
                       u"Date and time: 28 November 2026, 03:14\n"_s, u"Amount: £74.50"_s,
                       u"Yours faithfully,\n\nTom Clarke"_s});
    expectAbsent(l, {u"Regulation E"_s, u"Sincerely"_s, u"GMT"_s});
    expectClean(l);
    const Letter fos = draft(s, tom, u"regulator"_s, u"en"_s, "Europe/London", now, u"uk_fos"_s);
    expectInOrder(fos, {u"To: Financial Ombudsman Service\n\nDear Sir or Madam,"_s});
}

// Every subtype × language × kind × region: no placeholder, no hole, and a regulator letter that
// never addresses the company as "you".
TEST(GoldenLetters, EveryCombinationIsCleanAndRegulatorLettersSpeakAboutTheCompany)
{
    auto taxonomy = Taxonomy::load();
    ASSERT_TRUE(taxonomy.ok());
    struct Region
    {
        const char* provider;
        const char* name;
        const char* zone;
        const char* regulator;
    };
    const Region regions[] = {{"alipay", "Alipay", "Asia/Shanghai", "cn_pboc_12363"},
                              {"cash_app", "Cash App", "America/Chicago", "us_cfpb"},
                              {"paypal", "PayPal", "Europe/London", "uk_fos"},
                              {"paypal", "PayPal", "Europe/Berlin", "eu_nca"}};
    static const QRegularExpression toCompany(
        uR"(\b(?:you|your)\b(?! help)|贵公司)"_s, QRegularExpression::CaseInsensitiveOption);
    int drafted = 0;
    for (const Region& region : regions) {
        CaseSnapshot s = alipayDuplicate();
        s.record.providerKey = QString::fromLatin1(region.provider);
        s.record.providerName = QString::fromLatin1(region.name);
        for (const Family& family : taxonomy->families()) {
            for (const Subtype& subtype : family.subtypes) {
                s.record.family = family.key;
                s.record.subtype = subtype.key;
                for (const QString& language : LetterDrafter::languages()) {
                    for (const QString& kind : LetterDrafter::kinds()) {
                        const Letter l = draft(s, wangFang(), kind, language, region.zone,
                                               at(kShanghai, 2026, 12, 11, 10, 0),
                                               QString::fromLatin1(region.regulator));
                        ++drafted;
                        expectClean(l);
                        if (language == u"zh_CN") {
                            // One word for each thing in every letter; the closing as the
                            // convention has it, wherever the letter has one.
                            expectAbsent(l, {u"跟进函"_s, u"工单号"_s, u"官网表单"_s,
                                             u"此致\n敬礼\n"_s, u"敬礼\n"_s});
                            if (kind != u"public_post")
                                expectInOrder(l, {u"\n\u3000\u3000此致\n敬礼！\n"_s});
                        }
                        if (kind == u"regulator") {
                            // "I ask of you" and "your help" speak to the regulator.
                            QString text = l.body;
                            text.remove(u"What I ask of you"_s);
                            const auto m = toCompany.match(text);
                            EXPECT_FALSE(m.hasMatch())
                                << region.provider << " " << subtype.key.toStdString() << " "
                                << language.toStdString() << ": '" << m.captured().toStdString()
                                << "'\n" << text.toStdString();
                        }
                    }
                }
            }
        }
    }
    EXPECT_EQ(drafted, 4 * 15 * 2 * 5);
}


// --- What the case does not hold, the letters do not say --------------------------------------

// A regulator letter says the company failed only when its reply is overdue or it replied and the
// problem stands; before that it says when the complaint went and when the reply is due.
TEST(GoldenLetters, ARegulatorLetterSaysTheCompanyFailedOnlyWhenItDid)
{
    CaseSnapshot s;
    CaseRecord& r = s.record;
    r.family = u"security"_s;
    r.subtype = u"unauthorized_payment"_s;
    r.providerKey = u"wechat_pay"_s;
    r.providerName = u"微信支付"_s;
    const Profile chen{u"陈磊"_s, u"13900139000"_s, {}, {}, 0};
    const qint64 now = at(kShanghai, 2026, 11, 23, 15, 0);

    // No complaint on record: no reply is missing, and none is said to be unsatisfactory.
    Letter zh = draft(s, chen, u"regulator"_s, u"zh_CN"_s, kShanghai, now, u"cn_pboc_12363"_s);
    expectInOrder(zh, {u"我尚无向微信支付投诉的记录。"_s, u"我尚未向微信支付投诉，因此还没有其答复。"_s});
    expectAbsent(zh, {u"未给予我满意的答复"_s, u"仍未得到解决"_s});
    expectClean(zh);

    // Sent today, the reply due in two weeks: not a failure yet.
    Letter initial;
    initial.kind = u"initial"_s;
    initial.status = u"sent"_s;
    initial.createdAt = at(kShanghai, 2026, 11, 23, 9, 0);
    initial.sentAt = at(kShanghai, 2026, 11, 23, 9, 30);
    initial.replyBy = at(kShanghai, 2026, 12, 7, 9, 0);
    initial.channel = u"in_app_chat"_s;
    s.letters = {initial};
    zh = draft(s, chen, u"regulator"_s, u"zh_CN"_s, kShanghai, now, u"cn_pboc_12363"_s);
    // The reply date is stated once, with the letter that asked for it (the Chinese walk's
    // letter said it three times; the English one put it on the day of a call).
    expectInOrder(zh, {u"我已于2026年11月23日向该公司投诉，特请贵单位协助处理"_s,
                        u"我请其于2026年12月7日前答复。"_s,
                        u"截至2026年11月23日，微信支付尚未答复。"_s});
    EXPECT_EQ(zh.body.count(u"2026年12月7日"_s), 1) << zh.body.toStdString();
    expectAbsent(zh, {u"未给予我满意的答复"_s, u"仍未得到解决"_s});
    expectClean(zh);
    s.record.providerName = u"WeChat Pay"_s;
    Letter en = draft(s, chen, u"regulator"_s, u"en"_s, kShanghai, now, u"us_cfpb"_s);
    expectAbsent(en, {u"it has not resolved the problem"_s,
                      u"has not given me a satisfactory reply"_s});
    expectInOrder(en, {u"I complained to the company on"_s, u"I asked for a reply by"_s,
                        u"has not replied yet."_s});
    EXPECT_EQ(en.body.count(u"7 December 2026"_s), 1) << en.body.toStdString();
    expectClean(en);

    // The deadline has passed without a reply: now the letters say so.
    const qint64 later = at(kShanghai, 2026, 12, 8, 10, 0);
    en = draft(s, chen, u"regulator"_s, u"en"_s, kShanghai, later, u"us_cfpb"_s);
    expectInOrder(en, {u"I complained to the company first, but it has not resolved the problem"_s,
                        u"WeChat Pay has not replied by 7 December 2026, the date I asked for."_s});
    expectAbsent(en, {u"satisfactory"_s});
    expectClean(en);
    s.record.providerName = u"微信支付"_s;
    zh = draft(s, chen, u"regulator"_s, u"zh_CN"_s, kShanghai, later, u"cn_pboc_12363"_s);
    expectInOrder(zh, {u"我已先向该公司投诉，但问题"_s,
                        u"微信支付未在我要求的2026年12月7日前答复。"_s});
    expectAbsent(zh, {u"满意"_s});
    expectClean(zh);
}

// A stolen account with no transaction on record asks to reverse what was not authorised, not
// "this transaction"; once the account was frozen, the money is not said to be at risk now.
TEST(GoldenLetters, AStolenAccountWithoutATransactionOrStillAtRiskIsNotDescribedAsOne)
{
    CaseSnapshot s;
    CaseRecord& r = s.record;
    r.family = u"security"_s;
    r.subtype = u"account_stolen"_s;
    r.providerKey = u"wechat_pay"_s;
    r.providerName = u"微信支付"_s;
    r.remedies = {u"reversal"_s};
    const Profile chen{u"陈磊"_s, u"13900139000"_s, {}, {}, 0};
    const qint64 now = at(kShanghai, 2026, 12, 6, 9, 0);

    for (const QString& kind : {u"initial"_s, u"escalation"_s, u"regulator"_s}) {
        const Letter l = draft(s, chen, kind, u"zh_CN"_s, kShanghai, now, u"cn_pboc_12363"_s);
        expectInOrder(l, {u"- 撤销未经我授权的交易"_s});
        expectAbsent(l, {u"这笔交易"_s});
        expectClean(l);
    }
    const Letter zhOpen = draft(s, chen, u"initial"_s, u"zh_CN"_s, kShanghai, now);
    expectInOrder(zhOpen, {u"账户中的资金面临风险"_s}); // not frozen: still true

    ChecklistItem freeze;
    freeze.itemKey = u"freeze_account"_s;
    freeze.doneAt = at(kShanghai, 2026, 12, 5, 23, 52);
    s.checklist = {freeze};
    const Letter zh = draft(s, chen, u"initial"_s, u"zh_CN"_s, kShanghai, now);
    // When it was frozen is stated once, among the steps taken, not again in the impact.
    expectInOrder(zh, {u"我已于2026年12月5日 23:52冻结账户。"_s,
                       u"我无法使用自己的账户；账户已冻结，以防止进一步损失。"_s});
    expectAbsent(zh, {u"面临风险"_s});
    EXPECT_EQ(zh.body.count(u"23:52"_s), 1) << zh.body.toStdString();
    expectClean(zh);

    s.record.providerName = u"WeChat Pay"_s;
    const Letter en = draft(s, chen, u"initial"_s, u"en"_s, kShanghai, now);
    EXPECT_EQ(en.body.count(u"23:52"_s), 1) << en.body.toStdString();
    expectInOrder(en, {u"- I had the account frozen on 5 December 2026, 23:52."_s,
                       u"I cannot use my own account; it is frozen to stop further loss."_s,
                        // A Chinese company's English letter follows British spelling.
                        u"- Reversal of any payments made from my account without my authorisation"_s});
    expectAbsent(en, {u"at risk"_s, u"Reversal of the transaction"_s});
    expectClean(en);

    // With a transaction on record, "the transaction" is the one the case holds.
    s.record.amountMinor = 50000;
    s.record.currency = u"CNY"_s;
    expectInOrder(draft(s, chen, u"initial"_s, u"en"_s, kShanghai, now),
                   {u"- Reversal of the transaction"_s});
    // Two transfers are not "the transaction" (the Cash App walk: $600 and $640).
    TransactionRecord first;
    first.amountMinor = 20000;
    first.currency = u"CNY"_s;
    first.occurredAt = at(kShanghai, 2026, 12, 5, 23, 41);
    TransactionRecord second = first;
    second.amountMinor = 30000;
    second.occurredAt = at(kShanghai, 2026, 12, 5, 23, 44);
    s.transactions = {first, second};
    expectInOrder(draft(s, chen, u"initial"_s, u"en"_s, kShanghai, now),
                   {u"- Reversal of these transactions"_s});
    expectInOrder(draft(s, chen, u"initial"_s, u"zh_CN"_s, kShanghai, now),
                   {u"- 撤销这些交易"_s});
}

// --- The public post says only what the case holds about the company's answer ---------------

TEST(GoldenLetters, ThePublicPostSaysOnlyWhatTheCaseHoldsAboutAReply)
{
    const auto post = [](const CaseSnapshot& s, const QString& language, qint64 now) {
        CaseSnapshot named = s;
        if (language == u"en")
            named.record.providerName = u"Alipay"_s;
        return draft(named, wangFang(), u"public_post"_s, language, kShanghai, now);
    };
    const QStringList neverSaid{u"satisfactory"_s, u"满意"_s};

    // No complaint on record: nothing about a complaint or a reply, and no "not yet resolved".
    CaseSnapshot none = alipayDuplicate();
    none.letters.clear();
    none.contacts.clear();
    none.record.status = u"ready"_s;
    const qint64 dec5 = at(kShanghai, 2026, 12, 5, 10, 0);
    Letter en = post(none, u"en"_s, dec5);
    Letter zh = post(none, u"zh_CN"_s, dec5);
    expectAbsent(en, QStringList(neverSaid) << u"complained"_s << u"reply"_s << u"not yet resolved"_s);
    expectAbsent(zh, QStringList(neverSaid) << u"投诉"_s << u"答复"_s);
    expectInOrder(en, {u"I hope Alipay will resolve the matter."_s});
    expectClean(en);
    expectClean(zh);

    // Sent on 29 November asking for a reply by 13 December; read on 5 December: not yet due.
    CaseSnapshot sent = alipayDuplicate();
    sent.contacts.clear();
    en = post(sent, u"en"_s, dec5);
    zh = post(sent, u"zh_CN"_s, dec5);
    expectInOrder(en, {u"Alipay: Duplicate charge — complaint not yet resolved"_s,
                        u"On 29 November 2026 I complained to Alipay through the in-app chat. "
                        "I have asked for a reply by 13 December 2026.\n"_s});
    expectInOrder(zh, {u"支付宝：重复扣款，投诉尚未解决"_s,
                        u"我于2026年11月29日通过 App 内在线客服向支付宝投诉。我已请其于2026年12月13日前答复。\n"_s});
    expectAbsent(en, QStringList(neverSaid) << u"none by that date"_s << u"replied on"_s);
    expectAbsent(zh, QStringList(neverSaid) << u"未收到答复"_s);
    expectClean(en);
    expectClean(zh);

    // Read on 14 December: the date asked for has passed with no reply on record.
    const qint64 dec14 = at(kShanghai, 2026, 12, 14, 10, 0);
    en = post(sent, u"en"_s, dec14);
    zh = post(sent, u"zh_CN"_s, dec14);
    expectInOrder(en, {u"I asked for a reply by 13 December 2026 and received none by that date."_s});
    expectInOrder(zh, {u"我曾请其于2026年12月13日前答复，但截至该日未收到答复。"_s});
    expectAbsent(en, neverSaid);
    expectAbsent(zh, neverSaid);
    // On the 13th itself the day asked for is not over yet.
    expectInOrder(post(sent, u"en"_s, at(kShanghai, 2026, 12, 13, 22, 0)),
                   {u"I have asked for a reply by 13 December 2026."_s});

    // A reply is on record and the case is open: it came, and did not resolve the matter.
    CaseSnapshot replied = sent;
    Contact answer;
    answer.occurredAt = at(kShanghai, 2026, 12, 12, 16, 0);
    answer.channel = u"email"_s;
    answer.direction = u"incoming"_s;
    answer.summary = u"正在核实"_s;
    replied.contacts = {answer};
    en = post(replied, u"en"_s, dec14);
    zh = post(replied, u"zh_CN"_s, dec14);
    expectInOrder(en, {u"Alipay replied on 12 December 2026, but its reply did not resolve the matter."_s});
    expectInOrder(zh, {u"支付宝已于2026年12月12日答复，但该答复未能解决问题。"_s});
    expectAbsent(en, QStringList(neverSaid) << u"none by that date"_s << u"正在核实"_s);
    expectAbsent(zh, QStringList(neverSaid) << u"未收到答复"_s << u"正在核实"_s);
    expectClean(en);
    expectClean(zh);

    // Closed as resolved: the reply is stated, nothing about it failing, no hope of a resolution.
    replied.record.status = u"resolved"_s;
    replied.record.closedAt = at(kShanghai, 2026, 12, 13, 9, 0);
    en = post(replied, u"en"_s, dec14);
    zh = post(replied, u"zh_CN"_s, dec14);
    expectInOrder(en, {u"Alipay replied on 12 December 2026.\n"_s, u"know what to expect."_s});
    expectInOrder(zh, {u"支付宝已于2026年12月12日答复。"_s});
    expectAbsent(en, QStringList(neverSaid) << u"did not resolve"_s << u"not yet resolved"_s
                                            << u"I hope"_s);
    expectAbsent(zh, QStringList(neverSaid) << u"未能解决"_s << u"尚未解决"_s << u"希望"_s);
    expectClean(en);
    expectClean(zh);

    // A complaint made by phone asks for no date: no reply on record is all that is said.
    CaseSnapshot phoned = alipayDuplicate();
    phoned.letters.clear();
    en = post(phoned, u"en"_s, dec5);
    zh = post(phoned, u"zh_CN"_s, dec5);
    expectInOrder(en, {u"On 2 December 2026 I complained to Alipay by phone. As of 5 December 2026, "
                        "3 days later, I have had no reply."_s});
    expectInOrder(zh, {u"截至2026年12月5日（已过去3天），我尚未收到答复。"_s});
    expectAbsent(en, neverSaid);
    expectAbsent(zh, neverSaid);

    // The only letter sent went to a regulator: that is no complaint to the company.
    CaseSnapshot regulatorOnly = none;
    Letter toPboc;
    toPboc.kind = u"regulator"_s;
    toPboc.status = u"sent"_s;
    toPboc.createdAt = at(kShanghai, 2026, 11, 30, 9, 0);
    toPboc.sentAt = at(kShanghai, 2026, 11, 30, 10, 0);
    toPboc.channel = u"web_form"_s;
    regulatorOnly.letters = {toPboc};
    expectAbsent(post(regulatorOnly, u"en"_s, dec5),
                 QStringList(neverSaid) << u"complained to Alipay"_s << u"reply"_s);
    expectAbsent(post(regulatorOnly, u"zh_CN"_s, dec5),
                 QStringList(neverSaid) << u"向支付宝投诉"_s << u"答复"_s);
}

// --- Regulation E follows what the case says about how the money was paid ------------------

CaseSnapshot usWalletCase(const char* key, const char* name)
{
    CaseSnapshot s = cashAppTakeover();
    s.record.providerKey = QString::fromLatin1(key);
    s.record.providerName = QString::fromLatin1(name);
    TransactionRecord payment;
    payment.occurredAt = at(kLosAngeles, 2026, 11, 28, 3, 14);
    payment.counterparty = u"J. Doe"_s;
    payment.amountMinor = 124000;
    payment.currency = u"USD"_s;
    payment.reference = u"5TY12345AB678901C"_s;
    s.transactions = {payment};
    return s;
}

TEST(GoldenLetters, APayPalLetterGivesARegulationENoticeOnlyAsFarAsTheCaseKnowsTheFunding)
{
    const Profile maria{u"Maria Rivera"_s, u"(415) 555-0134"_s, u"maria@example.com"_s, {}, 0};
    const qint64 now = at(kLosAngeles, 2026, 11, 30, 10, 0); // Monday
    const QStringList companyKinds{u"initial"_s, u"follow_up"_s, u"escalation"_s};

    // Funding unknown: PayPal and Venmo take card-funded payments too. The notice is given to
    // the extent the transfers were electronic fund transfers, never asserted as one.
    for (const auto& [key, name] : {std::pair{"paypal", "PayPal"}, std::pair{"venmo", "Venmo"}}) {
        const CaseSnapshot s = usWalletCase(key, name);
        const Letter l = draft(s, maria, u"initial"_s, u"en"_s, kLosAngeles, now);
        expectInOrder(l, {
            u"Complaint: "_s + QString::fromLatin1(name) + u" — Unauthorized payment"_s,
            u"Notice of error under Regulation E, to the extent it applies\n"
            "To the extent the transfers concerned were funded from the balance of my account "
            "with you or from my bank account, this letter is my written notice of an error under "
            "the Electronic Fund Transfer Act and Regulation E (12 CFR 1005.11): electronic fund "
            "transfers from my account that I did not authorize. If any of them was paid for with "
            "a credit card, please tell me, so that I can dispute it with the card issuer."_s,
            u"Please reply in writing by December 14, 2026."_s,
        });
        EXPECT_FALSE(l.subject.startsWith(u"Notice of error"_s)) << l.subject.toStdString();
        expectAbsent(l, {u"\nThis letter is my written notice"_s});
        expectClean(l);
        for (const QString& kind : companyKinds) {
            const Letter zh = draft(s, maria, kind, u"zh_CN"_s, kLosAngeles, now);
            expectInOrder(zh, {u"如相关转账的资金来自我在贵公司账户中的余额或我的银行账户"_s});
            expectAbsent(zh, {u"本函是我依据美国"_s, u"我的投诉是依据美国"_s});
            expectClean(zh);
            const Letter en = draft(s, maria, kind, u"en"_s, kLosAngeles, now);
            expectInOrder(en, {u"To the extent the transfers concerned were funded"_s});
            expectAbsent(en, {u"My complaint is a notice of error"_s,
                              u"\nThis letter is my written notice"_s});
            expectClean(en);
        }
    }

    // The statement says a credit card funded it: a card dispute, not Regulation E.
    CaseSnapshot card = usWalletCase("paypal", "PayPal");
    TransactionRecord deposit = card.transactions.first();
    deposit.direction = u"in"_s;
    deposit.note = u"General Credit Card Deposit"_s;
    deposit.reference = u"7AB12345CD678901E"_s;
    card.transactions.append(deposit);
    for (const QString& kind : companyKinds) {
        for (const QString& language : LetterDrafter::languages()) {
            const Letter l = draft(card, maria, kind, language, kLosAngeles, now);
            expectAbsent(l, {u"Regulation E"_s, u"1005.11"_s});
            expectClean(l);
        }
    }

    // The statement says the PayPal balance was topped up from the bank: a plain notice.
    CaseSnapshot bank = card;
    bank.transactions.last().note = u"Bank Deposit to PP Account"_s;
    const Letter l = draft(bank, maria, u"initial"_s, u"en"_s, kLosAngeles, now);
    expectInOrder(l, {u"Notice of error under Regulation E — Complaint: PayPal — Unauthorized payment"_s,
                       u"\nThis letter is my written notice of an error under the Electronic Fund "
                       "Transfer Act and Regulation E (12 CFR 1005.11)"_s});
    expectAbsent(l, {u"To the extent"_s, u"credit card"_s});
    expectClean(l);

    // A Cash App payment the case says was funded by a credit card gets no notice either.
    CaseSnapshot cashCard = usWalletCase("cash_app", "Cash App");
    cashCard.transactions.first().note = u"Paid with my credit card"_s;
    expectAbsent(draft(cashCard, maria, u"initial"_s, u"en"_s, kLosAngeles, now),
                 {u"Regulation E"_s});
}

// --- No sentence of our own states what the case does not hold ------------------------------

TEST(GoldenLetters, TheWordingClaimsNoFactTheCaseDoesNotHold)
{
    auto taxonomy = Taxonomy::load();
    ASSERT_TRUE(taxonomy.ok());
    // A freeze may come with a reason, follow-ups may be few, a conversation's outcome unknown:
    // the subtype's wording does not decide them.
    const QStringList claims{u"without any explanation"_s, u"repeatedly"_s, u"several times"_s,
                             u"a great deal of my time"_s, u"did not resolve my problem"_s,
                             u"satisfactory reply"_s,      u"没有得到任何说明"_s,
                             u"多次"_s,                    u"大量时间"_s,
                             u"没有解决问题"_s,            u"满意的答复"_s};
    CaseSnapshot s;
    s.record.providerKey = u"alipay"_s;
    s.record.providerName = u"支付宝"_s;
    const qint64 now = at(kShanghai, 2026, 12, 11, 10, 0);
    for (const Family& family : taxonomy->families()) {
        for (const Subtype& subtype : family.subtypes) {
            s.record.family = family.key;
            s.record.subtype = subtype.key;
            for (const QString& language : LetterDrafter::languages()) {
                for (const QString& kind : LetterDrafter::kinds())
                    expectAbsent(draft(s, wangFang(), kind, language, kShanghai, now,
                                       u"cn_pboc_12363"_s),
                                 claims);
            }
        }
    }
    s.record.family = u"service"_s;
    s.record.subtype = u"account_frozen"_s;
    expectInOrder(draft(s, wangFang(), u"initial"_s, u"zh_CN"_s, kShanghai, now),
                   {u"我的账户被冻结或限制使用。"_s});
}

} // namespace
