// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The escalation ladders (resources/data/escalation.json): shape, links to the regulators in
// providers.json, and the next rung an overdue case is offered, per region.
#include "FollowUpFixture.h"
#include "followup/EscalationLadder.h"
#include "guidance/ProviderDirectory.h"
#include "store/CaseStore.h"

#include <gtest/gtest.h>

using namespace wc::core;
using namespace wc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

ProviderDirectory directory()
{
    auto d = ProviderDirectory::load();
    EXPECT_TRUE(d.ok());
    return d.ok() ? *d : ProviderDirectory{};
}

EscalationLadder shippedLadder(const ProviderDirectory& d)
{
    auto l = EscalationLadder::load(&d);
    EXPECT_TRUE(l.ok()) << (l.ok() ? "" : l.error().detail.toStdString());
    return l.ok() ? *l : EscalationLadder{};
}

// A case as the store would hand it over, with its complaint sent on `sentAt`.
CaseSnapshot sentCase(const QString& family, qint64 sentAt, const QString& channel = u"email"_s,
                      const QString& letterKind = u"initial"_s)
{
    CaseSnapshot s;
    s.record.id = 1;
    s.record.family = family;
    s.record.status = u"sent"_s;
    Letter l;
    l.kind = letterKind;
    l.status = u"sent"_s;
    l.sentAt = sentAt;
    l.channel = channel;
    s.letters << l;
    return s;
}

void addLetter(CaseSnapshot& s, const QString& kind, qint64 sentAt)
{
    Letter l;
    l.kind = kind;
    l.status = u"sent"_s;
    l.sentAt = sentAt;
    l.channel = u"web_form"_s;
    s.letters << l;
}

TEST(FollowUpEscalationTest, EveryRegionHasTheFiveRungsLinkedToItsRegulators)
{
    const ProviderDirectory d = directory();
    const EscalationLadder ladder = shippedLadder(d);
    EXPECT_EQ(ladder.regions(), (QStringList{u"CN"_s, u"US"_s, u"UK"_s, u"EU"_s}));
    const QStringList rungs{u"customer_service"_s, u"formal_complaint"_s, u"regulator"_s,
                            u"public"_s, u"legal"_s};
    for (const QString& region : ladder.regions()) {
        const auto l = ladder.ladder(region);
        ASSERT_TRUE(l.has_value());
        QStringList keys;
        for (const EscalationRung& r : l->rungs) {
            keys << r.key;
            EXPECT_FALSE(r.source.isEmpty()) << region.toStdString() << " " << r.key.toStdString();
            EXPECT_TRUE(r.when.has(u"zh_CN"_s) && r.when.has(u"en"_s))
                << region.toStdString() << " " << r.key.toStdString();
            EXPECT_TRUE(r.name.has(u"zh_CN"_s) && r.name.has(u"en"_s));
            for (const QString& key : r.regulators) {
                const auto bodies = d.regulators(region);
                EXPECT_TRUE(std::any_of(bodies.cbegin(), bodies.cend(), [&](const Regulator& g) {
                    return g.key == key;
                })) << key.toStdString();
            }
        }
        EXPECT_EQ(keys, rungs) << region.toStdString();
        EXPECT_EQ(l->rungs.at(2).templateKey, u"regulator"_s);
        EXPECT_EQ(l->rungs.at(3).templateKey, u"public_post"_s);
        EXPECT_FALSE(l->rungs.at(2).regulators.isEmpty()) << region.toStdString();
    }
    EXPECT_EQ(ladder.ladder(u"CN"_s)->rungs.at(3).regulators, QStringList{u"cn_heimao"_s});
    EXPECT_TRUE(ladder.ladder(u"CN"_s)->rungs.at(2).regulators.contains(u"cn_pboc_12363"_s));
    EXPECT_TRUE(ladder.ladder(u"gb"_s)->rungs.at(2).regulators.contains(u"uk_fos"_s));
    EXPECT_TRUE(ladder.ladder(u"US"_s)->rungs.at(2).regulators.contains(u"us_cfpb"_s));
    EXPECT_TRUE(ladder.ladder(u"EU"_s)->rungs.at(2).regulators.contains(u"eu_nca"_s));
    const QStringList templates = ladder.templateKeys();
    for (const QString& key : {u"follow_up"_s, u"escalation"_s, u"regulator"_s, u"public_post"_s})
        EXPECT_TRUE(templates.contains(key)) << key.toStdString();
    EXPECT_EQ(ladder.rungName(u"regulator"_s).text(u"zh_CN"_s), u"监管机构或申诉专员"_s);
}

