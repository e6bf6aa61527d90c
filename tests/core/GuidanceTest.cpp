// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The shipped guidance data (taxonomy.json, providers.json), its loaders and provider overrides.
#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"
#include "model/Entities.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <utility>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kLanguages{u"zh_CN"_s, u"en"_s};

// Every text of the data with where it is, so a failure names the entry to fix.
using Texts = QList<std::pair<QString, LocalizedText>>;

void expectBothLanguages(const Texts& texts)
{
    for (const auto& [where, text] : texts) {
        for (const QString& language : kLanguages) {
            EXPECT_TRUE(text.has(language))
                << where.toStdString() << " has no " << language.toStdString() << " text";
        }
    }
}

Taxonomy shippedTaxonomy()
{
    auto loaded = Taxonomy::load();
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().detail.toStdString());
    return loaded.ok() ? *loaded : Taxonomy{};
}

ProviderDirectory shippedDirectory()
{
    auto loaded = ProviderDirectory::load();
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().detail.toStdString());
    return loaded.ok() ? *loaded : ProviderDirectory{};
}

QStringList keysOf(const QList<Subtype>& list)
{
    QStringList out;
    for (const Subtype& s : list)
        out << s.key;
    return out;
}

QStringList keysOf(const QList<ChecklistStep>& list)
{
    QStringList out;
    for (const ChecklistStep& s : list)
        out << s.key;
    return out;
}

// ---- taxonomy ------------------------------------------------------------------------------

TEST(GuidanceTaxonomy, FamiliesAndSubtypesMatchTheProductSpecification)
{
    const Taxonomy t = shippedTaxonomy();
    const QList<std::pair<QString, QStringList>> expected{
        {QString(family::Transaction),
         {u"payment_failed"_s, u"duplicate_charge"_s, u"delayed_credit"_s, u"wrong_amount"_s,
          u"refund_missing"_s}},
        {QString(family::Security),
         {u"unusual_login"_s, u"account_stolen"_s, u"unauthorized_payment"_s, u"scam"_s,
          u"data_leak"_s}},
        {QString(family::Service),
         {u"slow_response"_s, u"rude_agent"_s, u"unresolved"_s, u"unreachable"_s,
          u"account_frozen"_s}},
    };
    ASSERT_EQ(t.families().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto& [familyKey, subtypeKeys] = expected[i];
        EXPECT_EQ(t.families()[i].key, familyKey);
        EXPECT_TRUE(isKnownFamily(t.families()[i].key));
        EXPECT_EQ(keysOf(t.subtypes(familyKey)), subtypeKeys) << familyKey.toStdString();
        for (const QString& key : subtypeKeys) {
            const auto s = t.subtype(key);
            ASSERT_TRUE(s.has_value()) << key.toStdString();
            EXPECT_EQ(s->family, familyKey);
        }
    }
    EXPECT_EQ(t.family(u"transaction"_s)->name.text(u"zh_CN"_s), u"交易问题"_s);
    EXPECT_EQ(t.family(u"security"_s)->name.text(u"zh_CN"_s), u"安全隐患"_s);
    EXPECT_EQ(t.family(u"service"_s)->name.text(u"zh_CN"_s), u"客户服务体验不佳"_s);
    EXPECT_EQ(t.subtype(u"duplicate_charge"_s)->name.text(u"zh_CN"_s), u"重复扣款"_s);
    EXPECT_EQ(t.subtype(u"account_frozen"_s)->name.text(u"zh_CN"_s), u"账户被冻结且无解释"_s);
    EXPECT_FALSE(t.subtype(u"no_such_subtype"_s).has_value());
    EXPECT_TRUE(t.subtypes(u"no_such_family"_s).isEmpty());
}

TEST(GuidanceTaxonomy, EveryTextExistsInBothLanguages)
{
    const Taxonomy t = shippedTaxonomy();
    Texts texts;
    for (const CfpbIssue& issue : t.cfpbIssues())
        texts.append({u"cfpb "_s + issue.key, issue.name});
    for (const Family& f : t.families()) {
        texts.append({f.key + u".name"_s, f.name});
        texts.append({f.key + u".explanation"_s, f.explanation});
        for (const ChecklistStep& step : f.checklist) {
            texts.append({step.key + u".label"_s, step.label});
            texts.append({step.key + u".why"_s, step.why});
            if (!step.source.isEmpty())
                texts.append({step.key + u".source"_s, step.source});
        }
        for (const Subtype& s : f.subtypes) {
            texts.append({s.key + u".name"_s, s.name});
            texts.append({s.key + u".explanation"_s, s.explanation});
            for (const EvidenceSuggestion& e : s.evidence)
                texts.append({s.key + u'.' + e.key, e.text});
        }
    }
    EXPECT_GT(texts.size(), 100);
    expectBothLanguages(texts);
}

