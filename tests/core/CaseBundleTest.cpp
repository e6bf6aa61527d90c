// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Case bundles: exact round trips, and strict refusal of every kind of bad input without
// touching the target file.
#include "exchange/CaseBundle.h"
#include "store/CaseStore.h"
#include "support/TempDir.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <functional>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kScreenshot("\x89PNG\r\n\x1a\n 支付宝账单截图 bytes");
const QByteArray kRedacted("\x89PNG\r\n\x1a\n redacted copy");

std::unique_ptr<CaseStore> openStore(const QString& path, const Clock* clock)
{
    CaseStore::OpenOptions options;
    options.createIfMissing = true;
    options.clock = clock;
    auto opened = CaseStore::open(path, options);
    EXPECT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    return opened.ok() ? std::move(*opened) : nullptr;
}

// A bundle with ids replaced by positions: ids are local to a file, so two exports of the same
// cases from different files differ only there (and in exported_at).
QJsonObject withoutIds(QJsonObject bundle)
{
    bundle.remove(u"exported_at"_s);
    QJsonArray cases;
    for (const QJsonValue& v : bundle.value(u"cases"_s).toArray()) {
        QJsonObject c = v.toObject();
        c.remove(u"id"_s);
        QHash<qint64, qint64> evidenceIndex, contactIndex;
        const auto index = [](const QJsonArray& list, QHash<qint64, qint64>& out) {
            for (qsizetype i = 0; i < list.size(); ++i)
                out.insert(list[i].toObject().value(u"id"_s).toInteger(), i);
        };
        index(c.value(u"evidence"_s).toArray(), evidenceIndex);
        index(c.value(u"contacts"_s).toArray(), contactIndex);
        for (const QString& part : {u"checklist"_s, u"transactions"_s, u"evidence"_s, u"contacts"_s,
                                    u"letters"_s, u"reminders"_s, u"events"_s}) {
            QJsonArray items;
            for (const QJsonValue& item : c.value(part).toArray()) {
                QJsonObject o = item.toObject();
                o.remove(u"id"_s);
                if (o.value(u"derived_from"_s).isDouble())
                    o[u"derived_from"_s] =
                        evidenceIndex.value(o.value(u"derived_from"_s).toInteger(), -1);
                if (o.value(u"contact_id"_s).isDouble())
                    o[u"contact_id"_s] =
                        contactIndex.value(o.value(u"contact_id"_s).toInteger(), -1);
                items.append(o);
            }
            c.insert(part, items);
        }
        cases.append(c);
    }
    bundle.insert(u"cases"_s, cases);
    return bundle;
}

class CaseBundleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        source = openStore(dir.file(u"source.wcase"_s), &sourceClock);
        target = openStore(dir.file(u"target.wcase"_s), &targetClock);
        ASSERT_TRUE(source && target);
        richCase = makeRichCase();
        ASSERT_TRUE(source
                        ->saveProfile({u"张三 Zhang San"_s, u"13800000000"_s, u"z@example.com"_s,
                                       u"北京市朝阳区"_s, 0})
                        .ok());
        ASSERT_TRUE(
            source->saveProviderOverride({u"alipay"_s, uR"({"hotline":"95188"})"_s, 0}).ok());
    }

    qint64 makeRichCase()
    {
        CaseRecord r;
        r.title = u"支付宝重复扣款 Alipay duplicate charge"_s;
        r.family = u"transaction"_s;
        r.subtype = u"duplicate_charge"_s;
        r.providerKey = u"alipay"_s;
        r.providerName = u"支付宝 Alipay"_s;
        r.incidentAt = 1'759'000'000'000;
        r.amountMinor = 12'800;
        r.currency = u"CNY"_s;
        r.references = {u"2025092122001"_s, u"订单-77"_s};
        r.accountRef = u"138****0000"_s;
        r.description = u"同一笔订单被扣款两次。\nCharged twice for one order."_s;
        r.remedies = {u"refund"_s, u"explanation"_s};
        r.remedyNote = u"退回重复的 ¥128.00"_s;
        r.wizardStep = 4;
        const qint64 id = *source->createCase(r);
        sourceClock.advance(1000);
        EXPECT_TRUE(source
                        ->addChecklistItem({0, id, u"collect_statement"_s, u"下载账单"_s, 0,
                                            sourceClock.nowMs(), u"done"_s})
                        .ok());
        EXPECT_TRUE(
            source->addChecklistItem({0, id, u"call_hotline"_s, u"Call 95188"_s, 1, {}, {}}).ok());
        for (int i = 0; i < 2; ++i) {
            EXPECT_TRUE(source
                            ->addTransaction({0, id, 1'759'000'000'000 + i * 60'000, u"美团外卖"_s,
                                              12'800, u"CNY"_s, u"2025092122001"_s, u"交易成功"_s,
                                              i ? u"duplicate"_s : QString(), u"alipay"_s})
                            .ok());
        }
        EXPECT_TRUE(source
                        ->addTransaction({0, id, 1'759'100'000'000, u"美团外卖"_s, 12'800,
                                          u"CNY"_s, u"2025092322009"_s, u"退款成功"_s, {},
                                          u"alipay"_s, u"in"_s})
                        .ok());
        sourceClock.advance(1000);
        const qint64 original = *source->addEvidence(Evidence{.caseId = id,
                                                              .kind = u"screenshot"_s,
                                                              .title = u"账单截图"_s,
                                                              .note = u"two identical lines"_s,
                                                              .fileName = u"bill 账单.png"_s,
                                                              .mimeType = u"image/png"_s,
                                                              .capturedAt = 1'759'000'100'000},
                                                     kScreenshot);
        sourceClock.advance(1000);
        EXPECT_TRUE(source
                        ->addEvidence(Evidence{.caseId = id,
                                               .kind = u"screenshot"_s,
                                               .title = u"账单截图（已遮盖）redacted"_s,
                                               .mimeType = u"image/png"_s,
                                               .derivedFrom = original},
                                      kRedacted)
                        .ok());
        sourceClock.advance(1000);
        Contact c{0,
                  id,
                  sourceClock.nowMs(),
                  u"hotline"_s,
                  u"outgoing"_s,
                  u"王小姐"_s,
                  u"工号 A1024"_s,
                  u"T-2025-88"_s,
                  u"客服确认重复扣款"_s,
                  u"3 个工作日内退款 refund in 3 days"_s,
                  sourceClock.nowMs() + 3 * 86'400'000LL,
                  {}};
        const qint64 contactId = *source->addContact(c);
        EXPECT_TRUE(source
                        ->addReminder(Reminder{.caseId = id,
                                               .kind = u"promise"_s,
                                               .dueAt = *c.promisedBy,
                                               .text = u"检查退款"_s,
                                               .contactId = contactId})
                        .ok());
        Letter l;
        l.caseId = id;
        l.subject = u"投诉：重复扣款 Complaint: duplicate charge"_s;
        l.body = u"您好，\n2025年9月21日的订单被扣款两次，金额 ¥128.00。\nRegards"_s;
        EXPECT_TRUE(source->addLetter(l).ok());
        sourceClock.advance(1000);
        CaseRecord sent = *source->caseById(id);
        sent.status = u"awaiting_reply"_s;
        sent.satisfaction = 3;
        EXPECT_TRUE(source->updateCase(sent).ok());
        return id;
    }

    QJsonObject exportAll(CaseStore& store)
    {
        auto object = CaseBundle::exportObject(store, {});
        EXPECT_TRUE(object.ok()) << object.error().detail.toStdString();
        return object.ok() ? *object : QJsonObject();
    }

    QByteArray json(const QJsonObject& o) { return QJsonDocument(o).toJson(); }

    // Imports `bundle` into the target, expects a refusal mentioning `expected`, and checks the
    // target file is exactly as before.
    void expectRefused(const QByteArray& bundle, const QString& expected)
    {
        const QJsonObject before = withoutIds(exportAll(*target));
        auto result = CaseBundle::importJson(*target, bundle);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
        EXPECT_TRUE(result.error().message.contains(expected))
            << result.error().message.toStdString();
        EXPECT_EQ(withoutIds(exportAll(*target)), before);
    }

    // The valid bundle of the rich case with one change applied to its case object.
    QByteArray withCase(const std::function<void(QJsonObject&)>& change)
    {
        QJsonObject bundle = exportAll(*source);
        QJsonArray cases = bundle.value(u"cases"_s).toArray();
        QJsonObject c = cases.first().toObject();
        change(c);
        cases[0] = c;
        bundle[u"cases"_s] = cases;
        return json(bundle);
    }

    static void changeIn(QJsonObject& c, const QString& part, int index,
                         const std::function<void(QJsonObject&)>& change)
    {
        QJsonArray list = c.value(part).toArray();
        QJsonObject item = list[index].toObject();
        change(item);
        list[index] = item;
        c[part] = list;
    }

    wc::test::TempDir dir;
    FakeClock sourceClock{1'760'000'000'000};
    FakeClock targetClock{1'770'000'000'000};
    std::unique_ptr<CaseStore> source;
    std::unique_ptr<CaseStore> target;
    qint64 richCase = 0;
};