TEST(FollowUpEscalationTest, UkOmbudsmanAfterFifteenBusinessDaysOrEightWeeks)
{
    const ProviderDirectory d = directory();
    const EscalationLadder ladder = shippedLadder(d);
    const QTimeZone london = zone("Europe/London");
    const qint64 sent = local(london, 2026, 3, 2, 10); // Monday

    // A payment complaint: the ombudsman opens after 15 business days.
    CaseSnapshot payment = sentCase(u"transaction"_s, sent);
    SuggestedStep step = ladder.nextStep(payment, u"UK"_s, local(london, 2026, 3, 20), london);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::FollowUp);
    EXPECT_EQ(step.currentRungKey, u"formal_complaint"_s);
    EXPECT_EQ(step.rungKey, u"regulator"_s);
    EXPECT_EQ(step.templateKey, u"follow_up"_s);
    EXPECT_EQ(step.opensAt, local(london, 2026, 3, 23));
    EXPECT_TRUE(step.text.text(u"en"_s).contains(u"follow-up"_s));
    step = ladder.nextStep(payment, u"UK"_s, local(london, 2026, 3, 23), london);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::Rung);
    EXPECT_EQ(step.templateKey, u"regulator"_s);
    EXPECT_TRUE(step.regulators.contains(u"uk_fos"_s));
    EXPECT_TRUE(step.text.text(u"en"_s).contains(u"Financial Ombudsman"_s));

    // Any other complaint: 8 weeks, unless the firm already sent its final response.
    CaseSnapshot service = sentCase(u"service"_s, sent);
    step = ladder.nextStep(service, u"UK"_s, local(london, 2026, 4, 20), london);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::FollowUp);
    EXPECT_EQ(step.opensAt, local(london, 2026, 4, 27));
    step = ladder.nextStep(service, u"UK"_s, local(london, 2026, 4, 20), london,
                           local(london, 2026, 4, 1, 12));
    EXPECT_EQ(step.kind, SuggestedStep::Kind::Rung);
    EXPECT_EQ(step.rungKey, u"regulator"_s);
    step = ladder.nextStep(service, u"UK"_s, local(london, 2026, 4, 27), london);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::Rung);
}

