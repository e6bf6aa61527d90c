// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Drafting the letters: the first complaint (section order, exact figures, no holes where facts
// are missing, user text never read as template code), the follow-up, formal complaint,
// regulator letter and public post that restate it (original date, channel and references, what
// was asked), and every kind × subtype × language.
#include "guidance/Taxonomy.h"
#include "letters/LetterConventions.h"
#include "letters/LetterDrafter.h"
#include "letters/ToneChecker.h"
#include "model/Masking.h"
#include "model/PromiseDate.h"
#include "support/LetterText.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace wc::core;
using wc::test::expectAbsent;
using wc::test::expectInOrder;
using wc::test::letterText;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kShanghai("Asia/Shanghai");

qint64 shanghai(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kShanghai).toMSecsSinceEpoch();
}

const qint64 kNow = shanghai(2026, 1, 20, 10, 0);

CaseSnapshot fullCase()
{
    CaseSnapshot s;
    CaseRecord& r = s.record;
    r.id = 7;
    r.family = u"transaction"_s;
    r.subtype = u"duplicate_charge"_s;
    r.providerName = u"支付宝"_s;
    r.incidentAt = shanghai(2026, 1, 15, 1, 30); // 14 January in UTC
    r.amountMinor = 4990;
    r.currency = u"CNY"_s;
    r.references = {u"2026011522001"_s, u"2026011522002"_s};
    r.description = u"Paid once at the shop; the statement shows two charges."_s;
    r.remedies = {u"refund"_s, u"explanation"_s};
    r.remedyNote = u"Refund the second charge of 49.90"_s;

    Contact later;
    later.occurredAt = shanghai(2026, 1, 18, 9, 0);
    later.channel = u"email"_s;
    later.summary = u"Second request"_s;
    Contact first;
    first.occurredAt = shanghai(2026, 1, 16, 14, 5);
    first.channel = u"hotline"_s;
    first.agentName = u"李明"_s;
    first.agentId = u"8812"_s;
    first.reference = u"T-2026-001"_s;
    first.summary = u"Agent confirmed the duplicate"_s;
    first.promise = u"Refund within 3 days"_s;
    first.promisedBy = shanghai(2026, 1, 19, 18, 0);
    s.contacts = {later, first}; // stored out of order: the letter sorts by date

    Evidence shot;
    shot.title = u"Screenshot of the two charges"_s;
    Evidence statement;
    statement.title = u"January statement"_s;
    s.evidence = {shot, statement};
    return s;
}

Profile fullProfile()
{
    return {u"王小明"_s, u"138 0000 0000"_s, u"xiaoming@example.com"_s, {}, 0};
}

Letter draftOk(const CaseSnapshot& s, const Profile& p, const QString& language,
               const QTimeZone& zone = kShanghai)
{
    auto letter = LetterDrafter::draft(s, p, language, kNow, zone);
    EXPECT_TRUE(letter.ok()) << (letter.ok() ? std::string() : letter.error().detail.toStdString());
    return letter.ok() ? *letter : Letter{};
}

void expectNoHoles(const Letter& letter)
{
    const QString text = letterText(letter);
    EXPECT_FALSE(text.contains(u"\n\n\n"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"()"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"（）"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"{{"_s)) << text.toStdString();
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        // The greeting ends with a colon in Chinese and in US letters ("Dear Sir or Madam:"), and
        // so does a line that introduces a list.
        const bool greeting = line.startsWith(u"Dear "_s) || line.startsWith(u"尊敬的"_s);
        const bool listFollows = i + 1 < lines.size() && lines.at(i + 1).startsWith(u"- "_s);
        EXPECT_FALSE(!greeting && !listFollows && (line.endsWith(u'：') || line.endsWith(u':')))
            << line.toStdString();
        EXPECT_FALSE(line.endsWith(u' ')) << line.toStdString();
        EXPECT_NE(line.trimmed(), u"-"_s) << text.toStdString();
        EXPECT_FALSE(line.contains(u"，，"_s) || line.contains(u", ,"_s)) << line.toStdString();
    }
}

// Two punctuation marks in a row on one line ("，。", ".,", ": ,") mean a fact fell out between
// them or user text brought its own full stop. Brackets and dashes may sit next to a mark.
void expectNoDoubledPunctuation(const Letter& letter)
{
    static const QRegularExpression doubled(u"[，。、；：！？,.;:!?][ \\t]*[，。、；：！？,.;:!?]"_s);
    const QString text = letter.subject + u"\n"_s + letter.body;
    for (const QString& line : text.split(u'\n')) {
        EXPECT_FALSE(doubled.match(line).hasMatch()) << line.toStdString();
        EXPECT_FALSE(line.startsWith(u'，') || line.startsWith(u',') || line.startsWith(u"- ,"_s)
                     || line.startsWith(u"- ，"_s))
            << line.toStdString();
    }
}

// A label with nothing after it ("Phone:", "交易单号：") or a bullet with no text.
void expectNoEmptyLabels(const Letter& letter)
{
    static const QRegularExpression emptyLabel(u"^[^:：]{1,30}[:：]\\s*$"_s);
    const QStringList lines = letter.body.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        const bool greeting = line.startsWith(u"Dear "_s) || line.startsWith(u"尊敬的"_s);
        const bool listFollows = i + 1 < lines.size() && lines.at(i + 1).startsWith(u"- "_s);
        EXPECT_FALSE(!greeting && !listFollows && emptyLabel.match(line).hasMatch())
            << line.toStdString();
        EXPECT_NE(line.trimmed(), u"-"_s);
    }
}

// The case of fullCase() with what a statement import or the details page adds: the disputed
// transactions (out of date order, one with hardly anything known, one with nothing) and the
// wallet account.
CaseSnapshot caseWithTransactions()
{
    CaseSnapshot s = fullCase();
    s.record.references = {u"2026011522001"_s, u"ORDER-77"_s};
    s.record.accountRef = u"13812345678"_s;
    TransactionRecord second;
    second.occurredAt = shanghai(2026, 1, 15, 1, 31);
    second.counterparty = u"金华超市."_s; // its own full stop must not double the separator
    second.amountMinor = 4990;
    second.currency = u"CNY"_s;
    second.reference = u"2026011522002"_s;
    TransactionRecord first = second;
    first.occurredAt = shanghai(2026, 1, 15, 1, 30);
    first.counterparty = u"金华超市"_s;
    first.reference = u"2026011522001"_s;
    TransactionRecord bare;
    bare.reference = u"R-9"_s;
    TransactionRecord empty; // nothing known: no line at all
    s.transactions = {second, bare, empty, first};
    return s;
}

