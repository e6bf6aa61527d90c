// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "followup/ClockTable.h"
#include "guidance/FitTable.h"
#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Shipped
{
    Taxonomy taxonomy;
    ProviderDirectory providers;
    ClockTable clocks;
};

Shipped shipped()
{
    auto taxonomy = Taxonomy::load();
    auto providers = ProviderDirectory::load();
    auto clocks = ClockTable::load();
    EXPECT_TRUE(taxonomy && providers && clocks);
    return {*taxonomy, *providers, *clocks};
}

QString rowOf(const QString& table, const QString& heading, const QString& subtype)
{
    const qsizetype at = table.indexOf(heading);
    if (at < 0)
        return {};
    const qsizetype row = table.indexOf(u"| "_s + subtype + u" |"_s, at);
    return row < 0 ? QString() : table.mid(row, table.indexOf(u'\n', row) - row);
}

// The table is the app's own selection: a Chinese wallet's duplicate charge offers no card
// chargeback, and a US Cash App takeover offers Regulation E's clock.
TEST(FitTable, RowsFollowTheAppsSelection)
{
    const Shipped data = shipped();
    const QString table = FitTable::markdown(data.taxonomy, data.providers, data.clocks);
    const QString alipay = rowOf(table, u"#### Alipay — CN"_s, u"duplicate_charge"_s);
    ASSERT_FALSE(alipay.isEmpty()) << qPrintable(table.left(400));
    EXPECT_FALSE(alipay.contains(u"chargeback"_s)) << qPrintable(alipay);
    const QString cashApp = rowOf(table, u"#### Cash App — US"_s, u"account_stolen"_s);
    ASSERT_FALSE(cashApp.isEmpty());
    EXPECT_TRUE(cashApp.contains(u"freeze line:"_s)) << qPrintable(cashApp);
    EXPECT_TRUE(cashApp.contains(u"us_rege_"_s)) << qPrintable(cashApp);
}

TEST(FitTable, ReplacesOnlyItsOwnPart)
{
    const QString doc = u"# Title\n\nintro\n\n<!-- fit-table: old -->\nold rows\n<!-- /fit-table -->\n\n## After\n"_s;
    const QString table = QString(FitTable::Begin) + u"\nnew\n"_s + FitTable::End + u'\n';
    EXPECT_EQ(FitTable::replaceIn(doc, table),
              u"# Title\n\nintro\n\n"_s + table + u"\n## After\n"_s);
    EXPECT_EQ(FitTable::replaceIn(u"# Doc\n\n"_s, table), u"# Doc\n\n"_s + table);
}

// docs/content.md carries the table as the shipped data make it. After changing the data, run
// this test with WC_UPDATE_DOCS=1 to rewrite the document.
TEST(FitTable, ContentDocIsUpToDate)
{
    const Shipped data = shipped();
    const QString path = QStringLiteral(WC_SOURCE_DIR "/docs/content.md");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    const QString doc = QString::fromUtf8(file.readAll());
    file.close();
    const QString expected = FitTable::replaceIn(
        doc, FitTable::markdown(data.taxonomy, data.providers, data.clocks));
    if (qEnvironmentVariableIsSet("WC_UPDATE_DOCS") && expected != doc) {
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(expected.toUtf8());
        return;
    }
    EXPECT_TRUE(expected == doc)
        << "docs/content.md's fit table is out of date: run "
           "WC_UPDATE_DOCS=1 ctest --test-dir build/default -R FitTable";
}

} // namespace
