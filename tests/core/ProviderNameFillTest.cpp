// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Cases that name their provider by key carry its name in the file too (exports, the CLI and
// other tools read provider_name): new cases get it, older files have it filled.
#include "store/CaseStore.h"
#include "store/Sqlite.h"
#include "support/StoreTest.h"

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

class ProviderNameFill : public wc::test::StoreTest
{
protected:
    qint64 addCase(const QString& key, const QString& language)
    {
        CaseRecord r;
        r.title = u"Charged twice"_s;
        r.family = u"transaction"_s;
        r.providerKey = key;
        r.language = language;
        auto id = store->createCase(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }
};

TEST_F(ProviderNameFill, ANewCaseStoresTheNameInItsLanguage)
{
    const qint64 zh = addCase(u"alipay"_s, u"zh_CN"_s);
    const qint64 en = addCase(u"cash_app"_s, u"en"_s);
    EXPECT_EQ(store->caseById(zh)->providerName, u"支付宝"_s);
    EXPECT_EQ(store->caseById(en)->providerName, u"Cash App"_s);
}

TEST_F(ProviderNameFill, AnOlderFileGetsTheNamesFilled)
{
    const qint64 id = addCase(u"wechat_pay"_s, u"en"_s);
    const qint64 unknown = addCase(u"no_such_wallet"_s, u"en"_s);
    const QString path = store->path();
    store.reset();
    {
        // As an older version wrote it: the key only.
        auto db = sqlite::Database::open(path, SQLITE_OPEN_READWRITE);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec(u"UPDATE cases SET provider_name = ''"_s).ok());
    }
    CaseStore::OpenOptions options;
    options.clock = &clock;
    auto reopened = CaseStore::open(path, options);
    ASSERT_TRUE(reopened.ok());
    store = std::move(*reopened);
    ASSERT_TRUE(store->caseById(id)->providerName.isEmpty());
    const qint64 eventsBefore = store->events(id)->size();

    auto filled = store->fillProviderNames();
    ASSERT_TRUE(filled.ok()) << filled.error().detail.toStdString();
    EXPECT_EQ(*filled, 1);
    EXPECT_EQ(store->caseById(id)->providerName, u"WeChat Pay"_s);
    EXPECT_TRUE(store->caseById(unknown)->providerName.isEmpty());
    // Not a user's edit: the case's history is unchanged. And search finds the name.
    EXPECT_EQ(store->events(id)->size(), eventsBefore);
    auto hits = store->search(u"wechat"_s);
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 1);
    EXPECT_EQ(*store->fillProviderNames(), 0); // nothing left to fill
}

} // namespace