TEST(LetterDrafter, FullCaseInChineseHasEverySectionInOrder)
{
    const Letter l = draftOk(fullCase(), fullProfile(), u"zh_CN"_s);
    EXPECT_EQ(l.kind, u"initial"_s);
    EXPECT_EQ(l.status, u"draft"_s);
    EXPECT_EQ(l.language, u"zh_CN"_s);
    EXPECT_EQ(l.caseId, 7);
    EXPECT_EQ(l.createdAt, kNow);
    EXPECT_EQ(l.subject, u"投诉：支付宝——重复扣款，交易单号 2026011522001、2026011522002"_s);
    expectInOrder(letterText(l), {
        u"投诉"_s, u"尊敬的支付宝客服团队"_s,
        u"【投诉人】"_s, u"姓名：王小明"_s, u"联系电话：138 0000 0000"_s,
        u"电子邮箱：xiaoming@example.com"_s,
        u"【事情经过】"_s, u"同一笔交易被重复扣款。"_s, u"发生时间：2026年1月15日 01:30"_s,
        u"涉及金额：49.90元"_s, u"交易单号：2026011522001、2026011522002"_s,
        u"Paid once at the shop; the statement shows two charges."_s,
        u"【此前的沟通】"_s,
        u"- 2026年1月16日 14:05，致电客服热线，客服李明（工号：8812），受理编号：T-2026-001。"_s,
        u"沟通内容：Agent confirmed the duplicate。"_s, u"贵公司承诺：“Refund within 3 days”（期限为2026年1月19日）。"_s,
        u"该期限已过，我的投诉仍未解决。"_s,
        u"- 2026年1月18日 09:00，通过电子邮件。沟通内容：Second request。"_s,
        u"【影响】"_s, u"【诉求】"_s, u"- 退还相关款项"_s, u"- 书面说明问题的原因和处理经过"_s,
        u"- Refund the second charge of 49.90\n"_s,
        u"【答复期限】"_s, u"请于2026年2月3日前给予书面答复。"_s,
        u"【附件清单】"_s, u"- Screenshot of the two charges"_s, u"- January statement"_s,
        u"最终书面答复"_s, u"此致"_s, u"王小明"_s, u"2026年1月20日"_s,
    });
    expectNoHoles(l);
}

TEST(LetterDrafter, FullCaseInEnglishHasEverySectionInOrder)
{
    CaseSnapshot s = fullCase();
    s.record.providerName = u"PayPal"_s;
    s.record.currency = u"usd"_s;
    const Letter l = draftOk(s, fullProfile(), u"en"_s);
    EXPECT_EQ(l.subject,
              u"Complaint: PayPal — Duplicate charge, reference 2026011522001, 2026011522002"_s);
    expectInOrder(letterText(l), {
        u"Dear PayPal customer service team,"_s,
        u"Complainant"_s, u"Name: 王小明"_s, u"Phone: 138 0000 0000"_s,
        u"Email: xiaoming@example.com"_s,
        u"What happened"_s, u"I was charged twice for the same transaction."_s,
        u"Date and time: 15 January 2026, 01:30"_s, u"Amount: US$49.90"_s,
        u"Transaction reference: 2026011522001, 2026011522002"_s,
        u"Paid once at the shop"_s,
        u"Earlier contact with your team"_s,
        u"- 16 January 2026, 14:05, phone call to customer service, agent 李明 (employee ID 8812), "
        "reference T-2026-001. What was said: Agent confirmed the duplicate. You promised: “Refund "
        "within 3 days” (by 19 January 2026). That date has passed and my complaint is still open."_s,
        u"- 18 January 2026, 09:00, email. What was said: Second request."_s,
        u"Impact"_s, u"What I am asking for"_s, u"- A refund of the money concerned"_s,
        u"- Refund the second charge of 49.90\n"_s,
        u"Reply deadline"_s, u"Please reply in writing by 3 February 2026."_s,
        u"Enclosed evidence"_s, u"- Screenshot of the two charges"_s, u"- January statement"_s,
        u"final written response"_s, u"Yours faithfully,"_s, u"王小明"_s,
    });
    expectNoHoles(l);
}

TEST(LetterDrafter, DatesFollowTheUsersTimeZoneAndTheDeadlineCanBeGiven)
{
    auto l = LetterDrafter::draft(fullCase(), fullProfile(), u"en"_s, kNow, QTimeZone::utc(),
                                  shanghai(2026, 3, 1, 12, 0));
    ASSERT_TRUE(l.ok());
    EXPECT_TRUE(l->body.contains(u"Date and time: 14 January 2026, 17:30"_s)) << l->body.toStdString();
    EXPECT_TRUE(l->body.contains(u"by 1 March 2026."_s)) << l->body.toStdString();
}

TEST(LetterDrafter, MinimalCaseLeavesNoHoles)
{
    CaseSnapshot s;
    s.record.family = u"transaction"_s;
    s.record.subtype = u"duplicate_charge"_s;
    s.record.remedies = {u"other"_s}; // "other" without a note says nothing
    for (const QString& language : LetterDrafter::languages()) {
        const Letter l = draftOk(s, Profile{}, language);
        expectNoHoles(l);
        const QString text = letterText(l);
        EXPECT_FALSE(text.contains(u"投诉人"_s) || text.contains(u"Complainant"_s));
        EXPECT_FALSE(text.contains(u"金额"_s) || text.contains(u"Amount"_s));
        EXPECT_FALSE(text.contains(u"附件"_s) || text.contains(u"Enclosed"_s));
        EXPECT_FALSE(text.contains(u"沟通"_s) || text.contains(u"Earlier contact"_s));
        EXPECT_FALSE(text.contains(u"交易单号"_s) || text.contains(u"reference"_s));
        EXPECT_FALSE(text.contains(u"工号"_s) || text.contains(u"employee ID"_s));
        // The subtype's own remedy stands in for the missing choice.
        EXPECT_TRUE(text.contains(u"- 退还重复扣除的款项"_s)
                    || text.contains(u"- A refund of the duplicate charge"_s))
            << text.toStdString();
        EXPECT_TRUE(l.subject == u"投诉：重复扣款"_s || l.subject == u"Complaint: Duplicate charge"_s)
            << l.subject.toStdString();
    }
}

