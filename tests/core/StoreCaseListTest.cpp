// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The paged case list: walking every page gives each case once, in the order a plain ORDER BY
// gives, for every sort, both directions and each filter; and the default order comes straight
// from an index.
#include "store/CaseList.h"
#include "store/CaseStore.h"
#include "support/StoreTest.h"

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QLatin1String kProviders[] = {QLatin1String("alipay"), QLatin1String("paypal"),
                                        QLatin1String("wechat_pay")};
constexpr QLatin1String kStatuses[] = {status::Draft, status::Sent, status::AwaitingReply,
                                       status::Resolved, status::ClosedUnresolved};
constexpr QLatin1String kFamilies[] = {family::Transaction, family::Security, family::Service};

class StoreCaseList : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        // Repeating values (titles differing only in case, equal amounts, shared timestamps)
        // make the id tie-break matter.
        ASSERT_TRUE(store->runBatch([&]() -> Result<void> {
            for (int i = 0; i < 120; ++i) {
                CaseRecord r;
                r.title = (i % 2 ? u"case %1"_s : u"Case %1"_s).arg(i % 9);
                r.family = kFamilies[i % 3];
                r.subtype = (i % 4) ? u"duplicate_charge"_s : u"scam"_s;
                r.status = kStatuses[(i / 3) % 5];
                r.providerKey = kProviders[(i / 2) % 3];
                if (i % 5)
                    r.amountMinor = (i % 7) * 1000;
                auto id = store->createCase(r);
                if (!id)
                    return std::move(id).error();
                if (i % 4 != 3) {
                    Reminder m;
                    m.caseId = *id;
                    m.dueAt = clock.nowMs() + (i % 6) * 3600'000;
                    if (auto added = store->addReminder(m); !added)
                        return std::move(added).error();
                }
                if (i % 3 == 0)
                    clock.advance(1000);
            }
            return {};
        }).ok());
    }

    // Every page of `query`, `limit` rows at a time.
    QList<CaseListRow> walk(CaseListQuery query, int limit)
    {
        query.limit = limit;
        QList<CaseListRow> all;
        for (int pages = 0; pages < 1000; ++pages) {
            auto page = store->listCases(query);
            EXPECT_TRUE(page.ok()) << (page.ok() ? "" : page.error().detail.toStdString());
            if (!page)
                break;
            EXPECT_LE(page->rows.size(), limit);
            all += page->rows;
            if (!page->hasMore)
                break;
            EXPECT_EQ(page->rows.size(), limit);
            query.after = page->rows.last();
        }
        return all;
    }

    // The expected ids, by a plain query written independently of the list code.
    QList<qint64> expected(const QString& where, const QString& order)
    {
        auto stmt = store->database().prepare(u"SELECT id FROM cases"_s
                                              + (where.isEmpty() ? QString() : u" WHERE "_s + where)
                                              + u" ORDER BY "_s + order);
        EXPECT_TRUE(stmt.ok());
        QList<qint64> ids;
        while (stmt.ok() && *stmt->step())
            ids << stmt->int64(0);
        return ids;
    }

    QStringList plan(const CaseListQuery& query)
    {
        auto stmt = store->database().prepare(u"EXPLAIN QUERY PLAN "_s + caselist::pageSql(query));
        EXPECT_TRUE(stmt.ok()) << (stmt.ok() ? "" : stmt.error().detail.toStdString());
        QStringList details;
        while (stmt.ok() && *stmt->step())
            details << stmt->text(3);
        return details;
    }

};

QList<qint64> idsOf(const QList<CaseListRow>& rows)
{
    QList<qint64> ids;
    for (const CaseListRow& r : rows)
        ids << r.id;
    return ids;
}

const QString kDefaultOrder = u"urgency, next_followup_at IS NULL, next_followup_at, id"_s;

struct SortCase
{
    CaseSort sort;
    QString order; // ascending; each column is flipped for the descending walk
};

TEST_F(StoreCaseList, PagesCoverEveryCaseOnceInOrder)
{
    const QList<SortCase> sorts{
        {CaseSort::Urgency, kDefaultOrder},
        {CaseSort::Title, u"lower(title), id"_s},
        {CaseSort::Provider, u"provider_key, "_s + kDefaultOrder},
        {CaseSort::Problem, u"family, subtype, "_s + kDefaultOrder},
        {CaseSort::Status, u"status, "_s + kDefaultOrder},
        {CaseSort::NextFollowUp, u"next_followup_at IS NULL, next_followup_at, id"_s},
        {CaseSort::Amount, u"amount_minor IS NOT NULL, amount_minor, id"_s},
        {CaseSort::Created, u"created_at, id"_s},
        {CaseSort::Updated, u"updated_at, id"_s},
    };
    struct Filter
    {
        QString where;
        std::function<void(CaseListQuery&)> apply;
    };
    const QList<Filter> filters{
        {QString(), [](CaseListQuery&) {}},
        {u"status = 'sent'"_s, [](CaseListQuery& q) { q.status = u"sent"_s; }},
        {u"provider_key = 'paypal'"_s, [](CaseListQuery& q) { q.providerKey = u"paypal"_s; }},
        {u"family = 'security'"_s, [](CaseListQuery& q) { q.family = u"security"_s; }},
        {u"urgency < 2"_s, [](CaseListQuery& q) { q.openOnly = true; }},
        {u"urgency < 2 AND family = 'service'"_s, [](CaseListQuery& q) {
             q.openOnly = true;
             q.family = u"service"_s;
         }},
    };
    for (const SortCase& s : sorts) {
        for (const Filter& f : filters) {
            for (bool descending : {false, true}) {
                CaseListQuery query;
                query.sort = s.sort;
                query.descending = descending;
                f.apply(query);
                QString order = s.order;
                if (descending)
                    order = s.order.split(u", "_s).join(u" DESC, "_s) + u" DESC"_s;
                const QList<qint64> want = expected(f.where, order);
                ASSERT_FALSE(want.isEmpty());
                for (int limit : {1, 7, 500}) {
                    EXPECT_EQ(idsOf(walk(query, limit)), want)
                        << "sort " << int(s.sort) << (descending ? " desc" : " asc") << " where "
                        << f.where.toStdString() << " limit " << limit;
                }
            }
        }
    }
}