TEST_F(CaseBundleTest, ExportImportExportGivesTheSameBundle)
{
    const QJsonObject first = exportAll(*source);
    EXPECT_EQ(first.value(u"format"_s).toString(), u"walletcase-bundle"_s);
    EXPECT_EQ(first.value(u"version"_s).toInt(), 1);
    EXPECT_EQ(first.value(u"exported_at"_s).toInteger(), sourceClock.nowMs());
    EXPECT_EQ(first.value(u"blobs"_s).toObject().size(), 2);
    EXPECT_TRUE(first.value(u"cases"_s)[0][u"closed_at"_s].isNull()); // absent → null

    auto ids = CaseBundle::importJson(*target, json(first));
    ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    ASSERT_EQ(ids->size(), 1);
    const QJsonObject second = exportAll(*target);
    EXPECT_NE(second.value(u"exported_at"_s), first.value(u"exported_at"_s));
    EXPECT_EQ(withoutIds(second), withoutIds(first));
    EXPECT_EQ(second.value(u"cases"_s)[0][u"uuid"_s], first.value(u"cases"_s)[0][u"uuid"_s]);
}

TEST_F(CaseBundleTest, ImportedCaseKeepsContentLinksAndHistory)
{
    auto ids = CaseBundle::importJson(*target, *CaseBundle::exportJson(*source, {}));
    ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    auto copy = target->snapshot(ids->first());
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(copy->record.title, u"支付宝重复扣款 Alipay duplicate charge"_s);
    EXPECT_EQ(copy->record.amountMinor, 12'800);
    ASSERT_EQ(copy->transactions.size(), 3);
    EXPECT_EQ(copy->transactions[0].direction, u"out"_s);
    EXPECT_EQ(copy->transactions[2].direction, u"in"_s); // the refund stays a refund
    ASSERT_EQ(copy->evidence.size(), 2);
    EXPECT_EQ(*target->blobData(copy->evidence[0].sha256), kScreenshot);
    EXPECT_EQ(copy->evidence[1].derivedFrom, copy->evidence[0].id);
    EXPECT_EQ(copy->reminders.first().contactId, copy->contacts.first().id);
    EXPECT_EQ(copy->contacts.first().agentId, u"工号 A1024"_s);
    EXPECT_EQ(copy->events.size(), source->events(richCase)->size());
    EXPECT_TRUE(target->verifyEvents(ids->first())->intact);
    EXPECT_TRUE(target->checkIntegrity()->isEmpty());
    EXPECT_EQ(target->profile()->name, u"张三 Zhang San"_s);
    EXPECT_EQ(target->providerOverrides()->size(), 1);
}

TEST_F(CaseBundleTest, OneCaseExportLeavesOutFileSettings)
{
    ASSERT_TRUE(source->createCase(CaseRecord{.title = u"other"_s, .family = u"service"_s}).ok());
    auto one = CaseBundle::exportObject(*source, {.caseId = richCase});
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->value(u"cases"_s).toArray().size(), 1);
    EXPECT_FALSE(one->contains(u"profile"_s));
    EXPECT_FALSE(one->contains(u"providers"_s));
    EXPECT_EQ(exportAll(*source).value(u"cases"_s).toArray().size(), 2);
    EXPECT_EQ(CaseBundle::exportObject(*source, {.caseId = 999}).error().code, ErrorCode::NotFound);
}

TEST_F(CaseBundleTest, ImportingTwiceMakesCopiesWithNewIdentities)
{
    const QByteArray bundle = *CaseBundle::exportJson(*source, {});
    auto again = CaseBundle::importJson(*source, bundle);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    auto third = CaseBundle::importJson(*source, bundle);
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(*source->caseCount(), 3);
    QSet<QString> uuids;
    for (qint64 id : {richCase, again->first(), third->first()})
        uuids.insert(source->caseById(id)->uuid);
    EXPECT_EQ(uuids.size(), 3);
    EXPECT_EQ(*source->blobCount(), 2); // content is shared, not duplicated
}