TEST(GuidanceTaxonomy, EverySubtypeHasEvidenceSuggestions)
{
    const Taxonomy t = shippedTaxonomy();
    for (const Family& f : t.families()) {
        for (const Subtype& s : f.subtypes) {
            EXPECT_GE(t.evidenceSuggestions(s.key).size(), 3) << s.key.toStdString();
        }
    }
    const QList<EvidenceSuggestion> duplicate = t.evidenceSuggestions(u"duplicate_charge"_s);
    QStringList keys;
    for (const EvidenceSuggestion& e : duplicate)
        keys << e.key;
    EXPECT_TRUE(keys.contains(u"both_transaction_records"_s));
    EXPECT_TRUE(keys.contains(u"card_statement_lines"_s));
    EXPECT_TRUE(keys.contains(u"order_page_screenshot"_s));
    EXPECT_TRUE(t.evidenceSuggestions(u"no_such_subtype"_s).isEmpty());
}

TEST(GuidanceTaxonomy, SecurityChecklistIsUrgentAndStartsWithFreezingTheAccount)
{
    const Taxonomy t = shippedTaxonomy();
    const auto security = t.family(u"security"_s);
    ASSERT_TRUE(security.has_value());
    EXPECT_TRUE(security->urgent);
    EXPECT_FALSE(t.family(u"transaction"_s)->urgent);
    EXPECT_FALSE(t.family(u"service"_s)->urgent);

    const QList<ChecklistStep> steps = t.checklist(u"security"_s, u"account_stolen"_s);
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_EQ(steps.first().key, u"freeze_account"_s);
    EXPECT_TRUE(steps.first().recordsTime);
    EXPECT_EQ(keysOf(steps), (QStringList{u"freeze_account"_s, u"change_passwords"_s,
                                          u"contact_card_issuer"_s, u"report_police"_s}));
    // Nothing to freeze or report to the police for exposed data; it gets its own steps.
    const QStringList leak = keysOf(t.checklist(u"security"_s, u"data_leak"_s));
    EXPECT_FALSE(leak.contains(u"freeze_account"_s));
    EXPECT_FALSE(leak.contains(u"report_police"_s));
    EXPECT_TRUE(leak.contains(u"change_passwords"_s));
    EXPECT_TRUE(leak.contains(u"review_authorizations"_s));
    EXPECT_TRUE(leak.contains(u"beware_follow_up_scams"_s));
    EXPECT_FALSE(keysOf(t.checklist(u"security"_s, u"unusual_login"_s))
                     .contains(u"report_police"_s));
}

TEST(GuidanceTaxonomy, TransactionStepsFitTheirSubtype)
{
    const Taxonomy t = shippedTaxonomy();
    const QStringList all = keysOf(t.checklist(u"transaction"_s));
    for (const QString& key : {u"check_connection_balance"_s, u"check_transaction_status"_s,
                               u"check_settlement_time"_s, u"save_record_and_error"_s})
        EXPECT_TRUE(all.contains(key)) << key.toStdString();
    const auto steps = [&](const QString& subtype) {
        return keysOf(t.checklist(u"transaction"_s, subtype));
    };
    // Network and balance explain a failed payment, not a charge that went through twice.
    EXPECT_EQ(steps(u"payment_failed"_s).first(), u"check_connection_balance"_s);
    for (const QString& subtype : {u"duplicate_charge"_s, u"delayed_credit"_s,
                                   u"wrong_amount"_s, u"refund_missing"_s})
        EXPECT_FALSE(steps(subtype).contains(u"check_connection_balance"_s)) << subtype.toStdString();
    EXPECT_TRUE(steps(u"delayed_credit"_s).contains(u"check_settlement_time"_s));
    EXPECT_EQ(steps(u"duplicate_charge"_s),
              (QStringList{u"check_transaction_status"_s, u"check_pending_charge"_s,
                           u"check_one_order"_s, u"contact_merchant"_s,
                           u"save_record_and_error"_s}));
    EXPECT_TRUE(steps(u"wrong_amount"_s).contains(u"compare_agreed_price"_s));
    EXPECT_TRUE(steps(u"refund_missing"_s).contains(u"check_refund_destination"_s));
    // Every subtype gets the status check and the record.
    for (const Subtype& s : t.subtypes(u"transaction"_s)) {
        EXPECT_TRUE(steps(s.key).contains(u"check_transaction_status"_s)) << s.key.toStdString();
        EXPECT_TRUE(steps(s.key).contains(u"save_record_and_error"_s)) << s.key.toStdString();
    }
}