TEST(FollowUpEscalationTest, ChinaFromCustomerServiceUpToThePublicPlatform)
{
    const EscalationLadder ladder = shippedLadder(directory());
    const QTimeZone shanghai = zone("Asia/Shanghai");
    const qint64 sent = local(shanghai, 2026, 3, 2, 10);
    // Only the in-app chat so far: the next step is a formal written complaint, at once.
    CaseSnapshot s = sentCase(u"transaction"_s, sent, u"in_app_chat"_s);
    SuggestedStep step = ladder.nextStep(s, u"CN"_s, local(shanghai, 2026, 3, 9), shanghai);
    EXPECT_EQ(step.currentRungKey, u"customer_service"_s);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::Rung);
    EXPECT_EQ(step.rungKey, u"formal_complaint"_s);
    EXPECT_EQ(step.templateKey, u"escalation"_s);
    EXPECT_EQ(step.rungName.text(u"zh_CN"_s), u"书面正式投诉"_s);

    // After the written complaint the institution has 15 days before 12363.
    addLetter(s, u"escalation"_s, local(shanghai, 2026, 3, 9, 11));
    step = ladder.nextStep(s, u"CN"_s, local(shanghai, 2026, 3, 16), shanghai);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::FollowUp);
    EXPECT_EQ(step.opensAt, local(shanghai, 2026, 3, 17));
    step = ladder.nextStep(s, u"CN"_s, local(shanghai, 2026, 3, 17), shanghai);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::Rung);
    EXPECT_EQ(step.rungKey, u"regulator"_s);
    EXPECT_TRUE(step.text.text(u"zh_CN"_s).contains(u"12363"_s));

    // After a regulator complaint: the public platform.
    addLetter(s, u"regulator"_s, local(shanghai, 2026, 3, 18, 11));
    step = ladder.nextStep(s, u"CN"_s, local(shanghai, 2026, 4, 18), shanghai);
    EXPECT_EQ(step.rungKey, u"public"_s);
    EXPECT_EQ(step.templateKey, u"public_post"_s);
    EXPECT_EQ(step.regulators, QStringList{u"cn_heimao"_s});

    addLetter(s, u"public_post"_s, local(shanghai, 2026, 4, 19, 11));
    step = ladder.nextStep(s, u"CN"_s, local(shanghai, 2026, 5, 18), shanghai);
    EXPECT_EQ(step.rungKey, u"legal"_s);
    EXPECT_TRUE(step.templateKey.isEmpty());
}

TEST(FollowUpEscalationTest, UsCfpbAfterTheInvestigationTimeAndEuAuthority)
{
    const EscalationLadder ladder = shippedLadder(directory());
    const QTimeZone newYork = zone("America/New_York");
    CaseSnapshot s = sentCase(u"transaction"_s, local(newYork, 2026, 3, 6, 10), u"web_form"_s);
    SuggestedStep step = ladder.nextStep(s, u"US"_s, local(newYork, 2026, 3, 19), newYork);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::FollowUp);
    EXPECT_EQ(step.opensAt, local(newYork, 2026, 3, 20)); // 10 business days
    step = ladder.nextStep(s, u"US"_s, local(newYork, 2026, 3, 20), newYork);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::Rung);
    EXPECT_EQ(step.regulators, (QStringList{u"us_cfpb"_s, u"us_ftc"_s}));

    const QTimeZone paris = zone("Europe/Paris");
    CaseSnapshot eu = sentCase(u"security"_s, local(paris, 2026, 3, 6, 10));
    step = ladder.nextStep(eu, u"EU"_s, local(paris, 2026, 3, 27), paris);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::Rung);
    EXPECT_TRUE(step.regulators.contains(u"eu_nca"_s));
    EXPECT_TRUE(step.regulators.contains(u"eu_finnet"_s));
}

TEST(FollowUpEscalationTest, NothingForClosedCasesOrUnknownRegions)
{
    const EscalationLadder ladder = shippedLadder(directory());
    CaseSnapshot s = sentCase(u"transaction"_s, utc(2026, 3, 2));
    s.record.status = u"resolved"_s;
    EXPECT_EQ(ladder.nextStep(s, u"CN"_s, utc(2026, 6, 1)).kind, SuggestedStep::Kind::None);
    s.record.status = u"sent"_s;
    EXPECT_EQ(ladder.nextStep(s, u"JP"_s, utc(2026, 6, 1)).kind, SuggestedStep::Kind::None);
    // Nothing sent yet: the first rung.
    CaseSnapshot draft;
    draft.record.status = u"ready"_s;
    const SuggestedStep first = ladder.nextStep(draft, u"US"_s, utc(2026, 6, 1));
    EXPECT_EQ(first.kind, SuggestedStep::Kind::Rung);
    EXPECT_EQ(first.rungKey, u"customer_service"_s);
    EXPECT_TRUE(first.currentRungKey.isEmpty());
}

