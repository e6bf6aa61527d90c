// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// `walletcase reminders` and `walletcase export --ics` (src/app/CliFollowUp.cpp), compiled into
// this test with printOut/printError captured here, so the commands are checked without the
// whole GUI being built. The real executable is tested in tests/cli once Cli.cpp dispatches them.
#include "CliCommands.h"
#include "CliFollowUp.h"
#include "FollowUpFixture.h"
#include "exchange/IcsExport.h"
#include "support/TempDir.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace wc;
using namespace wc::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QStringList g_out;
QStringList g_err;
} // namespace

namespace wc::app::cli {
void printOut(const QString& line)
{
    g_out << line;
}
void printError(const QString& line)
{
    g_err << line;
}
} // namespace wc::app::cli

namespace {

class FollowUpCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        g_out.clear();
        g_err.clear();
        m_oldTz = qgetenv("TZ");
        qputenv("TZ", "Asia/Shanghai");
        path = dir.file(u"cases.wcase"_s);
        core::CaseStore::OpenOptions options;
        options.createIfMissing = true;
        options.clock = &clock;
        auto store = core::CaseStore::open(path, options);
        ASSERT_TRUE(store.ok());
        caseA = addCase(**store, {.title = u"支付宝重复扣款"_s});
        caseB = addCase(**store, {.title = u"PayPal"_s, .providerKey = u"paypal"_s});
        first = addReminder(**store, caseB, utc(2026, 3, 8, 23), u"Chase\tPayPal\nagain"_s);
        second =
            addReminder(**store, caseA, utc(2026, 3, 9, 1), u"跟进支付宝"_s, u"reply_deadline"_s);
        later = addReminder(**store, caseA, utc(2026, 3, 20, 1), u"以后"_s);
        uuidA = (*store)->caseById(caseA)->uuid;
    } // the store closes: the command takes the file's lock

    void TearDown() override
    {
        if (m_oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", m_oldTz);
    }

    TempDir dir;
    core::FakeClock clock{utc(2026, 3, 1)};
    QString path;
    qint64 caseA = 0, caseB = 0, first = 0, second = 0, later = 0;
    QString uuidA;

private:
    QByteArray m_oldTz;
};

TEST_F(FollowUpCliTest, RemindersDueByOldestFirst)
{
    ASSERT_EQ(app::cli::reminders(path, u"2026-03-09"_s), app::cli::Success)
        << g_err.join(u'\n').toStdString();
    EXPECT_TRUE(g_err.isEmpty());
    EXPECT_EQ(
        g_out,
        (QStringList{u"2026-03-09T07:00:00+08:00\t%1\tfollow_up\tChase PayPal again"_s.arg(caseB),
                     u"2026-03-09T09:00:00+08:00\t%1\treply_deadline\t跟进支付宝"_s.arg(caseA)}));
    g_out.clear();
    ASSERT_EQ(app::cli::reminders(path, u"2026-03-09T08:59:59+08:00"_s), app::cli::Success);
    EXPECT_EQ(g_out.size(), 1);
    g_out.clear();
    ASSERT_EQ(app::cli::reminders(path, u"2026-03-20T01:00:00Z"_s), app::cli::Success);
    EXPECT_EQ(g_out.size(), 3);
    g_out.clear();
    // Without --due-by: due by now, which is long after all three.
    ASSERT_EQ(app::cli::reminders(path, {}), app::cli::Success);
    EXPECT_EQ(g_out.size(), 3);
}

TEST_F(FollowUpCliTest, RemindersRefusesBadInput)
{
    EXPECT_EQ(app::cli::reminders(path, u"next week"_s), app::cli::UsageError);
    ASSERT_EQ(g_err.size(), 1);
    EXPECT_TRUE(g_err.first().contains(u"--due-by"_s));
    EXPECT_TRUE(g_out.isEmpty());
    g_err.clear();
    EXPECT_EQ(app::cli::reminders(dir.file(u"missing.wcase"_s), {}), app::cli::CannotOpen);
    EXPECT_EQ(g_err.size(), 1);
    EXPECT_FALSE(QFile::exists(dir.file(u"missing.wcase"_s))); // never created by a query
}

TEST_F(FollowUpCliTest, ExportIcsAllOrOneCase)
{
    const QString all = dir.file(u"all.ics"_s);
    ASSERT_EQ(app::cli::exportIcs(path, std::nullopt, all), app::cli::Success)
        << g_err.join(u'\n').toStdString();
    QFile f(all);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray ics = f.readAll();
    EXPECT_EQ(ics.count("BEGIN:VEVENT"), 3);
    EXPECT_TRUE(ics.contains("DTSTART:20260308T230000Z"));
    EXPECT_EQ(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);

    const QString one = dir.file(u"one.ics"_s);
    ASSERT_EQ(app::cli::exportIcs(path, caseA, one), app::cli::Success);
    QFile g(one);
    ASSERT_TRUE(g.open(QIODevice::ReadOnly));
    const QByteArray oneIcs = g.readAll();
    EXPECT_EQ(oneIcs.count("BEGIN:VEVENT"), 2);
    EXPECT_TRUE(oneIcs.contains(core::IcsExport::uidFor(uuidA, second).toUtf8()));

    EXPECT_EQ(app::cli::exportIcs(path, 4242, dir.file(u"x.ics"_s)), app::cli::Failed);
    ASSERT_EQ(g_err.size(), 1);
    EXPECT_TRUE(g_err.first().contains(u"4242"_s));
    EXPECT_FALSE(QFile::exists(dir.file(u"x.ics"_s)));
    g_err.clear();
    EXPECT_EQ(app::cli::exportIcs(path, std::nullopt, dir.file(u"no/such/folder/x.ics"_s)),
              app::cli::Failed);
    EXPECT_EQ(g_err.size(), 1);
}

} // namespace