TEST(GuidanceTaxonomy, StepsAboutARegionsLawFollowTheCase)
{
    const Taxonomy t = shippedTaxonomy();
    const auto keys = [&](const QString& subtype, const QStringList& regions) {
        return keysOf(t.checklist(u"security"_s, subtype, regions));
    };
    // A US wallet: the Reg E notice, in plain words and with its rule.
    const QStringList us = keys(u"account_stolen"_s, {u"US"_s});
    ASSERT_TRUE(us.contains(u"report_loss_us"_s));
    EXPECT_EQ(us.indexOf(u"report_loss_us"_s), 1) << "right after the freeze";
    EXPECT_FALSE(us.contains(u"report_without_delay_eu"_s));
    const auto step = std::find_if(t.checklist(u"security"_s).cbegin(),
                                   t.checklist(u"security"_s).cend(), [](const ChecklistStep& s) {
                                       return s.key == u"report_loss_us"_s;
                                   });
    ASSERT_NE(step, t.checklist(u"security"_s).cend());
    EXPECT_TRUE(step->recordsTime);
    const QString why = step->why.text(u"en"_s);
    EXPECT_TRUE(why.contains(u"2 business days"_s)) << why.toStdString();
    EXPECT_TRUE(why.contains(u"$50"_s));
    EXPECT_TRUE(why.contains(u"60 days"_s));
    EXPECT_TRUE(step->source.text(u"en"_s).contains(u"12 CFR 1005.6"_s));
    // Chinese wallets, and no region known: only the steps that hold everywhere.
    EXPECT_FALSE(keys(u"account_stolen"_s, {u"CN"_s}).contains(u"report_loss_us"_s));
    EXPECT_FALSE(keys(u"account_stolen"_s, {}).contains(u"report_loss_us"_s));
    EXPECT_TRUE(keys(u"unauthorized_payment"_s, {u"GB"_s}).contains(u"report_without_delay_eu"_s));
    EXPECT_FALSE(keys(u"data_leak"_s, {u"US"_s}).contains(u"report_loss_us"_s));

    // The case's regions: the user's own where the wallet serves it, else the wallet's.
    EXPECT_EQ(Taxonomy::caseRegions({u"US"_s, u"UK"_s, u"EU"_s, u"CN"_s}, u"GB"_s),
              QStringList{u"UK"_s});
    EXPECT_EQ(Taxonomy::caseRegions({u"US"_s}, u"CN"_s), QStringList{u"US"_s});
    EXPECT_EQ(Taxonomy::caseRegions({u"CN"_s}, {}), QStringList{u"CN"_s});
    EXPECT_EQ(Taxonomy::caseRegions({}, u"us"_s), QStringList{u"US"_s});
}

TEST(GuidanceTaxonomy, ServiceChecklistRecordsEveryContact)
{
    const Taxonomy t = shippedTaxonomy();
    const QList<ChecklistStep> steps = t.checklist(u"service"_s);
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_EQ(steps.first().key, u"record_every_contact"_s);
    const QStringList keys = keysOf(steps);
    EXPECT_TRUE(keys.contains(u"record_agent_id"_s));
    EXPECT_TRUE(keys.contains(u"record_ticket_number"_s));
    EXPECT_TRUE(keys.contains(u"record_promises"_s));
    bool mentionsEmployeeId = false;
    for (const ChecklistStep& s : steps)
        mentionsEmployeeId |= s.label.text(u"zh_CN"_s).contains(u"工号"_s);
    EXPECT_TRUE(mentionsEmployeeId);
}

TEST(GuidanceTaxonomy, SubtypesCrossReferenceTheCfpbIssueList)
{
    const Taxonomy t = shippedTaxonomy();
    EXPECT_FALSE(t.cfpbSource().isEmpty());
    EXPECT_EQ(t.subtype(u"unauthorized_payment"_s)->cfpbIssue, u"transaction_problem"_s);
    EXPECT_EQ(t.cfpbIssue(u"fraud_or_scam"_s)->name.text(u"en"_s), u"Fraud or scam"_s);
    EXPECT_EQ(t.subtype(u"scam"_s)->cfpbIssue, u"fraud_or_scam"_s);
    EXPECT_EQ(t.subtype(u"account_frozen"_s)->cfpbIssue, u"trouble_accessing_funds"_s);
}

TEST(GuidanceTaxonomy, TextFallsBackToEnglish)
{
    LocalizedText text;
    text.byLanguage = {{u"zh_CN"_s, u"重复扣款"_s}, {u"en"_s, u"Duplicate charge"_s}};
    EXPECT_EQ(text.text(u"zh_CN"_s), u"重复扣款"_s);
    EXPECT_EQ(text.text(u"zh-CN"_s), u"重复扣款"_s);
    EXPECT_EQ(text.text(u"zh"_s), u"重复扣款"_s);
    EXPECT_EQ(text.text(u"en_GB"_s), u"Duplicate charge"_s);
    EXPECT_EQ(text.text(u"de"_s), u"Duplicate charge"_s);
    text.byLanguage.insert(u"en"_s, QString());
    EXPECT_EQ(text.text(u"de"_s), u"重复扣款"_s);
    EXPECT_TRUE(LocalizedText{}.text(u"en"_s).isEmpty());
}