TEST(LetterDrafter, UserTextThatLooksLikeATemplateIsPrintedLiterally)
{
    const QString tricky = u"{{#x}}boom{{/x}} {{profile.name}} {{{amount}}} <b>&amp;</b>"_s;
    CaseSnapshot s = fullCase();
    s.record.description = tricky;
    s.record.providerName = u"{{provider}}"_s;
    s.contacts[0].summary = tricky;
    s.evidence[0].title = tricky;
    Profile p = fullProfile();
    p.name = u"{{> partial}}"_s;
    for (const QString& language : LetterDrafter::languages()) {
        const Letter l = draftOk(s, p, language);
        EXPECT_EQ(letterText(l).count(tricky), 3) << letterText(l).toStdString();
        EXPECT_TRUE(l.subject.contains(u"{{provider}}"_s));
        EXPECT_TRUE(l.body.contains(u"{{> partial}}"_s));
        EXPECT_FALSE(l.body.contains(u"&amp;amp;"_s));
    }
}

TEST(LetterDrafter, EverySubtypeDraftsInBothLanguagesWithItsOwnWording)
{
    auto taxonomy = Taxonomy::load();
    ASSERT_TRUE(taxonomy.ok());
    int subtypes = 0;
    for (const QString& language : LetterDrafter::languages()) {
        QFile file(u":/letters/%1/phrases.json"_s.arg(language));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QJsonObject wording =
            QJsonDocument::fromJson(file.readAll()).object().value(u"subtypes"_s).toObject();
        for (const Family& family : taxonomy->families()) {
            for (const Subtype& subtype : family.subtypes) {
                ++subtypes;
                CaseSnapshot s;
                s.record.family = family.key;
                s.record.subtype = subtype.key;
                const Letter l = draftOk(s, fullProfile(), language);
                // The wording in the spelling of the letter's region (Shanghai: British).
                const auto conventions = LetterConventions::load(
                    LetterConventions::regionFor({}, kShanghai, language), language, kShanghai);
                ASSERT_TRUE(conventions.ok());
                const QJsonObject own = wording.value(subtype.key).toObject();
                for (const QString& key : {u"problem"_s, u"impact"_s, u"remedy"_s}) {
                    const QString phrase = conventions->spelled(own.value(key).toString());
                    EXPECT_FALSE(phrase.isEmpty()) << subtype.key.toStdString() << " " << key.toStdString();
                    EXPECT_TRUE(l.body.contains(phrase)) << subtype.key.toStdString();
                }
                EXPECT_TRUE(l.subject.contains(conventions->spelled(subtype.name.text(language))));
                EXPECT_TRUE(l.subject.startsWith(language == u"en" ? u"Complaint"_s : u"投诉"_s));
                expectNoHoles(l);
            }
        }
    }
    EXPECT_EQ(subtypes, 30);
}

TEST(LetterDrafter, TransactionsAreListedInDateOrderUnderWhatHappened)
{
    const Letter zh = draftOk(caseWithTransactions(), fullProfile(), u"zh_CN"_s);
    expectInOrder(letterText(zh), {
        u"【投诉人】"_s, u"电子邮箱：xiaoming@example.com"_s, u"账户：13812345678"_s,
        u"【事情经过】"_s, u"涉及金额：49.90元"_s,
        // Only the typed reference that no transaction below shows.
        u"参考编号：ORDER-77\n"_s, u"涉及的交易明细如下。"_s,
        u"- 2026年1月15日 01:30，交易对方：金华超市，金额：49.90元，交易单号：2026011522001\n"_s,
        u"- 2026年1月15日 01:31，交易对方：金华超市，金额：49.90元，交易单号：2026011522002\n"_s,
        u"- 交易单号：R-9\n"_s,
        u"Paid once at the shop"_s, u"【此前的沟通】"_s,
    });
    EXPECT_FALSE(letterText(zh).contains(u"交易单号：2026011522001、"_s)) << zh.body.toStdString();
    expectNoHoles(zh);
    expectNoDoubledPunctuation(zh);

    const Letter en = draftOk(caseWithTransactions(), fullProfile(), u"en"_s);
    expectInOrder(letterText(en), {
        u"Complainant"_s, u"Email: xiaoming@example.com"_s, u"Account: 13812345678"_s,
        u"What happened"_s, u"Reference: ORDER-77\n"_s,
        u"The transactions concerned are listed below."_s,
        u"- 15 January 2026, 01:30, 金华超市, ¥49.90, reference 2026011522001\n"_s,
        u"- 15 January 2026, 01:31, 金华超市, ¥49.90, reference 2026011522002\n"_s,
        u"- reference R-9\n"_s, u"Paid once at the shop"_s, u"Earlier contact"_s,
    });
    expectNoHoles(en);
    expectNoDoubledPunctuation(en);
    for (const Letter& l : {zh, en}) {
        // The company must find the account: it is written in full (a public post masks it).
        EXPECT_TRUE(letterText(l).contains(u"13812345678"_s));
        // Three transactions, two contacts, two remedies and the user's own, two pieces of evidence.
        EXPECT_EQ(letterText(l).count(u"\n- "_s), 3 + 2 + 3 + 2) << letterText(l).toStdString();
    }
}