TEST_F(CaseBundleTest, FileSettingsNeverOverwriteTheTargets)
{
    ASSERT_TRUE(target->saveProfile({u"李四"_s, {}, {}, {}, 0}).ok());
    ASSERT_TRUE(target->saveProviderOverride({u"alipay"_s, uR"({"hotline":"mine"})"_s, 0}).ok());
    ASSERT_TRUE(
        source->saveProviderOverride({u"wechat_pay"_s, uR"({"hotline":"95017"})"_s, 0}).ok());
    ASSERT_TRUE(CaseBundle::importJson(*target, *CaseBundle::exportJson(*source, {})).ok());
    EXPECT_EQ(target->profile()->name, u"李四"_s);
    auto providers = target->providerOverrides();
    ASSERT_EQ(providers->size(), 2);
    EXPECT_TRUE(providers->at(0).data.contains(u"mine"_s));
    EXPECT_EQ(providers->at(1).key, u"wechat_pay"_s);
}

// A file that already holds its owner's cases, with no profile entered yet, must not take a
// stranger's phone, e-mail and address from an imported bundle (issue 14 §11).
TEST_F(CaseBundleTest, AFileWithCasesNeverTakesABundlesProfile)
{
    ASSERT_TRUE(
        target->createCase(CaseRecord{.title = u"mine"_s, .family = u"service"_s}).ok());
    ASSERT_TRUE(CaseBundle::importJson(*target, *CaseBundle::exportJson(*source, {})).ok());
    const Profile profile = *target->profile();
    EXPECT_TRUE(profile.name.isEmpty());
    EXPECT_TRUE(profile.phone.isEmpty());
    EXPECT_TRUE(profile.email.isEmpty());
    EXPECT_TRUE(profile.address.isEmpty());
}

TEST_F(CaseBundleTest, RefusesMalformedJsonNamingTheOffset)
{
    const QByteArray broken = R"({"format": "walletcase-bundle", "version": 1,, "cases": []})";
    QJsonParseError error;
    QJsonDocument::fromJson(broken, &error);
    expectRefused(broken, u"byte %1"_s.arg(error.offset));
    expectRefused(QByteArray(), u"JSON"_s);
    expectRefused("[1, 2]", u"not a WalletCase case bundle"_s);
}

TEST_F(CaseBundleTest, RefusesOtherFormatsAndNewerVersions)
{
    QJsonObject bundle = exportAll(*source);
    bundle[u"format"_s] = u"something-else"_s;
    expectRefused(json(bundle), u"not a WalletCase case bundle"_s);
    bundle = exportAll(*source);
    bundle[u"version"_s] = 2;
    expectRefused(json(bundle), u"newer version"_s);
    bundle[u"version"_s] = u"1"_s;
    expectRefused(json(bundle), u"version"_s);
}

TEST_F(CaseBundleTest, RefusesValuesOfTheWrongType)
{
    expectRefused(withCase([](QJsonObject& c) { c[u"title"_s] = 5; }), u"cases[0].title"_s);
    expectRefused(withCase([](QJsonObject& c) { c[u"amount_minor"_s] = 1.5; }),
                  u"cases[0].amount_minor"_s);
    expectRefused(withCase([](QJsonObject& c) { c[u"refs"_s] = u"x"_s; }), u"cases[0].refs"_s);
    expectRefused(withCase([](QJsonObject& c) { c[u"created_at"_s] = QJsonValue(); }),
                  u"cases[0].created_at"_s);
    expectRefused(withCase([](QJsonObject& c) { c[u"evidence"_s] = QJsonObject(); }),
                  u"cases[0].evidence"_s);
    expectRefused(withCase([](QJsonObject& c) {
                      changeIn(c, u"contacts"_s, 0,
                               [](QJsonObject& o) { o[u"promised_by"_s] = u"soon"_s; });
                  }),
                  u"cases[0].contacts[0].promised_by"_s);
    QJsonObject bundle = exportAll(*source);
    bundle[u"cases"_s] = QJsonObject();
    expectRefused(json(bundle), u"cases"_s);
    bundle = exportAll(*source);
    bundle[u"profile"_s] = QJsonArray();
    expectRefused(json(bundle), u"profile"_s);
}

TEST_F(CaseBundleTest, RefusesUnknownFamilyStatusAndBrokenReferences)
{
    expectRefused(withCase([](QJsonObject& c) { c[u"family"_s] = u"weather"_s; }), u"weather"_s);
    expectRefused(withCase([](QJsonObject& c) { c[u"status"_s] = u"pending-ish"_s; }),
                  u"pending-ish"_s);
    expectRefused(withCase([](QJsonObject& c) {
                      changeIn(c, u"evidence"_s, 1,
                               [](QJsonObject& o) { o[u"derived_from"_s] = 4242; });
                  }),
                  u"copy of evidence"_s);
    expectRefused(withCase([](QJsonObject& c) {
                      changeIn(c, u"reminders"_s, 0,
                               [](QJsonObject& o) { o[u"contact_id"_s] = 4242; });
                  }),
                  u"contact"_s);
}