// A small taxonomy that loads; each malformed case below changes one thing in it.
QJsonObject minimalTaxonomy()
{
    const auto text = [](const QString& en) {
        return QJsonObject{{u"zh_CN"_s, en}, {u"en"_s, en}};
    };
    QJsonArray families;
    for (const QString& key : {u"transaction"_s, u"security"_s, u"service"_s}) {
        const QJsonObject step{{u"key"_s, QString(key + u"_step"_s)},
                               {u"label"_s, text(u"Step"_s)}};
        const QJsonObject subtype{{u"key"_s, QString(key + u"_sub"_s)},
                                  {u"name"_s, text(u"Sub"_s)},
                                  {u"explanation"_s, text(u"Explained"_s)}};
        families.append(QJsonObject{{u"key"_s, key},
                                    {u"name"_s, text(key)},
                                    {u"checklist"_s, QJsonArray{step}},
                                    {u"subtypes"_s, QJsonArray{subtype}}});
    }
    return {{u"schema_version"_s, 1}, {u"families"_s, families}};
}

QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

TEST(GuidanceTaxonomy, MinimalFileLoads)
{
    auto loaded = Taxonomy::fromJson(toJson(minimalTaxonomy()));
    ASSERT_TRUE(loaded.ok()) << loaded.error().detail.toStdString();
    EXPECT_EQ(loaded->families().size(), 3);
}

TEST(GuidanceTaxonomy, MalformedFilesGiveAClearError)
{
    QList<std::pair<const char*, QByteArray>> cases{
        {"empty", QByteArray()},
        {"not JSON", QByteArray("{\"schema_version\": 1, \"families\": [")},
        {"a list", QByteArray("[]")},
        {"binary", QByteArray("\x00\xff\xfe garbage", 12)},
    };
    const auto changed = [](const auto& change) {
        QJsonObject root = minimalTaxonomy();
        change(root);
        return toJson(root);
    };
    cases.append({"no families", changed([](QJsonObject& r) { r.remove(u"families"_s); })});
    cases.append(
        {"families not a list", changed([](QJsonObject& r) { r.insert(u"families"_s, u"x"_s); })});
    cases.append(
        {"no schema version", changed([](QJsonObject& r) { r.remove(u"schema_version"_s); })});
    cases.append({"fractional schema version",
                  changed([](QJsonObject& r) { r.insert(u"schema_version"_s, 1.5); })});
    const auto editFamily = [&](int index, const auto& edit) {
        return changed([&](QJsonObject& r) {
            QJsonArray families = r.value(u"families"_s).toArray();
            QJsonObject f = families[index].toObject();
            edit(f);
            families[index] = f;
            r.insert(u"families"_s, families);
        });
    };
    cases.append({"unknown family",
                  editFamily(0, [](QJsonObject& f) { f.insert(u"key"_s, u"billing"_s); })});
    cases.append({"duplicate family",
                  editFamily(2, [](QJsonObject& f) { f.insert(u"key"_s, u"security"_s); })});
    cases.append({"name is plain text",
                  editFamily(1, [](QJsonObject& f) { f.insert(u"name"_s, u"Security"_s); })});
    cases.append({"name has no text", editFamily(1, [](QJsonObject& f) {
                      f.insert(u"name"_s, QJsonObject{{u"en"_s, u"  "_s}});
                  })});
    cases.append(
        {"urgent is text", editFamily(1, [](QJsonObject& f) { f.insert(u"urgent"_s, u"yes"_s); })});
    cases.append({"not_for names another family's subtype", editFamily(1, [](QJsonObject& f) {
                      QJsonArray steps = f.value(u"checklist"_s).toArray();
                      QJsonObject s = steps[0].toObject();
                      s.insert(u"not_for"_s, QJsonArray{u"service_sub"_s});
                      f.insert(u"checklist"_s, QJsonArray{s});
                  })});
    cases.append({"both only_for and not_for", editFamily(1, [](QJsonObject& f) {
                      QJsonArray steps = f.value(u"checklist"_s).toArray();
                      QJsonObject s = steps[0].toObject();
                      s.insert(u"only_for"_s, QJsonArray{u"security_sub"_s});
                      s.insert(u"not_for"_s, QJsonArray{u"security_sub"_s});
                      f.insert(u"checklist"_s, QJsonArray{s});
                  })});
    cases.append({"regions not a list", editFamily(1, [](QJsonObject& f) {
                      QJsonArray steps = f.value(u"checklist"_s).toArray();
                      QJsonObject s = steps[0].toObject();
                      s.insert(u"regions"_s, u"US"_s);
                      f.insert(u"checklist"_s, QJsonArray{s});
                  })});

    cases.append({"subtype not an object",
                  editFamily(0, [](QJsonObject& f) { f.insert(u"subtypes"_s, QJsonArray{42}); })});
    cases.append({"duplicate subtype", editFamily(1, [](QJsonObject& f) {
                      QJsonArray subtypes = f.value(u"subtypes"_s).toArray();
                      QJsonObject s = subtypes[0].toObject();
                      s.insert(u"key"_s, u"transaction_sub"_s);
                      f.insert(u"subtypes"_s, QJsonArray{s});
                  })});
    cases.append({"only_for names another family's subtype", editFamily(1, [](QJsonObject& f) {
                      QJsonArray steps = f.value(u"checklist"_s).toArray();
                      QJsonObject s = steps[0].toObject();
                      s.insert(u"only_for"_s, QJsonArray{u"transaction_sub"_s});
                      f.insert(u"checklist"_s, QJsonArray{s});
                  })});
    cases.append({"unknown CFPB issue", editFamily(0, [](QJsonObject& f) {
                      QJsonArray subtypes = f.value(u"subtypes"_s).toArray();
                      QJsonObject s = subtypes[0].toObject();
                      s.insert(u"cfpb_issue"_s, u"nope"_s);
                      f.insert(u"subtypes"_s, QJsonArray{s});
                  })});
    cases.append({"missing family", changed([](QJsonObject& r) {
                      QJsonArray families = r.value(u"families"_s).toArray();
                      families.removeLast();
                      r.insert(u"families"_s, families);
                  })});

    for (const auto& [name, json] : cases) {
        auto loaded = Taxonomy::fromJson(json);
        ASSERT_FALSE(loaded.ok()) << name;
        EXPECT_EQ(loaded.error().code, ErrorCode::InvalidArgument) << name;
        EXPECT_TRUE(loaded.error().message.contains(u"taxonomy.json"_s)) << name;
        EXPECT_FALSE(loaded.error().detail.isEmpty()) << name;
    }
}