TEST(LetterDrafter, SubjectQuotesTypedAndTransactionReferencesOnce)
{
    const Letter zh = draftOk(caseWithTransactions(), fullProfile(), u"zh_CN"_s);
    EXPECT_EQ(zh.subject, u"投诉：支付宝——重复扣款，参考编号 2026011522001、ORDER-77、2026011522002等"_s);
    CaseSnapshot s = caseWithTransactions();
    s.transactions.removeAt(1); // now three references, all fit
    const Letter en = draftOk(s, fullProfile(), u"en"_s);
    EXPECT_EQ(en.subject, u"Complaint: 支付宝 — Duplicate charge, reference 2026011522001, "
                          "ORDER-77, 2026011522002"_s);
}

TEST(LetterDrafter, AccountAloneStillNamesTheComplainantSection)
{
    CaseSnapshot s;
    s.record.family = u"security"_s;
    s.record.subtype = u"account_stolen"_s;
    s.record.accountRef = u"alice@example.com"_s;
    const Letter en = draftOk(s, Profile{}, u"en"_s);
    expectInOrder(en.body, {u"Complainant\nAccount: alice@example.com\n\nWhat happened"_s});
    const Letter zh = draftOk(s, Profile{}, u"zh_CN"_s);
    expectInOrder(zh.body, {u"【投诉人】\n账户：alice@example.com\n\n【事情经过】"_s});
}

TEST(LetterDrafter, AmountsUseTheCurrencysOwnDecimals)
{
    CaseSnapshot s = fullCase();
    s.record.amountMinor = 1500;
    s.record.currency = u"JPY"_s;
    const Letter l = draftOk(s, fullProfile(), u"en"_s);
    EXPECT_TRUE(l.body.contains(u"Amount: JPY 1,500\n"_s)) << l.body.toStdString();
}

// The history the later letters restate: the first complaint (an initial letter sent by email
// with the company's reference), a follow-up letter, a later phone call and the company's reply.
void addHistory(CaseSnapshot& s)
{
    Letter initial;
    initial.kind = u"initial"_s;
    initial.status = u"sent"_s;
    initial.sentAt = shanghai(2026, 1, 16, 10, 0);
    initial.channel = u"email"_s;
    initial.reference = u"KF-2026-0116"_s;
    Letter draftOnly; // never sent: not part of the story
    draftOnly.kind = u"follow_up"_s;
    Letter followUp;
    followUp.kind = u"follow_up"_s;
    followUp.status = u"sent"_s;
    followUp.sentAt = shanghai(2026, 1, 18, 11, 0);
    followUp.channel = u"web_form"_s;
    s.letters = {followUp, draftOnly, initial}; // out of order
    Contact reply;
    reply.direction = u"incoming"_s;
    reply.occurredAt = shanghai(2026, 1, 19, 16, 0);
    reply.channel = u"email"_s;
    reply.summary = u"They said the refund is being processed"_s;
    s.contacts.append(reply);
}

Letter draftKind(const CaseSnapshot& s, const Profile& p, const QString& kind,
                 const QString& language, const QString& regulator = {})
{
    LetterDrafter::Request request;
    request.kind = kind;
    request.language = language;
    request.nowMs = kNow;
    request.zone = kShanghai;
    request.regulatorKey = regulator;
    auto letter = LetterDrafter::draft(s, p, request);
    EXPECT_TRUE(letter.ok()) << kind.toStdString() << " " << language.toStdString() << ": "
                             << (letter.ok() ? std::string() : letter.error().detail.toStdString());
    return letter.ok() ? *letter : Letter{};
}

TEST(LetterDrafter, KindsCoverTheEscalationLadder)
{
    EXPECT_EQ(LetterDrafter::kinds(), (QStringList{u"initial"_s, u"follow_up"_s, u"escalation"_s,
                                                   u"regulator"_s, u"public_post"_s}));
    LetterDrafter::Request request;
    request.kind = u"threat"_s;
    auto refused = LetterDrafter::draft(fullCase(), fullProfile(), request);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
}

TEST(LetterDrafter, FollowUpRestatesTheOriginalComplaintInChinese)
{
    CaseSnapshot s = fullCase();
    addHistory(s);
    const Letter l = draftKind(s, fullProfile(), u"follow_up"_s, u"zh_CN"_s);
    EXPECT_EQ(l.kind, u"follow_up"_s);
    EXPECT_EQ(l.subject, u"跟进投诉：支付宝——重复扣款，交易单号 2026011522001、2026011522002"_s);
    expectInOrder(letterText(l), {
        u"尊敬的支付宝客服团队"_s,
        u"我于2026年1月16日通过电子邮件就以下问题向贵公司投诉（受理编号：KF-2026-0116）。"_s,
        u"截至2026年1月20日（已过去4天），我的投诉仍未解决。"_s,
        u"【投诉人】"_s, u"姓名：王小明"_s,
        u"【投诉内容】"_s, u"同一笔交易被重复扣款。"_s, u"涉及金额：49.90元"_s,
        u"交易单号：2026011522001、2026011522002"_s,
        u"【我的诉求】"_s, u"- 退还相关款项"_s, u"- 书面说明问题的原因和处理经过"_s,
        u"- Refund the second charge of 49.90\n"_s,
        // One chronology, calls, promises, letters and replies merged: the call after the
        // letter with its broken promise, an email, the follow-up letter, the reply.
        u"【此前的经过】"_s,
        u"- 2026年1月16日 14:05，致电客服热线，客服李明（工号：8812），受理编号：T-2026-001。"
        u"沟通内容：Agent confirmed the duplicate。贵公司承诺：“Refund within 3 days”（期限为2026年1月19日）。"
        u"该期限已过，我的投诉仍未解决。"_s,
        u"- 2026年1月18日 09:00，通过电子邮件。沟通内容：Second request。"_s,
        u"- 2026年1月18日，我通过网页表单发送跟进信。"_s,
        u"- 2026年1月19日 16:00，贵公司答复（电子邮件）。沟通内容：They said the refund is being processed。"_s,
        u"请贵公司于2026年1月27日前处理我的投诉并给予书面答复。"_s, u"此致"_s, u"王小明"_s,
    });
    expectNoHoles(l);
    expectNoDoubledPunctuation(l);
}

