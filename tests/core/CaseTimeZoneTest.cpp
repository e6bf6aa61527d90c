// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The zone a case gets from its provider's region, and the fallbacks when a stored zone is bad.
#include "guidance/CaseTimeZone.h"
#include "guidance/ProviderDirectory.h"

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

CaseRecord caseOf(const QString& providerKey, const QString& language = u"en"_s)
{
    CaseRecord r;
    r.providerKey = providerKey;
    r.language = language;
    return r;
}

QByteArray zoneFor(const QString& providerKey, const QByteArray& system,
                   const QString& language = u"en"_s)
{
    return CaseTimeZone::defaultZoneId(caseOf(providerKey, language), nullptr, QTimeZone(system));
}

TEST(CaseTimeZone, EachRegionGivesItsZone)
{
    // A Chinese wallet is on Beijing time wherever the computer is.
    EXPECT_EQ(zoneFor(u"alipay"_s, "America/Chicago"), "Asia/Shanghai");
    EXPECT_EQ(zoneFor(u"wechat_pay"_s, "Europe/London"), "Asia/Shanghai");
    // US: the computer's own US zone, else New York.
    EXPECT_EQ(zoneFor(u"venmo"_s, "America/Denver"), "America/Denver");
    EXPECT_EQ(zoneFor(u"venmo"_s, "Asia/Shanghai"), "America/New_York");
    EXPECT_EQ(zoneFor(u"venmo"_s, "America/Toronto"), "America/New_York"); // not a US zone
    EXPECT_EQ(CaseTimeZone::zoneIdForRegion(u"UK"_s, QTimeZone("Asia/Tokyo")), "Europe/London");
    EXPECT_EQ(CaseTimeZone::zoneIdForRegion(u"EU"_s, QTimeZone("Europe/Berlin")), "Europe/Berlin");
    EXPECT_EQ(CaseTimeZone::zoneIdForRegion(u"EU"_s, QTimeZone("America/Chicago")), "Europe/Paris");
}

TEST(CaseTimeZone, AProviderInSeveralRegionsTakesTheComputersWhenItServesIt)
{
    // PayPal serves US, UK, EU and CN.
    EXPECT_EQ(zoneFor(u"paypal"_s, "Europe/London"), "Europe/London");
    EXPECT_EQ(zoneFor(u"paypal"_s, "Europe/Berlin"), "Europe/Berlin");
    EXPECT_EQ(zoneFor(u"paypal"_s, "America/Los_Angeles"), "America/Los_Angeles");
    EXPECT_EQ(zoneFor(u"paypal"_s, "Asia/Shanghai"), "Asia/Shanghai");
    // A computer in none of them: a Chinese case is in China, else the first region (US).
    EXPECT_EQ(zoneFor(u"paypal"_s, "Asia/Tokyo", u"zh_CN"_s), "Asia/Shanghai");
    EXPECT_EQ(zoneFor(u"paypal"_s, "Asia/Tokyo"), "America/New_York");
}

TEST(CaseTimeZone, UnknownProvidersAndUsersOwnOnesTakeTheComputersZone)
{
    EXPECT_EQ(zoneFor(QString(), "Asia/Tokyo"), "Asia/Tokyo");
    EXPECT_EQ(zoneFor(u"no_such_wallet"_s, "America/Chicago"), "America/Chicago");
    auto shipped = ProviderDirectory::load();
    ASSERT_TRUE(shipped.ok());
    const ProviderDirectory withMine = shipped->withOverrides(
        {{u"corner_bank"_s,
          uR"({"key":"corner_bank","name":{"en":"Corner Bank"},"regions":[],"channels":[]})"_s, 0},
         {u"euro_wallet"_s,
          uR"({"key":"euro_wallet","name":{"en":"Euro Wallet"},"regions":["EU"],"channels":[]})"_s,
          0}});
    EXPECT_EQ(
        CaseTimeZone::defaultZoneId(caseOf(u"corner_bank"_s), &withMine, QTimeZone("Asia/Tokyo")),
        "Asia/Tokyo");
    // A region the user gave their own entry counts like a shipped one.
    EXPECT_EQ(
        CaseTimeZone::defaultZoneId(caseOf(u"euro_wallet"_s), &withMine, QTimeZone("Asia/Tokyo")),
        "Europe/Paris");
}

TEST(CaseTimeZone, StoredZoneWinsAndABadOneFallsBack)
{
    CaseRecord r = caseOf(u"alipay"_s);
    r.timeZone = u"America/Chicago"_s;
    EXPECT_EQ(CaseTimeZone::zoneFor(r).id(), "America/Chicago");
    r.timeZone = u"Mars/Olympus_Mons"_s;
    EXPECT_EQ(CaseTimeZone::zoneFor(r).id(), "Asia/Shanghai");
    r.timeZone.clear();
    EXPECT_EQ(CaseTimeZone::zoneFor(r).id(), "Asia/Shanghai");
    r.providerKey.clear();
    EXPECT_TRUE(CaseTimeZone::zoneFor(r).isValid());
}

TEST(CaseTimeZone, OffsetText)
{
    const qint64 winter = 1'767'191'520'000; // 2025-12-31T14:32:00Z
    const qint64 summer = 1'751'380'000'000; // 2025-07-01
    EXPECT_EQ(CaseTimeZone::offsetText(QTimeZone("Asia/Shanghai"), winter), u"UTC+8"_s);
    EXPECT_EQ(CaseTimeZone::offsetText(QTimeZone("America/New_York"), winter), u"UTC-5"_s);
    EXPECT_EQ(CaseTimeZone::offsetText(QTimeZone("America/New_York"), summer), u"UTC-4"_s);
    EXPECT_EQ(CaseTimeZone::offsetText(QTimeZone("Asia/Kolkata"), winter), u"UTC+5:30"_s);
    EXPECT_EQ(CaseTimeZone::offsetText(QTimeZone::utc(), winter), u"UTC"_s);
}

} // namespace