TEST(GuidanceTaxonomy, NewerFormatAsksForAnUpdate)
{
    QJsonObject root = minimalTaxonomy();
    root.insert(u"schema_version"_s, Taxonomy::SchemaVersion + 1);
    auto loaded = Taxonomy::fromJson(toJson(root));
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::TooNew);
    EXPECT_TRUE(loaded.error().message.contains(u"Update WalletCase"_s));
}

TEST(GuidanceTaxonomy, ErrorNamesWhereTheProblemIs)
{
    QJsonObject root = minimalTaxonomy();
    QJsonArray families = root.value(u"families"_s).toArray();
    QJsonObject f = families[2].toObject();
    QJsonArray subtypes = f.value(u"subtypes"_s).toArray();
    QJsonObject s = subtypes[0].toObject();
    s.remove(u"name"_s);
    f.insert(u"subtypes"_s, QJsonArray{s});
    families[2] = f;
    root.insert(u"families"_s, families);
    auto loaded = Taxonomy::fromJson(toJson(root));
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().message.contains(u"families[2].subtypes[0].name"_s))
        << loaded.error().message.toStdString();
}

// ---- provider directory --------------------------------------------------------------------

const QStringList kRequiredProviders{u"alipay"_s,        u"wechat_pay"_s,     u"unionpay"_s,
                                     u"jd_pay"_s,        u"paypal"_s,         u"apple_pay"_s,
                                     u"google_wallet"_s, u"samsung_wallet"_s, u"cash_app"_s,
                                     u"venmo"_s,         u"zelle"_s};

TEST(GuidanceProviders, EveryRequiredProviderHasAChannelAndAFreezePathOrAVerifyNote)
{
    const ProviderDirectory d = shippedDirectory();
    EXPECT_EQ(d.schemaVersion(), 1);
    EXPECT_FALSE(d.updated().isEmpty());
    for (const QString& key : kRequiredProviders) {
        const auto p = d.provider(key);
        ASSERT_TRUE(p.has_value()) << key.toStdString();
        EXPECT_EQ(p->origin, Provider::Origin::Shipped);
        EXPECT_FALSE(p->regions.isEmpty()) << key.toStdString();
        EXPECT_FALSE(p->channels.isEmpty()) << key.toStdString();
        EXPECT_FALSE(p->source.isEmpty()) << key.toStdString();
        const bool verifyNote = p->verify && p->note.has(u"zh_CN"_s) && p->note.has(u"en"_s);
        EXPECT_TRUE(!p->freeze.isEmpty() || verifyNote) << key.toStdString();
    }
}