TEST(LetterDrafter, FollowUpRestatesTheOriginalComplaintInEnglish)
{
    CaseSnapshot s = fullCase();
    s.record.providerName = u"PayPal"_s;
    addHistory(s);
    const Letter l = draftKind(s, fullProfile(), u"follow_up"_s, u"en"_s);
    EXPECT_EQ(l.subject, u"Follow-up to my complaint: PayPal — Duplicate charge, reference "
                         "2026011522001, 2026011522002"_s);
    expectInOrder(letterText(l), {
        u"Dear PayPal customer service team,"_s,
        u"On 16 January 2026 I complained to you by email (reference KF-2026-0116)"_s,
        u"As of 20 January 2026, 4 days after I first raised it, my complaint is not resolved."_s,
        u"My complaint"_s, u"I was charged twice for the same transaction."_s,
        u"References: 2026011522001, 2026011522002"_s,
        u"What I asked for"_s, u"- A refund of the money concerned"_s,
        u"What has happened so far"_s,
        u"- 16 January 2026, 14:05, phone call to customer service, agent 李明 (employee ID 8812), "
        "reference T-2026-001. What was said: Agent confirmed the duplicate. You promised: “Refund "
        "within 3 days” (by 19 January 2026). That date has passed and my complaint is still open."_s,
        u"- 18 January 2026, 09:00, email. What was said: Second request."_s,
        u"- 18 January 2026: I sent a follow-up letter through the online complaint form."_s,
        u"- 19 January 2026, 16:00, your reply (email). What was said: They said the refund is "
        "being processed."_s,
        u"reply in writing by 27 January 2026."_s, u"Yours faithfully,"_s,
    });
    expectNoHoles(l);
    expectNoDoubledPunctuation(l);
}

TEST(LetterDrafter, AComplaintMadeByPhoneIsTheOriginalWhenNoLetterWasSent)
{
    const CaseSnapshot s = fullCase(); // contacts only: the hotline call of 16 January is first
    const Letter en = draftKind(s, fullProfile(), u"follow_up"_s, u"en"_s);
    EXPECT_TRUE(en.body.contains(
        u"On 16 January 2026 I complained to you by phone (reference T-2026-001)"_s))
        << en.body.toStdString();
    const Letter zh = draftKind(s, fullProfile(), u"escalation"_s, u"zh_CN"_s);
    EXPECT_TRUE(zh.body.contains(
        u"我已于2026年1月16日通过客服电话向贵公司反映此问题（受理编号：T-2026-001），"
        u"但问题在此后的4天内仍未得到解决。"_s))
        << zh.body.toStdString();
}

TEST(LetterDrafter, EscalationIsAFormalComplaintWithTheWholeStory)
{
    CaseSnapshot s = caseWithTransactions();
    addHistory(s);
    const Letter en = draftKind(s, fullProfile(), u"escalation"_s, u"en"_s);
    EXPECT_TRUE(en.subject.startsWith(u"Formal complaint: 支付宝 — Duplicate charge"_s));
    expectInOrder(letterText(en), {
        u"Dear 支付宝 complaints team,"_s, u"formal complaint"_s, u"complaints procedure"_s,
        u"I first raised it with you on 16 January 2026 by email (reference KF-2026-0116). It has "
        "not been resolved in the 4 days since I first raised it."_s,
        u"Complainant"_s, u"Account: 13812345678"_s, u"What happened"_s,
        u"Reference: ORDER-77"_s, u"The transactions concerned"_s,
        // Calls and letters in one chronology.
        u"History of my complaint"_s, u"employee ID 8812"_s,
        u"- 18 January 2026: I sent a follow-up letter through the online complaint form."_s,
        u"Impact"_s, u"What I am asking for"_s, u"- A refund of the money concerned"_s,
        u"Final response"_s, u"by 3 February 2026"_s, u"Enclosed evidence"_s,
        // The region's regulator, not an ombudsman China does not have for wallets.
        u"refer my complaint to the relevant regulator."_s,
    });
    expectNoHoles(en);
    expectNoDoubledPunctuation(en);
    const Letter zh = draftKind(s, fullProfile(), u"escalation"_s, u"zh_CN"_s);
    expectInOrder(letterText(zh), {
        u"正式投诉：支付宝——重复扣款"_s, u"尊敬的支付宝投诉处理部门"_s, u"正式书面投诉"_s,
        u"我已于2026年1月16日通过电子邮件向贵公司反映此问题（受理编号：KF-2026-0116）"_s,
        u"参考编号：ORDER-77"_s, u"【投诉经过】"_s, u"工号：8812"_s,
        u"- 2026年1月18日，我通过网页表单发送跟进信。"_s, u"【诉求】"_s, u"- 退还相关款项"_s,
        u"【最终答复】"_s, u"【附件清单】"_s,
    });
    expectNoHoles(zh);
    expectNoDoubledPunctuation(zh);
}