TEST_F(StoreCaseList, OpenSecurityFirstAndUndatedFollowUpsLast)
{
    const QList<CaseListRow> rows = walk({}, 10);
    ASSERT_EQ(rows.size(), 120);
    int lastUrgency = 0;
    bool seenUndated = false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const CaseListRow& r = rows[i];
        EXPECT_EQ(r.urgency, isClosedStatus(r.status) ? 2 : r.family == u"security"_s ? 0 : 1);
        if (r.urgency != lastUrgency) {
            EXPECT_GT(r.urgency, lastUrgency);
            lastUrgency = r.urgency;
            seenUndated = false;
        }
        if (!r.nextFollowUpAt)
            seenUndated = true;
        else
            EXPECT_FALSE(seenUndated) << "a dated follow-up after an undated one at row " << i;
    }
    EXPECT_EQ(rows.first().urgency, 0);
    EXPECT_EQ(rows.first().family, u"security"_s);
    EXPECT_TRUE(rows.first().nextFollowUpAt.has_value());
}

TEST_F(StoreCaseList, RowsCarryTheirFields)
{
    CaseListQuery query;
    query.sort = CaseSort::Created;
    query.limit = 1;
    auto page = store->listCases(query);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->rows.size(), 1);
    EXPECT_TRUE(page->hasMore);
    auto record = store->caseById(page->rows[0].id);
    ASSERT_TRUE(record.ok());
    const CaseListRow& row = page->rows[0];
    EXPECT_EQ(row.title, record->title);
    EXPECT_EQ(row.providerKey, record->providerKey);
    EXPECT_EQ(row.status, record->status);
    EXPECT_EQ(row.family, record->family);
    EXPECT_EQ(row.subtype, record->subtype);
    EXPECT_EQ(row.amountMinor, record->amountMinor);
    EXPECT_EQ(row.nextFollowUpAt, record->nextFollowUpAt);
    EXPECT_EQ(row.createdAt, record->createdAt);
    EXPECT_EQ(row.updatedAt, record->updatedAt);
}

TEST_F(StoreCaseList, DefaultOrderNeedsNoSort)
{
    const QList<std::function<void(CaseListQuery&)>> filters{
        [](CaseListQuery&) {},
        [](CaseListQuery& q) { q.status = u"sent"_s; },
        [](CaseListQuery& q) { q.providerKey = u"paypal"_s; },
        [](CaseListQuery& q) { q.family = u"security"_s; },
        [](CaseListQuery& q) { q.openOnly = true; },
    };
    CaseListRow after;
    after.id = 5;
    after.urgency = 1;
    for (const auto& filter : filters) {
        for (bool descending : {false, true}) {
            for (bool paged : {false, true}) {
                CaseListQuery query;
                filter(query);
                query.descending = descending;
                if (paged)
                    query.after = after;
                const QStringList details = plan(query);
                ASSERT_FALSE(details.isEmpty());
                EXPECT_FALSE(details.join(u'\n').contains(u"TEMP B-TREE"_s))
                    << caselist::pageSql(query).toStdString() << "\n"
                    << details.join(u'\n').toStdString();
            }
        }
    }
    // Every other order is served by an index too when unfiltered.
    for (CaseSort sort : {CaseSort::Title, CaseSort::Provider, CaseSort::Problem, CaseSort::Status,
                          CaseSort::NextFollowUp, CaseSort::Amount, CaseSort::Created,
                          CaseSort::Updated}) {
        CaseListQuery query;
        query.sort = sort;
        const QStringList details = plan(query);
        EXPECT_FALSE(details.join(u'\n').contains(u"TEMP B-TREE"_s))
            << int(sort) << ": " << details.join(u'\n').toStdString();
    }
}

TEST_F(StoreCaseList, EmptyFileAndTinyLimits)
{
    CaseListQuery query;
    query.status = u"escalated"_s; // no case has it
    auto page = store->listCases(query);
    ASSERT_TRUE(page.ok());
    EXPECT_TRUE(page->rows.isEmpty());
    EXPECT_FALSE(page->hasMore);
    query = {};
    query.limit = 0; // treated as 1
    page = store->listCases(query);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->rows.size(), 1);
    EXPECT_TRUE(page->hasMore);
}

} // namespace

namespace {

TEST_F(StoreCaseList, ProvidersInUseCountEachProviderOnce)
{
    CaseRecord unnamed;
    unnamed.title = u"no provider yet"_s;
    unnamed.family = family::Service;
    unnamed.subtype = u"unreachable"_s;
    ASSERT_TRUE(store->createCase(unnamed).ok());
    auto providers = store->providersInUse();
    ASSERT_TRUE(providers.ok());
    ASSERT_EQ(providers->size(), 3) << "a case without a provider is not a provider";
    int total = 0;
    for (const ProviderInUse& p : *providers) {
        total += p.caseCount;
        EXPECT_EQ(p.caseCount, 40) << p.key.toStdString();
    }
    EXPECT_EQ(total, 120);
    EXPECT_EQ(providers->first().key, u"alipay"_s) << "sorted by key";
}

} // namespace
