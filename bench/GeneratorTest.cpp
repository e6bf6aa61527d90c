// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The benchmark generator must be reproducible: figures in docs/performance.md are only
// comparable across runs and machines if every run measures the same file content.
#include "CaseGenerator.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace wc;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray generate(const wc::test::TempDir& dir, const QString& name, quint64 seed)
{
    bench::GeneratorOptions options;
    options.cases = 100;
    options.seed = seed;
    const QString path = dir.file(name);
    auto written = bench::generateCaseFile(path, options);
    EXPECT_TRUE(written.ok()) << written.error().detail.toStdString();
    auto store = core::CaseStore::open(path);
    EXPECT_TRUE(store.ok());
    if (!store)
        return {};
    EXPECT_EQ(*(*store)->caseCount(), 100);
    auto digest = bench::contentDigest(**store);
    EXPECT_TRUE(digest.ok());
    return digest.ok() ? *digest : QByteArray();
}

TEST(BenchGenerator, SameSeedSameContentOtherSeedOtherContent)
{
    wc::test::TempDir dir;
    const QByteArray first = generate(dir, u"a.wcase"_s, 7);
    const QByteArray second = generate(dir, u"b.wcase"_s, 7);
    const QByteArray other = generate(dir, u"c.wcase"_s, 8);
    ASSERT_EQ(first.size(), 32);
    EXPECT_EQ(first, second);
    EXPECT_NE(first, other);
}

TEST(BenchGenerator, RefusesToOverwrite)
{
    wc::test::TempDir dir;
    bench::GeneratorOptions options;
    options.cases = 1;
    ASSERT_TRUE(bench::generateCaseFile(dir.file(u"x.wcase"_s), options).ok());
    EXPECT_FALSE(bench::generateCaseFile(dir.file(u"x.wcase"_s), options).ok());
}

} // namespace