TEST(LetterDrafter, RegulatorLetterIsAddressedToTheRegulatorAboutTheCompany)
{
    CaseSnapshot s = fullCase();
    s.record.providerName = u"PayPal"_s;
    addHistory(s);
    const Letter en = draftKind(s, fullProfile(), u"regulator"_s, u"en"_s, u"uk_fos"_s);
    EXPECT_EQ(en.subject, u"Complaint about PayPal: Duplicate charge, reference 2026011522001, "
                          "2026011522002"_s);
    expectInOrder(letterText(en), {
        u"To: Financial Ombudsman Service"_s, u"Dear Sir or Madam,"_s,
        u"I would like to complain about PayPal."_s, u"in the 4 days since my complaint"_s,
        u"Complainant"_s, u"Name: 王小明"_s, u"What happened"_s,
        u"Transaction reference: 2026011522001, 2026011522002"_s,
        u"How PayPal handled my complaint"_s,
        u"- 16 January 2026: I complained to PayPal by email (reference KF-2026-0116)."_s,
        u"- 16 January 2026, 14:05, phone call to customer service"_s,
        u"- 18 January 2026: I sent a follow-up letter"_s,
        u"- 19 January 2026, 16:00, the company's reply (email)."_s,
        u"The company's response"_s, u"PayPal replied as follows"_s,
        u"They said the refund is being processed."_s,
        // What the regulator can do: have the company put it right.
        u"What I ask of you"_s, u"require PayPal to resolve it"_s,
        u"- A refund of the money concerned"_s, u"Documents I can provide"_s,
    });
    expectNoHoles(en);
    expectNoDoubledPunctuation(en);

    const Letter zh = draftKind(fullCase(), fullProfile(), u"regulator"_s, u"zh_CN"_s,
                                u"cn_pboc_12363"_s);
    expectInOrder(letterText(zh), {
        u"投诉支付宝：重复扣款"_s, u"致：中国人民银行金融消费权益保护局"_s,
        u"我要投诉支付宝。"_s, u"【向支付宝投诉及其处理经过】"_s,
        u"- 2026年1月16日 14:05，致电客服热线，客服李明（工号：8812），受理编号：T-2026-001。"
        u"这是我第一次就此事向支付宝提出投诉。"_s,
        u"- 2026年1月18日 09:00，通过电子邮件。沟通内容：Second request。"_s,
        // No reply on record, the reply date asked for still ahead and the promised date past:
        // said as it is, not as an unsatisfactory reply.
        u"【支付宝的答复】"_s, u"截至2026年1月20日，支付宝尚未答复，其承诺的期限2026年1月19日已过。"_s,
        u"【请求】"_s, u"督促支付宝"_s,
    });
    expectNoHoles(zh);
    expectNoDoubledPunctuation(zh);

    // No regulator named (or one the directory does not know): a letter to whom it may concern.
    const Letter plain = draftKind(s, fullProfile(), u"regulator"_s, u"en"_s, u"nowhere"_s);
    EXPECT_FALSE(plain.body.contains(u"To:"_s));
    EXPECT_TRUE(plain.body.startsWith(u"20 January 2026\n\nDear Sir or Madam,"_s))
        << plain.body.toStdString();
}

TEST(LetterDrafter, PublicPostIsShortFactualAndMasksPersonalData)
{
    CaseSnapshot s = caseWithTransactions();
    addHistory(s);
    for (const QString& language : LetterDrafter::languages()) {
        const Letter l = draftKind(s, fullProfile(), u"public_post"_s, language);
        const QString text = letterText(l);
        for (const QString& secret : {u"王小明"_s, u"138 0000 0000"_s, u"xiaoming@example.com"_s,
                                      u"13812345678"_s, u"138****5678"_s, u"2026011522001"_s,
                                      u"ORDER-77"_s, u"KF-2026-0116"_s, u"8812"_s, u"李明"_s})
            EXPECT_FALSE(text.contains(secret)) << secret.toStdString() << "\n" << text.toStdString();
        EXPECT_TRUE(text.contains(maskAccount(u"2026011522001"_s))) << text.toStdString();
        EXPECT_LT(l.body.size(), 700) << "short";
        EXPECT_TRUE(l.subject.contains(language == u"en" ? u"Duplicate charge"_s : u"重复扣款"_s));
        expectNoHoles(l);
        expectNoDoubledPunctuation(l);
    }
    const Letter en = draftKind(s, fullProfile(), u"public_post"_s, u"en"_s);
    expectInOrder(letterText(en), {
        u"支付宝: Duplicate charge — complaint not yet resolved"_s,
        u"I was charged twice for the same transaction."_s, u"Date: 15 January 2026"_s,
        u"On 16 January 2026 I complained to 支付宝 by email."_s,
        u"Since then I have followed up 3 times."_s,
        // The reply of 19 January is on record and the case is still open: it is said to have
        // come, and not to have resolved the matter; nothing more is claimed about it.
        u"支付宝 replied on 19 January 2026, but its reply did not resolve the matter."_s,
        u"What I asked for"_s, u"- A refund of the money concerned"_s,
        u"and I hope 支付宝 will resolve the matter."_s,
    });
    EXPECT_FALSE(letterText(en).contains(u"satisfactory"_s)) << letterText(en).toStdString();
}

TEST(LetterDrafter, EveryLetterKindReadsCalmToTheToneChecker)
{
    CaseSnapshot s = fullCase(); // its references are digits: "ORDER-77" would read as shouting
    addHistory(s);
    for (const QString& language : LetterDrafter::languages()) {
        auto checker = ToneChecker::load(language);
        ASSERT_TRUE(checker.ok());
        for (const QString& kind : LetterDrafter::kinds()) {
            const Letter l = draftKind(s, fullProfile(), kind, language, u"us_cfpb"_s);
            const auto findings = checker->check(l.body);
            EXPECT_TRUE(findings.isEmpty())
                << kind.toStdString() << " " << language.toStdString() << ": "
                << (findings.isEmpty() ? std::string() : findings.first().text.toStdString());
        }
    }
}