TEST(GuidanceProviders, ChineseWalletsShowTheirKnownHotlines)
{
    const ProviderDirectory d = shippedDirectory();
    const auto hasValue = [](const QList<Channel>& list, const QString& value) {
        return std::any_of(list.begin(), list.end(),
                           [&](const Channel& c) { return c.value == value && !c.verify; });
    };
    EXPECT_TRUE(hasValue(d.provider(u"alipay"_s)->freeze, u"95188"_s));
    EXPECT_TRUE(hasValue(d.provider(u"wechat_pay"_s)->freeze, u"95017"_s));
    EXPECT_TRUE(hasValue(d.provider(u"unionpay"_s)->channels, u"95516"_s));
    bool securityCenter = false;
    const auto wechat = d.provider(u"wechat_pay"_s);
    for (const Channel& c : wechat->freeze)
        securityCenter |= c.path.text(u"zh_CN"_s).contains(u"微信安全中心 → 冻结账号"_s);
    EXPECT_TRUE(securityCenter);
    EXPECT_EQ(d.provider(u"alipay"_s)->name.text(u"zh_CN"_s), u"支付宝"_s);
    EXPECT_EQ(d.provider(u"wechat_pay"_s)->name.text(u"en"_s), u"WeChat Pay"_s);
}

TEST(GuidanceProviders, EveryTextExistsInBothLanguagesAndUncertainEntriesSaySo)
{
    const ProviderDirectory d = shippedDirectory();
    Texts texts{{u"default_verify_note"_s, d.defaultVerifyNote()}};
    const auto addChannels = [&](const QString& where, const QList<Channel>& list) {
        for (const Channel& c : list) {
            EXPECT_TRUE(!c.value.isEmpty() || !c.path.isEmpty()) << where.toStdString();
            if (!c.label.isEmpty())
                texts.append({where + u".label"_s, c.label});
            if (!c.path.isEmpty())
                texts.append({where + u".path"_s, c.path});
            if (c.verify || !c.note.isEmpty())
                texts.append({where + u".note"_s, c.note});
        }
    };
    for (const Provider& p : d.providers()) {
        texts.append({p.key + u".name"_s, p.name});
        if (p.verify || !p.note.isEmpty())
            texts.append({p.key + u".note"_s, p.note});
        addChannels(p.key + u".channels"_s, p.channels);
        addChannels(p.key + u".freeze"_s, p.freeze);
    }
    for (const Regulator& g : d.allRegulators()) {
        texts.append({g.key + u".name"_s, g.name});
        texts.append({g.key + u".when"_s, g.when});
        if (g.verify || !g.note.isEmpty())
            texts.append({g.key + u".note"_s, g.note});
        addChannels(g.key + u".channels"_s, g.channels);
        EXPECT_FALSE(g.channels.isEmpty()) << g.key.toStdString();
    }
    expectBothLanguages(texts);
    EXPECT_TRUE(d.provider(u"jd_pay"_s)->needsVerification());
}

TEST(GuidanceProviders, RegulatorsForEveryRegion)
{
    const ProviderDirectory d = shippedDirectory();
    const auto keys = [&](const QString& region) {
        QStringList out;
        for (const Regulator& g : d.regulators(region))
            out << g.key;
        return out;
    };
    const QStringList cn = keys(u"CN"_s);
    for (const QString& key :
         {u"cn_pboc_12363"_s, u"cn_samr_12315"_s, u"cn_nfra_12378"_s, u"cn_heimao"_s})
        EXPECT_TRUE(cn.contains(key)) << key.toStdString();
    EXPECT_TRUE(keys(u"US"_s).contains(u"us_cfpb"_s));
    EXPECT_TRUE(keys(u"UK"_s).contains(u"uk_fos"_s));
    EXPECT_EQ(keys(u"gb"_s), keys(u"UK"_s));
    EXPECT_TRUE(keys(u"EU"_s).contains(u"eu_nca"_s));
    EXPECT_TRUE(keys(u"EU"_s).contains(u"eu_finnet"_s));
    EXPECT_TRUE(keys(u"XX"_s).isEmpty());
    for (const QString& region : {u"CN"_s, u"US"_s, u"UK"_s, u"EU"_s})
        EXPECT_TRUE(d.regions().contains(region)) << region.toStdString();

    const Regulator pboc = d.regulators(u"CN"_s).first();
    EXPECT_EQ(pboc.key, u"cn_pboc_12363"_s);
    EXPECT_EQ(pboc.channels.first().value, u"12363"_s);
    const auto fos = d.regulators(u"UK"_s).first();
    EXPECT_TRUE(fos.when.text(u"en"_s).contains(u"8 weeks"_s));
}

ProviderOverride overrideOf(const QString& key, const QJsonObject& entry)
{
    return {key, QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)), 0};
}

