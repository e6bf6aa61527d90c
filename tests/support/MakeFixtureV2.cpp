// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Writes tests/data/casefile-v2.wcase, the schema-version-2 fixture that later versions must
// keep opening (see tests/data/README.md): cases of providers in each region, so the upgrade to
// version 3 can be seen to give each its time zone. Usage: wc_make_fixture_v2 <output.wcase>
#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

#define FIXTURE_TRY(expr)                                                                          \
    do {                                                                                           \
        if (const auto& fixtureResult_ = (expr); !fixtureResult_.ok()) {                           \
            std::fprintf(stderr, "%s: %s\n", #expr, qPrintable(fixtureResult_.error().detail));    \
            return 1;                                                                              \
        }                                                                                          \
    } while (false)

struct FixtureCase
{
    QString title;
    QString providerKey;
    QString providerName;
    QString language;
};

int write(CaseStore& store, FakeClock& clock)
{
    FIXTURE_TRY(store.saveProfile(
        {u"张三"_s, u"13800000000"_s, u"zhangsan@example.com"_s, u"北京市海淀区"_s, 0}));
    // A provider the user added: not in the shipped directory, no region known.
    FIXTURE_TRY(store.saveProviderOverride(
        {u"corner_bank"_s,
         uR"({"key":"corner_bank","name":{"en":"Corner Bank","zh_CN":"街角银行"},"regions":[],"channels":[]})"_s,
         0}));

    const QList<FixtureCase> cases{
        {u"支付宝重复扣款"_s, u"alipay"_s, u"支付宝"_s, u"zh_CN"_s},
        {u"Venmo account frozen"_s, u"venmo"_s, u"Venmo"_s, u"en"_s},
        {u"Corner Bank double charge"_s, u"corner_bank"_s, u"Corner Bank"_s, u"en"_s},
        {u"Corner shop wallet"_s, QString(), u"Corner shop wallet"_s, u"en"_s},
    };
    qint64 firstId = 0;
    for (const FixtureCase& c : cases) {
        CaseRecord record;
        record.title = c.title;
        record.family = u"transaction"_s;
        record.subtype = u"duplicate_charge"_s;
        record.providerKey = c.providerKey;
        record.providerName = c.providerName;
        record.language = c.language;
        record.incidentAt = 1'767'191'520'000; // 2025-12-31T14:32:00Z
        record.amountMinor = 12'800;
        record.currency = c.language == u"zh_CN"_s ? u"CNY"_s : u"USD"_s;
        auto id = store.createCase(record);
        FIXTURE_TRY(id);
        if (!firstId)
            firstId = *id;
        clock.advance(60'000);
    }
    TransactionRecord refund;
    refund.caseId = firstId;
    refund.occurredAt = 1'767'191'520'000;
    refund.counterparty = u"美团"_s;
    refund.amountMinor = 12'800;
    refund.currency = u"CNY"_s;
    refund.reference = u"2025123122001"_s;
    refund.source = u"alipay"_s;
    refund.direction = u"in"_s;
    FIXTURE_TRY(store.addTransaction(refund));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <output.wcase>\n", argv[0]);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QFile::remove(out);
    // Pinned to version 2 whatever the current schema is: the fixture is the old file format.
    // (Built from the sources of schema version 2; later sources write columns it lacks.)
    static const std::vector<schema::Migration> v2{schema::migrations().at(0),
                                                   schema::migrations().at(1)};
    FakeClock clock(1'767'225'600'000); // 2026-01-01T00:00:00Z
    CaseStore::OpenOptions options;
    options.createIfMissing = true;
    options.clock = &clock;
    options.migrations = &v2;
    auto store = CaseStore::open(out, options);
    FIXTURE_TRY(store);
    return write(**store, clock);
}