TEST(FollowUpEscalationTest, RegionOfACase)
{
    const QStringList paypal{u"US"_s, u"UK"_s, u"EU"_s, u"CN"_s};
    EXPECT_EQ(EscalationLadder::regionFor(paypal, u"GB"_s, u"en"_s), u"UK"_s);
    EXPECT_EQ(EscalationLadder::regionFor(paypal, {}, u"zh_CN"_s), u"CN"_s);
    EXPECT_EQ(EscalationLadder::regionFor(paypal, {}, u"en"_s), u"US"_s);
    EXPECT_EQ(EscalationLadder::regionFor({u"CN"_s}, u"US"_s, u"en"_s), u"CN"_s);
    EXPECT_EQ(EscalationLadder::regionFor({}, u"EU"_s, u"en"_s), u"EU"_s);
    EXPECT_EQ(EscalationLadder::regionFor({}, {}, u"en"_s), QString());
    EXPECT_EQ(EscalationLadder::regionForTerritory(QLocale::China), u"CN"_s);
    EXPECT_EQ(EscalationLadder::regionForTerritory(QLocale::Germany), u"EU"_s);
    EXPECT_EQ(EscalationLadder::regionForTerritory(QLocale::UnitedKingdom), u"UK"_s);
    EXPECT_EQ(EscalationLadder::regionForTerritory(QLocale::Japan), QString());
}

TEST(FollowUpEscalationTest, BrokenLaddersSayWhere)
{
    const ProviderDirectory d = directory();
    const QByteArray base = R"({"schema_version":1,
        "rungs":[{"key":"customer_service","name":{"zh_CN":"客服","en":"CS"}},
                 {"key":"regulator","name":{"zh_CN":"监管","en":"Reg"}}],
        "follow_up":{"template":"follow_up","text":{"zh_CN":"跟进","en":"Follow up"}},
        "ladders":[{"region":"UK","rungs":[
            {"rung":"customer_service","template":"initial","when":{"en":"a"},"source":"s"},
            {"rung":"regulator","template":"regulator","regulators":["uk_fos"],
             "waits":[{"amount":8,"unit":"weeks"}],"when":{"en":"b"},"source":"s"}]}]})";
    ASSERT_TRUE(EscalationLadder::fromJson(base, &d).ok());
    const auto broken = [&](const char* from, const char* to) {
        QByteArray json = base;
        json.replace(from, to);
        auto l = EscalationLadder::fromJson(json, &d);
        EXPECT_FALSE(l.ok()) << to;
        return l.ok() ? QString() : l.error().message;
    };
    EXPECT_TRUE(broken("[\"uk_fos\"]", "[\"cn_heimao\"]").contains(u"cn_heimao"_s));
    EXPECT_TRUE(broken("\"template\":\"regulator\"", "\"template\":\"poem\"").contains(u"poem"_s));
    EXPECT_TRUE(broken("\"unit\":\"weeks\"", "\"unit\":\"moons\"").contains(u"moons"_s));
    EXPECT_TRUE(broken("\"amount\":8", "\"amount\":0").contains(u"amount"_s));
    EXPECT_TRUE(broken("\"region\":\"UK\"", "\"region\":\"Mars\"").contains(u"Mars"_s));
    // Rungs must keep the ladder's order.
    EXPECT_TRUE(
        broken("{\"rung\":\"customer_service\"", "{\"rung\":\"regulator\"").contains(u"order"_s));
}

} // namespace