TEST(GuidanceProviders, OverridesReplaceAndAddEntries)
{
    const ProviderDirectory shipped = shippedDirectory();
    // A correction starts from the shipped entry, as the editor does.
    QJsonObject alipay = QJsonDocument::fromJson(shipped.entryJson(u"alipay"_s).toUtf8()).object();
    ASSERT_FALSE(alipay.isEmpty());
    alipay.insert(u"channels"_s,
                  QJsonArray{QJsonObject{{u"kind"_s, u"hotline"_s}, {u"value"_s, u"95188-1"_s}}});
    const QJsonObject myBank{
        {u"name"_s, QJsonObject{{u"zh_CN"_s, u"我的银行钱包"_s}}},
        {u"regions"_s, QJsonArray{u"CN"_s}},
        {u"channels"_s,
         QJsonArray{QJsonObject{
             {u"kind"_s, u"email"_s}, {u"value"_s, u"help@bank.example"_s}, {u"verify"_s, true}}}}};

    QList<Error> problems;
    const ProviderDirectory d = shipped.withOverrides(
        {overrideOf(u"alipay"_s, alipay), overrideOf(u"my_bank"_s, myBank)}, &problems);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(d.providers().size(), shipped.providers().size() + 1);

    const auto replaced = d.provider(u"alipay"_s);
    ASSERT_TRUE(replaced.has_value());
    EXPECT_EQ(replaced->origin, Provider::Origin::Overridden);
    ASSERT_EQ(replaced->channels.size(), 1);
    EXPECT_EQ(replaced->channels.first().value, u"95188-1"_s);
    EXPECT_EQ(replaced->freeze.first().value, u"95188"_s); // the rest of the entry is kept
    EXPECT_EQ(d.providers().first().key, u"alipay"_s);     // in its place

    const auto added = d.provider(u"my_bank"_s);
    ASSERT_TRUE(added.has_value());
    EXPECT_EQ(added->origin, Provider::Origin::UserAdded);
    EXPECT_EQ(added->name.text(u"en"_s), u"我的银行钱包"_s); // only language there is
    // An uncertain channel without a note gets the general "confirm it" note.
    EXPECT_EQ(added->channels.first().note.text(u"en"_s),
              shipped.defaultVerifyNote().text(u"en"_s));
    EXPECT_TRUE(d.entryJson(u"my_bank"_s).contains(u"help@bank.example"_s));

    // The shipped directory itself is unchanged.
    EXPECT_EQ(shipped.provider(u"alipay"_s)->channels.first().value, u"95188"_s);
    EXPECT_FALSE(shipped.provider(u"my_bank"_s).has_value());
}

TEST(GuidanceProviders, BrokenOverridesAreSkippedAndReported)
{
    const ProviderDirectory shipped = shippedDirectory();
    const QJsonObject wrongKey{{u"key"_s, u"wechat_pay"_s},
                               {u"name"_s, QJsonObject{{u"en"_s, u"X"_s}}}};
    const QJsonObject badChannel{
        {u"name"_s, QJsonObject{{u"en"_s, u"X"_s}}},
        {u"channels"_s, QJsonArray{QJsonObject{{u"kind"_s, u"pigeon"_s}, {u"value"_s, u"1"_s}}}}};
    const QList<ProviderOverride> overrides{
        {u"alipay"_s, u"{ not json"_s, 0}, {u"paypal"_s, u"[1, 2]"_s, 0},
        overrideOf(u"venmo"_s, wrongKey),  overrideOf(u"zelle"_s, badChannel),
        {QString(), u"{}"_s, 0},
    };
    QList<Error> problems;
    const ProviderDirectory d = shipped.withOverrides(overrides, &problems);
    EXPECT_EQ(problems.size(), overrides.size());
    for (const Error& e : problems) {
        EXPECT_EQ(e.code, ErrorCode::InvalidArgument);
        EXPECT_TRUE(e.message.contains(u"shipped entry"_s)) << e.message.toStdString();
    }
    EXPECT_TRUE(problems[0].message.contains(u"alipay"_s));
    for (const QString& key : {u"alipay"_s, u"paypal"_s, u"venmo"_s, u"zelle"_s})
        EXPECT_EQ(d.provider(key)->origin, Provider::Origin::Shipped) << key.toStdString();
    EXPECT_EQ(d.providers().size(), shipped.providers().size());

    EXPECT_FALSE(shipped.parseOverride(overrides[3]).ok());
    // Without a list for the problems it still never fails as a whole.
    EXPECT_EQ(shipped.withOverrides(overrides).providers().size(), shipped.providers().size());
}