// Every kind of letter for every subtype of the taxonomy, in both languages, drafted (a) with
// every fact the letter can show and (b) with almost none: all read as finished letters.
TEST(LetterDrafter, EveryKindAndSubtypeWithAllOrAlmostNoFactsReadsAsAFinishedLetter)
{
    auto taxonomy = Taxonomy::load();
    ASSERT_TRUE(taxonomy.ok());
    const QString literal = u"{{x}}"_s;
    // Where the user's text shows up: description, a counterparty and an evidence title are in
    // the letters that tell the whole story; the follow-up and the post are short.
    const QHash<QString, int> literals = {{u"initial"_s, 3}, {u"follow_up"_s, 0},
                                          {u"escalation"_s, 3}, {u"regulator"_s, 3},
                                          {u"public_post"_s, 0}};
    const QHash<QString, QStringList> subjects = {
        {u"initial"_s, {u"Complaint"_s, u"投诉"_s}},
        {u"follow_up"_s, {u"Follow-up to my complaint"_s, u"跟进投诉"_s}},
        {u"escalation"_s, {u"Formal complaint"_s, u"正式投诉"_s}},
        {u"regulator"_s, {u"Complaint about"_s, u"投诉"_s}},
        {u"public_post"_s, {QString(), QString()}},
    };
    int drafted = 0;
    for (const QString& kind : LetterDrafter::kinds()) {
        for (const QString& language : LetterDrafter::languages()) {
            const QString subjectStart = subjects.value(kind).at(language == u"en" ? 0 : 1);
            for (const Family& family : taxonomy->families()) {
                for (const Subtype& subtype : family.subtypes) {
                    CaseSnapshot rich = caseWithTransactions();
                    rich.record.family = family.key;
                    rich.record.subtype = subtype.key;
                    rich.record.remedies = {u"refund"_s, u"apology"_s, u"other"_s};
                    rich.record.description = u"I paid at "_s + literal + u"."_s;
                    rich.transactions[0].counterparty = literal;
                    rich.evidence[1].title = literal;
                    rich.transactions.removeAt(1); // three references: the subject shows them all
                    addHistory(rich);
                    CaseSnapshot bare;
                    bare.record.family = family.key;
                    bare.record.subtype = subtype.key;

                    for (const auto& [snapshot, profile] :
                         {std::pair{rich, fullProfile()}, std::pair{bare, Profile{}}}) {
                        ++drafted;
                        const Letter l =
                            draftKind(snapshot, profile, kind, language, u"us_cfpb"_s);
                        const std::string where = kind.toStdString() + " " +
                            language.toStdString() + " " + subtype.key.toStdString();
                        EXPECT_EQ(l.kind, kind) << where;
                        QString text = letterText(l);
                        const bool isRich = !snapshot.transactions.isEmpty();
                        EXPECT_EQ(text.count(literal), isRich ? literals.value(kind) : 0) << where;
                        EXPECT_FALSE(text.remove(literal).contains(u"{{"_s)) << where;
                        EXPECT_TRUE(l.subject.startsWith(subjectStart)) << where;
                        // Shanghai's zone: British spelling ("Unauthorised payment").
                        const QString name = subtype.name.text(language);
                        EXPECT_TRUE(l.subject.contains(name)
                                    || l.subject.contains(QString(name).replace(u"oriz"_s, u"oris"_s)))
                            << where;
                        if (isRich && kind != u"public_post") {
                            for (const QString& ref :
                                 {u"2026011522001"_s, u"ORDER-77"_s, u"2026011522002"_s})
                                EXPECT_TRUE(l.subject.contains(ref))
                                    << where << l.subject.toStdString();
                            EXPECT_TRUE(l.body.contains(u"13812345678"_s)) << where;
                        }
                        if (kind == u"public_post") {
                            EXPECT_FALSE(l.body.contains(u"5678"_s)) << where << " no account";
                        }
                        // The literal is the user's text, not a hole; the rest must have none.
                        Letter plain = l;
                        plain.body.replace(literal, u"X"_s);
                        expectNoHoles(plain);
                        expectNoEmptyLabels(plain);
                        expectNoDoubledPunctuation(plain);
                    }
                }
            }
        }
    }
    EXPECT_EQ(drafted, 5 * 60);
}

// A follow-up keeps an earlier deadline the company still has only while it leaves time to
// answer; one that falls today (or in a day or two) would have the letter ask for a reply by its
// own date.
TEST(LetterDrafter, AFollowUpNeverAsksForAReplyByTheDayItIsDated)
{
    CaseSnapshot s = fullCase();
    Letter initial;
    initial.kind = u"initial"_s;
    initial.status = u"sent"_s;
    initial.sentAt = shanghai(2026, 1, 6, 10, 0);
    initial.replyBy = shanghai(2026, 1, 20, 23, 59); // later today
    s.letters = {initial};
    const auto replyBy = [&s](qint64 now) {
        LetterDrafter::Request request;
        request.kind = u"follow_up"_s;
        request.language = u"en"_s;
        request.nowMs = now;
        request.zone = kShanghai;
        auto l = LetterDrafter::draft(s, fullProfile(), request);
        EXPECT_TRUE(l.ok());
        return l.ok() && l->replyBy ? QDateTime::fromMSecsSinceEpoch(*l->replyBy, kShanghai).date()
                                    : QDate();
    };
    // Deadline today: the follow-up sets its own seven days.
    EXPECT_EQ(replyBy(kNow), QDate(2026, 1, 27));
    // Deadline two days ahead: still too close to hold the company to; seven days fall on a
    // Sunday, so the date is the Monday after.
    EXPECT_EQ(replyBy(shanghai(2026, 1, 18, 10, 0)), QDate(2026, 1, 26));
    // Deadline already passed: seven days.
    EXPECT_EQ(replyBy(shanghai(2026, 1, 21, 10, 0)), QDate(2026, 1, 28));
    // Deadline comfortably ahead (five days): the follow-up does not extend it.
    EXPECT_EQ(replyBy(shanghai(2026, 1, 15, 10, 0)), QDate(2026, 1, 20));

    s.record.providerName = u"Alipay"_s;
    LetterDrafter::Request request;
    request.kind = u"follow_up"_s;
    request.language = u"en"_s;
    request.nowMs = kNow;
    request.zone = kShanghai;
    const auto l = LetterDrafter::draft(s, fullProfile(), request);
    ASSERT_TRUE(l.ok());
    EXPECT_FALSE(l->body.contains(u"reply in writing by 20 January 2026"_s)) << l->body.toStdString();
    EXPECT_TRUE(l->body.contains(u"reply in writing by 27 January 2026"_s)) << l->body.toStdString();
}

// A ticket number typed among the references is not called a transaction reference; a long
// run of digits that no call or letter carries still is.
TEST(LetterDrafter, OnlyWhatLooksLikeATransactionNumberIsLabelledOne)
{
    CaseSnapshot s = fullCase();
    s.record.references = {u"CA-88213"_s};
    const Letter en = draftOk(s, fullProfile(), u"en"_s);
    EXPECT_TRUE(en.body.contains(u"\nReference: CA-88213"_s)) << en.body.toStdString();
    EXPECT_FALSE(en.body.contains(u"Transaction reference"_s)) << en.body.toStdString();
    const Letter zh = draftOk(s, fullProfile(), u"zh_CN"_s);
    EXPECT_TRUE(zh.body.contains(u"参考编号：CA-88213"_s)) << zh.body.toStdString();
    EXPECT_FALSE(letterText(zh).contains(u"交易单号"_s)) << letterText(zh).toStdString();

    // Digits only, but the case holds it as the reference of a call: a ticket, not a payment.
    s.record.references = {u"2026011600017"_s};
    Contact call;
    call.occurredAt = shanghai(2026, 1, 16, 9, 0);
    call.channel = u"hotline"_s;
    call.reference = u"2026011600017"_s;
    s.contacts = {call};
    EXPECT_TRUE(draftOk(s, fullProfile(), u"en"_s).body.contains(u"\nReference: 2026011600017"_s));
    EXPECT_TRUE(draftOk(s, fullProfile(), u"zh_CN"_s).body.contains(u"参考编号：2026011600017"_s));

    // A transaction number as providers write them keeps its label.
    s.contacts.clear();
    s.record.references = {u"2026011522001419550512345678"_s};
    EXPECT_TRUE(draftOk(s, fullProfile(), u"en"_s)
                    .body.contains(u"Transaction reference: 2026011522001419550512345678"_s));
    EXPECT_TRUE(draftOk(s, fullProfile(), u"zh_CN"_s)
                    .body.contains(u"交易单号：2026011522001419550512345678"_s));
}