// A Cash App takeover: the complaint letter went out in the app and asks for a reply in 14 days.
// Until that day passes the step is to wait for the reply (not another letter); after it, an
// escalation worded as one, since a complaint letter was sent.
TEST(FollowUpEscalationTest, WaitsForTheReplyDateTheSentLetterAskedFor)
{
    const EscalationLadder ladder = shippedLadder(directory());
    const QTimeZone newYork = zone("America/New_York");
    CaseSnapshot s = sentCase(u"security"_s, local(newYork, 2026, 3, 2, 10), u"in_app_chat"_s);
    s.letters.first().replyBy = local(newYork, 2026, 3, 16, 0);

    SuggestedStep step = ladder.nextStep(s, u"US"_s, local(newYork, 2026, 3, 4), newYork);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::Wait);
    EXPECT_EQ(step.replyBy, QDate(2026, 3, 16));
    EXPECT_EQ(step.opensAt, local(newYork, 2026, 3, 17));
    EXPECT_TRUE(step.templateKey.isEmpty()); // nothing to draft while waiting
    EXPECT_TRUE(step.complaintLetterSent);
    // On the reply day itself (its reminder fires then) the step is a follow-up letter.
    step = ladder.nextStep(s, u"US"_s, local(newYork, 2026, 3, 16, 23), newYork);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::FollowUp);
    EXPECT_EQ(step.templateKey, u"follow_up"_s);

    // The day after: the reply is late, so the case goes on up the ladder.
    step = ladder.nextStep(s, u"US"_s, local(newYork, 2026, 3, 17), newYork);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::Rung);
    EXPECT_EQ(step.rungKey, u"formal_complaint"_s);
    EXPECT_TRUE(step.complaintLetterSent);

    // A reply logged after the letter: no more waiting for it.
    Contact reply;
    reply.direction = u"incoming"_s;
    reply.occurredAt = local(newYork, 2026, 3, 5, 12);
    s.contacts << reply;
    step = ladder.nextStep(s, u"US"_s, local(newYork, 2026, 3, 6), newYork);
    EXPECT_NE(step.kind, SuggestedStep::Kind::Wait);

    // Nothing sent yet: no complaint letter to wait on or escalate.
    CaseSnapshot unsent;
    unsent.record.family = u"security"_s;
    unsent.record.status = u"ready"_s;
    step = ladder.nextStep(unsent, u"US"_s, local(newYork, 2026, 3, 4), newYork);
    EXPECT_EQ(step.rungKey, u"customer_service"_s);
    EXPECT_FALSE(step.complaintLetterSent);
}

// The Cash App walk: Derek promised a refund decision by December 10 on the phone; the letter
// asked for a reply by December 11. On the morning of December 10 the step is to wait; on
// December 11 the promise is broken, so the step is a follow-up letter to draft, not waiting.
TEST(FollowUpEscalationTest, AMissedPromiseSuggestsAFollowUpLetter)
{
    const EscalationLadder ladder = shippedLadder(directory());
    const QTimeZone la = zone("America/Los_Angeles");
    CaseSnapshot s = sentCase(u"security"_s, local(la, 2026, 11, 29, 10));
    s.letters.first().replyBy = local(la, 2026, 12, 20, 0); // a later reply date: only the promise
    Contact call;
    call.direction = u"outgoing"_s;
    call.occurredAt = local(la, 2026, 11, 28, 9);
    call.promise = u"A refund decision by December 10"_s;
    call.promisedBy = local(la, 2026, 12, 10, 0);
    s.contacts << call;

    SuggestedStep step = ladder.nextStep(s, u"US"_s, local(la, 2026, 12, 10, 10), la);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::Wait);
    step = ladder.nextStep(s, u"US"_s, local(la, 2026, 12, 11, 10), la);
    EXPECT_EQ(step.kind, SuggestedStep::Kind::FollowUp);
    EXPECT_EQ(step.templateKey, u"follow_up"_s);

    // A reply from the company since the call: the promise is no longer the question.
    Contact reply;
    reply.direction = u"incoming"_s;
    reply.occurredAt = local(la, 2026, 12, 1, 12);
    CaseSnapshot answered = s;
    answered.contacts << reply;
    step = ladder.nextStep(answered, u"US"_s, local(la, 2026, 12, 11, 10), la);
    EXPECT_NE(step.kind, SuggestedStep::Kind::FollowUp);
}