TEST_F(CaseBundleTest, RefusesMissingAndMismatchedContent)
{
    QJsonObject bundle = exportAll(*source);
    QJsonObject blobs = bundle.value(u"blobs"_s).toObject();
    const QString sha = blobs.begin().key();
    blobs.remove(sha);
    bundle[u"blobs"_s] = blobs;
    expectRefused(json(bundle), u"missing from the bundle"_s);

    bundle = exportAll(*source);
    blobs = bundle.value(u"blobs"_s).toObject();
    blobs[sha] = QString::fromLatin1(QByteArray("tampered screenshot").toBase64());
    bundle[u"blobs"_s] = blobs;
    expectRefused(json(bundle), u"does not match its fingerprint"_s);

    blobs[sha] = u"not base64 at all!"_s;
    bundle[u"blobs"_s] = blobs;
    expectRefused(json(bundle), u"Base64"_s);
}

TEST_F(CaseBundleTest, RefusesAnAlteredHistory)
{
    expectRefused(withCase([](QJsonObject& c) {
                      changeIn(c, u"events"_s, 1,
                               [](QJsonObject& o) { o[u"hash"_s] = QString(64, u'a'); });
                  }),
                  u"history has been altered"_s);
    expectRefused(withCase([](QJsonObject& c) {
                      changeIn(c, u"events"_s, 0, [](QJsonObject& o) {
                          o[u"payload"_s] = uR"({"family":"security"})"_s;
                      });
                  }),
                  u"entry 1"_s);
    expectRefused(withCase([](QJsonObject& c) {
                      QJsonArray events = c.value(u"events"_s).toArray();
                      events.removeAt(1);
                      c[u"events"_s] = events;
                  }),
                  u"history has been altered"_s);
}

TEST_F(CaseBundleTest, AFailureWhileWritingLeavesTheFileUnchanged)
{
    ASSERT_TRUE(
        target->createCase(CaseRecord{.title = u"already here"_s, .family = u"security"_s}).ok());
    // Make the store fail part-way, after the profile and the first case are written.
    ASSERT_TRUE(target->database()
                    .exec(u"CREATE TEMP TRIGGER fail_letters BEFORE INSERT ON letters BEGIN"
                          u" SELECT RAISE(ABORT, 'simulated failure'); END"_s)
                    .ok());
    ASSERT_TRUE(
        source->createCase(CaseRecord{.title = u"no letters"_s, .family = u"service"_s}).ok());
    QJsonObject bundle = exportAll(*source);
    QJsonArray cases = bundle.value(u"cases"_s).toArray();
    cases.append(cases.takeAt(0)); // the case without letters first
    bundle[u"cases"_s] = cases;

    const QJsonObject before = withoutIds(exportAll(*target));
    auto result = CaseBundle::importJson(*target, json(bundle));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(withoutIds(exportAll(*target)), before);
    EXPECT_EQ(*target->caseCount(), 1);
    EXPECT_TRUE(target->profile()->name.isEmpty());
    EXPECT_EQ(*target->blobCount(), 0);
}

TEST_F(CaseBundleTest, ImportsManyCasesInOrder)
{
    // Each imported case is a copy of the rich one; ids come back in bundle order.
    QJsonObject bundle = exportAll(*source);
    QJsonArray cases;
    const QJsonObject rich = bundle.value(u"cases"_s)[0].toObject();
    for (int i = 0; i < 200; ++i) {
        QJsonObject c = rich;
        c[u"uuid"_s] = u"uuid-%1"_s.arg(i);
        cases.append(c);
    }
    bundle[u"cases"_s] = cases;
    auto ids = CaseBundle::importJson(*target, json(bundle));
    ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    ASSERT_EQ(ids->size(), 200);
    for (int i = 0; i < 200; ++i)
        EXPECT_EQ(target->caseById(ids->at(i))->uuid, u"uuid-%1"_s.arg(i));
    EXPECT_EQ(*target->blobCount(), 2);
}

} // namespace