TEST(GuidanceProviders, MalformedFilesGiveAClearError)
{
    const QByteArray valid = R"({"schema_version": 1,
        "default_verify_note": {"en": "Check it"},
        "providers": [{"key": "a", "name": {"en": "A"},
                       "channels": [{"kind": "hotline", "value": "1"}]}],
        "regulators": [{"key": "r", "region": "CN", "kind": "regulator", "name": {"en": "R"},
                        "when": {"en": "Later"}, "channels": []}]})";
    ASSERT_TRUE(ProviderDirectory::fromJson(valid).ok());
    const auto with = [&](const char* from, const char* to) {
        QByteArray json = valid;
        json.replace(from, to);
        EXPECT_NE(json, valid) << from;
        return json;
    };
    const QList<std::pair<const char*, QByteArray>> cases{
        {"empty", QByteArray()},
        {"truncated", valid.left(valid.size() / 2)},
        {"no providers", with(R"("providers")", R"("vendors")")},
        {"no default note", with(R"("default_verify_note")", R"("note")")},
        {"provider without key", with(R"({"key": "a", )", "{")},
        {"duplicate provider", with(R"("channels": [{"kind": "hotline", "value": "1"}]}])",
                                    R"("channels": []}, {"key": "a", "name": {"en": "B"}}])")},
        {"channel without value or path", with(R"("value": "1")", R"("verify": false)")},
        {"unknown channel kind", with(R"("kind": "hotline")", R"("kind": "fax")")},
        {"regions not a list",
         with(R"("name": {"en": "A"},)", R"("name": {"en": "A"}, "regions": "CN",)")},
        {"regulator without when", with(R"("when": {"en": "Later"},)", "")},
        {"unknown regulator kind", with(R"("kind": "regulator")", R"("kind": "court")")},
        {"verify not a flag", with(R"("value": "1")", R"("value": "1", "verify": "yes")")},
    };
    for (const auto& [name, json] : cases) {
        auto loaded = ProviderDirectory::fromJson(json);
        ASSERT_FALSE(loaded.ok()) << name;
        EXPECT_TRUE(loaded.error().message.contains(u"providers.json"_s)) << name;
        EXPECT_FALSE(loaded.error().detail.isEmpty()) << name;
    }
}

// What the user reads as a source names a public rule or page, never the app's own design papers.
TEST(GuidanceSources, NoShippedSourceCitesAnInternalDocument)
{
    // "PRODUCT.md §1.7", "shared/seed/…", "design.md"; not the word "product" in a rule's name.
    static const QRegularExpression internal(u"PRODUCT|(?i:shared/|\\bseed\\b|\\.md\\b)"_s);
    int sources = 0;
    const std::function<void(const QJsonValue&, const QString&)> walk =
        [&](const QJsonValue& v, const QString& where) {
            if (v.isArray()) {
                const QJsonArray list = v.toArray();
                for (qsizetype i = 0; i < list.size(); ++i)
                    walk(list.at(i), where + u'[' + QString::number(i) + u']');
                return;
            }
            if (!v.isObject())
                return;
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString at = where + u'.' + it.key();
                if (it.key().contains(u"source"_s)) {
                    QStringList texts;
                    if (it->isString())
                        texts << it->toString();
                    for (const QJsonValue& t : it->toObject())
                        texts << t.toString();
                    for (const QString& text : std::as_const(texts)) {
                        ++sources;
                        EXPECT_FALSE(text.contains(internal)) << at.toStdString() << ": "
                                                              << text.toStdString();
                        EXPECT_FALSE(text.trimmed().isEmpty()) << at.toStdString();
                    }
                }
                walk(*it, at);
            }
        };
    for (const char* file : {"taxonomy.json", "providers.json", "clocks.json", "escalation.json"}) {
        QFile f(u":/data/"_s + QString::fromLatin1(file));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << file;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        ASSERT_TRUE(doc.isObject()) << file;
        walk(doc.object(), QString::fromLatin1(file));
    }
    EXPECT_GT(sources, 60);
}

TEST(GuidanceProviders, EveryShippedProviderSaysWhatKindOfInstitutionItIs)
{
    const ProviderDirectory d = shippedDirectory();
    const QStringList kinds{u"payment_institution"_s, u"card_network"_s,
                            u"wallet_with_balance"_s, u"card_wallet"_s, u"bank_network"_s};
    for (const Provider& p : d.providers())
        EXPECT_TRUE(kinds.contains(p.kind)) << p.key.toStdString() << " " << p.kind.toStdString();
    EXPECT_EQ(d.provider(u"alipay"_s)->kind, u"payment_institution"_s);
    EXPECT_EQ(d.provider(u"cash_app"_s)->kind, u"wallet_with_balance"_s);
    EXPECT_EQ(d.provider(u"apple_pay"_s)->kind, u"card_wallet"_s);
}

TEST(GuidanceProviders, CashAppTakeoverStartsWithThePhoneNotTheCardTab)
{
    const ProviderDirectory d = shippedDirectory();
    const auto cash = d.provider(u"cash_app"_s);
    ASSERT_TRUE(cash.has_value());
    ASSERT_GE(cash->freeze.size(), 2);
    // Locked out of the app, a user can still call or use the help site.
    EXPECT_EQ(cash->freeze.first().kind, u"hotline"_s);
    EXPECT_EQ(cash->freeze.first().value, u"1-800-969-1940"_s);
    EXPECT_EQ(cash->freeze.at(1).kind, u"web_form"_s);
    // Locking the card is offered only as what it is.
    for (const Channel& c : cash->freeze) {
        const QString path = c.path.text(u"en"_s);
        if (path.contains(u"Cash Card"_s)) {
            EXPECT_TRUE(path.contains(u"only stops card payments"_s)) << path.toStdString();
        }
    }
}

} // namespace