TEST(LetterDrafter, UnknownLanguageIsRefused)
{
    auto l = LetterDrafter::draft(fullCase(), fullProfile(), u"fr"_s, kNow, kShanghai);
    ASSERT_FALSE(l.ok());
    EXPECT_EQ(l.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(l.error().message.isEmpty());
}

} // namespace

// A Chinese letter about a case abroad names the offset of the times it gives; the walk's Venmo
// letter in Chinese said "16:45（UTC455）" (QString::arg took the minus sign for the number 45).
TEST(LetterDrafter, AZoneWithoutANameIsAnOffsetFromUtc)
{
    const qint64 winter = QDateTime(QDate(2026, 11, 28), QTime(21, 45), Qt::UTC)
                              .toMSecsSinceEpoch();
    auto zh = LetterConventions::load(u"US"_s, u"zh_CN"_s, QTimeZone("America/New_York"));
    ASSERT_TRUE(zh.ok());
    EXPECT_EQ(zh->zoneName(winter), u"UTC-5"_s);
    auto india = LetterConventions::load(u"EU"_s, u"zh_CN"_s, QTimeZone("Asia/Kolkata"));
    ASSERT_TRUE(india.ok());
    EXPECT_EQ(india->zoneName(winter), u"UTC+5:30"_s);
}

// Public holidays by the region's rules: the US federal holidays (observed on the Friday or the
// Monday when they fall on a weekend) and the bank holidays of England and Wales.
TEST(LetterDrafter, TheRegionsPublicHolidaysAreNotBusinessDays)
{
    auto us = LetterConventions::load(u"US"_s, u"en"_s, QTimeZone("America/New_York"));
    auto uk = LetterConventions::load(u"UK"_s, u"en"_s, QTimeZone("Europe/London"));
    auto cn = LetterConventions::load(u"CN"_s, u"zh_CN"_s, QTimeZone("Asia/Shanghai"));
    ASSERT_TRUE(us.ok() && uk.ok() && cn.ok());
    const BusinessCalendar usDays = us->businessCalendar(2026, 2027);
    for (const QDate& holiday :
         {QDate(2026, 12, 25), QDate(2026, 11, 26), QDate(2027, 1, 18), QDate(2026, 7, 3),
          QDate(2027, 12, 31) /* New Year's Day 2028 is a Saturday */, QDate(2026, 5, 25)})
        EXPECT_FALSE(usDays.isBusinessDay(holiday)) << holiday.toString(Qt::ISODate).toStdString();
    EXPECT_TRUE(usDays.isBusinessDay(QDate(2026, 12, 24)));
    const BusinessCalendar ukDays = uk->businessCalendar(2026, 2027);
    // Good Friday and Easter Monday 2027; Christmas 2027 is a Saturday and Boxing Day a Sunday:
    // Monday 27 and Tuesday 28 December are the bank holidays.
    for (const QDate& holiday : {QDate(2027, 3, 26), QDate(2027, 3, 29), QDate(2027, 12, 27),
                                 QDate(2027, 12, 28), QDate(2026, 8, 31)})
        EXPECT_FALSE(ukDays.isBusinessDay(holiday)) << holiday.toString(Qt::ISODate).toStdString();
    EXPECT_TRUE(ukDays.isBusinessDay(QDate(2027, 12, 29)));
    // China's holidays move by decree each year: only weekends.
    EXPECT_TRUE(cn->businessCalendar(2026, 2026).isBusinessDay(QDate(2026, 10, 1)));

    // A reply date seven days on that lands on Christmas Day (a Friday) moves to the Monday.
    CaseSnapshot s = fullCase();
    s.record.timeZone = u"America/New_York"_s;
    LetterDrafter::Request request;
    request.kind = u"follow_up"_s;
    request.language = u"en"_s;
    request.zone = QTimeZone("America/New_York");
    request.nowMs = QDateTime(QDate(2026, 12, 18), QTime(10, 0), request.zone).toMSecsSinceEpoch();
    auto letter = LetterDrafter::draft(s, fullProfile(), request);
    ASSERT_TRUE(letter.ok() && letter->replyBy);
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(*letter->replyBy, request.zone).date(),
              QDate(2026, 12, 28));
}

// The dossier, the timeline and the contacts table add ", by <date>" to a promise only when the
// words do not say the day: the walk met "A refund decision by December 10, by December 10, 2026".
TEST(LetterDrafter, APromiseThatNamesItsDayIsNotDatedTwice)
{
    const QDate by(2026, 12, 10);
    for (const QString& words : {u"A refund decision by December 10"_s, u"refund by Dec. 10th"_s,
                                 u"answer on 10 December"_s, u"call back 12/10"_s,
                                 u"decision 2026-12-10"_s, u"12月10日前退款"_s, u"12 月 10 号答复"_s})
        EXPECT_TRUE(promiseNamesDate(words, by)) << words.toStdString();
    for (const QString& words : {u"A refund decision"_s, u"refund by December 1"_s,
                                 u"answer within 10 days"_s, u"12月1日前退款"_s, u"call 112/10"_s})
        EXPECT_FALSE(promiseNamesDate(words, by)) << words.toStdString();
}