// The case's time zone travels with it; a bundle from before zones existed gets the zone its
// provider's region gives, as every new case does.
TEST(CaseBundleTimeZone, RoundTripKeepsTheZoneAndOldBundlesGetTheProvidersOne)
{
    wc::test::TempDir dir;
    FakeClock clock(1'760'000'000'000);
    auto source = openStore(dir.file(u"source.wcase"_s), &clock);
    auto target = openStore(dir.file(u"target.wcase"_s), &clock);
    ASSERT_TRUE(source && target);
    CaseRecord r;
    r.title = u"Alipay charge typed in Los Angeles"_s;
    r.family = u"transaction"_s;
    r.providerKey = u"alipay"_s;
    r.timeZone = u"America/Los_Angeles"_s; // chosen by the user over the provider's
    auto created = source->createCase(r);
    ASSERT_TRUE(created.ok()) << created.error().detail.toStdString();
    EXPECT_EQ(source->caseById(*created)->timeZone, u"America/Los_Angeles"_s);

    auto bundle = CaseBundle::exportObject(*source, {});
    ASSERT_TRUE(bundle.ok());
    EXPECT_EQ(bundle->value(u"cases"_s)[0][u"time_zone"_s].toString(), u"America/Los_Angeles"_s);
    auto ids = CaseBundle::importObject(*target, *bundle);
    ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    EXPECT_EQ(target->caseById(ids->first())->timeZone, u"America/Los_Angeles"_s);

    // As an older WalletCase wrote it: no time_zone at all.
    QJsonObject old = *bundle;
    QJsonArray cases = old.value(u"cases"_s).toArray();
    QJsonObject first = cases.at(0).toObject();
    first.remove(u"time_zone"_s);
    cases[0] = first;
    old.insert(u"cases"_s, cases);
    auto oldIds = CaseBundle::importObject(*target, old);
    ASSERT_TRUE(oldIds.ok()) << oldIds.error().message.toStdString();
    EXPECT_EQ(target->caseById(oldIds->first())->timeZone, u"Asia/Shanghai"_s);
}

namespace {

// Schema 6: a day without a time travels as one; a bundle from before it has every time known,
// and a value that is not true or false is refused.
TEST(CaseBundleTimeKnown, RoundTripKeepsDaysWithoutATimeAndOldBundlesHaveTimes)
{
    wc::test::TempDir dir;
    FakeClock clock(1'760'000'000'000);
    auto source = openStore(dir.file(u"source.wcase"_s), &clock);
    auto target = openStore(dir.file(u"target.wcase"_s), &clock);
    ASSERT_TRUE(source && target);
    CaseRecord r;
    r.title = u"Day only"_s;
    r.family = u"transaction"_s;
    r.incidentAt = 1'795'795'200'000;
    r.incidentTimeKnown = false;
    const qint64 id = *source->createCase(r);
    Contact call;
    call.caseId = id;
    call.occurredAt = 1'795'795'200'000;
    call.channel = u"hotline"_s;
    call.timeKnown = false;
    ASSERT_TRUE(source->addContact(call).ok());

    auto bundle = CaseBundle::exportObject(*source, {});
    ASSERT_TRUE(bundle.ok());
    EXPECT_EQ(bundle->value(u"cases"_s)[0][u"incident_time_known"_s], QJsonValue(false));
    auto ids = CaseBundle::importObject(*target, *bundle);
    ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    EXPECT_FALSE(target->caseById(ids->first())->incidentTimeKnown);
    EXPECT_FALSE(target->contacts(ids->first())->first().timeKnown);

    QJsonObject old = *bundle;
    QJsonArray cases = old.value(u"cases"_s).toArray();
    QJsonObject first = cases.at(0).toObject();
    first.remove(u"incident_time_known"_s);
    QJsonArray contacts = first.value(u"contacts"_s).toArray();
    ASSERT_EQ(contacts.size(), 1) << "contacts are not where the test looks for them";
    QJsonObject contact = contacts.at(0).toObject();
    contact.remove(u"time_known"_s);
    contacts[0] = contact;
    first.insert(u"contacts"_s, contacts);
    cases[0] = first;
    old.insert(u"cases"_s, cases);
    auto oldIds = CaseBundle::importObject(*target, old);
    ASSERT_TRUE(oldIds.ok()) << oldIds.error().message.toStdString();
    EXPECT_TRUE(target->caseById(oldIds->first())->incidentTimeKnown);
    EXPECT_TRUE(target->contacts(oldIds->first())->first().timeKnown);

    first.insert(u"incident_time_known"_s, 0);
    cases[0] = first;
    old.insert(u"cases"_s, cases);
    EXPECT_FALSE(CaseBundle::importObject(*target, old).ok());
}

} // namespace
