// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The newer commands, run as the real executable: `statement`, `reminders` and `export --ics`.
#include "CliFixture.h"
#include "store/CaseStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using wc::test::CliTest;
using wc::test::Outcome;

namespace {

qint64 utcMs(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch();
}

// A case file with one case and three reminders: one overdue, one later, one already done.
qint64 writeCaseWithReminders(const QString& path)
{
    wc::core::CaseStore::OpenOptions options;
    options.createIfMissing = true;
    auto store = wc::core::CaseStore::open(path, options);
    EXPECT_TRUE(store.ok());
    if (!store.ok())
        return 0;
    wc::core::CaseRecord record;
    record.title = u"支付宝重复扣款"_s;
    record.family = u"transaction"_s;
    record.subtype = u"duplicate_charge"_s;
    record.status = u"sent"_s;
    auto caseId = (*store)->createCase(record);
    EXPECT_TRUE(caseId.ok());
    const auto add = [&](qint64 due, const QString& text, const QString& kind, bool done) {
        wc::core::Reminder r;
        r.caseId = *caseId;
        r.kind = kind;
        r.dueAt = due;
        r.text = text;
        if (done) {
            r.state = u"done"_s;
            r.doneAt = due;
        }
        EXPECT_TRUE((*store)->addReminder(r).ok());
    };
    add(utcMs(2026, 3, 2, 1), u"跟进投诉：支付宝重复扣款"_s, u"follow_up"_s, false);
    add(utcMs(2026, 3, 20, 1), u"Reply deadline"_s, u"reply_deadline"_s, false);
    add(utcMs(2026, 3, 1, 1), u"Already handled"_s, u"custom"_s, true);
    return *caseId;
}

TEST_F(CliTest, StatementPrintsTransactionsProblemsAndDuplicates)
{
    const QString csv = QStringLiteral(WC_TEST_DATA "/statements/alipay-app-gb18030.csv");
    const Outcome o = run({u"statement"_s, csv});
    ASSERT_EQ(o.code, 0) << o.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(o.out).object();
    EXPECT_EQ(json.value(u"format"_s).toString(), u"alipay"_s);
    EXPECT_EQ(json.value(u"encoding"_s).toString(), u"GB18030"_s);
    EXPECT_EQ(json.value(u"transactions"_s).toArray().size(), 14);
    const QJsonArray duplicates = json.value(u"duplicates"_s).toArray();
    ASSERT_EQ(duplicates.size(), 1);
    EXPECT_EQ(duplicates.at(0).toObject().value(u"lines"_s).toArray(), (QJsonArray{29, 27}));

    const Outcome generic =
        run({u"statement"_s, csv, u"--format"_s, u"generic"_s, u"--encoding=gbk"_s});
    ASSERT_EQ(generic.code, 0) << generic.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(generic.out)
                  .object()
                  .value(u"mapping"_s)
                  .toObject()
                  .value(u"amount"_s)
                  .toObject()
                  .value(u"name"_s)
                  .toString(),
              u"金额"_s);
}

TEST_F(CliTest, StatementProblemsAndUsage)
{
    const Outcome malformed =
        run({u"statement"_s, QStringLiteral(WC_TEST_DATA "/statements/malformed.csv")});
    EXPECT_EQ(malformed.code, 0) << "good rows still import";
    EXPECT_FALSE(QJsonDocument::fromJson(malformed.out)
                     .object()
                     .value(u"problems"_s)
                     .toArray()
                     .isEmpty());
    const Outcome notStatement =
        run({u"statement"_s, QStringLiteral(WC_TEST_DATA "/statements/not-a-statement.txt")});
    EXPECT_EQ(notStatement.code, 4);
    EXPECT_FALSE(notStatement.err.isEmpty());
    const QString csv = QStringLiteral(WC_TEST_DATA "/statements/alipay-app-utf8.csv");
    EXPECT_EQ(run({u"statement"_s, csv, u"--format"_s, u"bogus"_s}).code, 1);
    EXPECT_EQ(run({u"statement"_s, csv, u"--encoding"_s, u"klingon"_s}).code, 1);
    EXPECT_EQ(run({u"statement"_s}).code, 1);
    EXPECT_EQ(run({u"statement"_s, file(u"missing.csv"_s)}).code, 4);
}

TEST_F(CliTest, RemindersListsWhatIsDueOldestFirst)
{
    const QString caseFile = file(u"cases.wcase"_s);
    const qint64 caseId = writeCaseWithReminders(caseFile);
    ASSERT_GT(caseId, 0);

    const Outcome early = run({u"reminders"_s, caseFile, u"--due-by"_s, u"2026-03-01T00:00Z"_s});
    EXPECT_EQ(early.code, 0) << early.err.toStdString();
    EXPECT_TRUE(early.out.isEmpty()) << early.out.toStdString();

    const Outcome due = run({u"reminders"_s, caseFile, u"--due-by"_s, u"2026-03-10T00:00Z"_s});
    ASSERT_EQ(due.code, 0) << due.err.toStdString();
    const QStringList lines = QString::fromUtf8(due.out).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1) << due.out.toStdString();
    const QStringList fields = lines.first().split(u'\t');
    ASSERT_EQ(fields.size(), 4);
    EXPECT_EQ(QDateTime::fromString(fields[0], Qt::ISODate).toMSecsSinceEpoch(),
              utcMs(2026, 3, 2, 1));
    EXPECT_EQ(fields[1], QString::number(caseId));
    EXPECT_EQ(fields[2], u"follow_up"_s);
    EXPECT_EQ(fields[3], u"跟进投诉：支付宝重复扣款"_s);

    const Outcome all = run({u"reminders"_s, caseFile, u"--due-by"_s, u"2026-12-31"_s});
    ASSERT_EQ(all.code, 0);
    const QStringList both = QString::fromUtf8(all.out).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(both.size(), 2);
    EXPECT_TRUE(both[0].contains(u"follow_up"_s)) << "oldest first";
    EXPECT_TRUE(both[1].contains(u"reply_deadline"_s));

    const Outcome bad = run({u"reminders"_s, caseFile, u"--due-by"_s, u"next tuesday"_s});
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(u"--due-by"_s)) << bad.err.toStdString();
    EXPECT_EQ(run({u"reminders"_s}).code, 1);
    // A query never creates a case file.
    EXPECT_EQ(run({u"reminders"_s, file(u"missing.wcase"_s)}).code, 2);
    EXPECT_FALSE(QFile::exists(file(u"missing.wcase"_s)));
}

TEST_F(CliTest, ExportIcsWritesThePendingReminders)
{
    const QString caseFile = file(u"cases.wcase"_s);
    const qint64 caseId = writeCaseWithReminders(caseFile);
    ASSERT_GT(caseId, 0);
    const QString out = file(u"reminders.ics"_s);
    const Outcome o = run({u"export"_s, caseFile, u"--case"_s, QString::number(caseId),
                           u"--ics"_s, out});
    ASSERT_EQ(o.code, 0) << o.err.toStdString();
    // iCalendar folds lines at 75 octets; unfold before looking for the text.
    const QString ics = QString::fromUtf8(readAll(out)).replace(u"\r\n "_s, QString());
    EXPECT_TRUE(ics.startsWith(u"BEGIN:VCALENDAR"_s));
    EXPECT_EQ(ics.count(u"BEGIN:VEVENT"_s), 2) << "the done reminder is not exported";
    EXPECT_TRUE(ics.contains(u"跟进投诉：支付宝重复扣款"_s));
    EXPECT_TRUE(ics.contains(u"DTSTART:20260302T010000Z"_s)) << ics.toStdString();

    // Reminder texts are personal: the calendar is readable by its owner only.
    EXPECT_EQ(QFile(out).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);

    // A second case's reminder appears in the export of all cases, not in the first case's.
    wc::core::CaseStore::OpenOptions options;
    {
        auto store = wc::core::CaseStore::open(caseFile, options);
        ASSERT_TRUE(store.ok());
        wc::core::CaseRecord other;
        other.title = u"PayPal refund missing"_s;
        other.family = u"transaction"_s;
        other.subtype = u"refund_missing"_s;
        auto otherId = (*store)->createCase(other);
        ASSERT_TRUE(otherId.ok());
        wc::core::Reminder r;
        r.caseId = *otherId;
        r.dueAt = utcMs(2026, 4, 1, 8);
        r.text = u"Ask PayPal again"_s;
        ASSERT_TRUE((*store)->addReminder(r).ok());
    }
    const QString all = file(u"all.ics"_s);
    ASSERT_EQ(run({u"export"_s, caseFile, u"--ics"_s, all}).code, 0);
    EXPECT_EQ(readAll(all).count("BEGIN:VEVENT"), 3);
    ASSERT_EQ(run({u"export"_s, caseFile, u"--case"_s, QString::number(caseId), u"--ics"_s,
                   u"-"_s})
                  .out.count("BEGIN:VEVENT"),
              2);

    EXPECT_EQ(run({u"export"_s, caseFile, u"--ics"_s, out, u"--json"_s, file(u"x.json"_s)}).code,
              1);
    const Outcome missing =
        run({u"export"_s, caseFile, u"--case"_s, u"999"_s, u"--ics"_s, file(u"x.ics"_s)});
    EXPECT_EQ(missing.code, 5);
    EXPECT_TRUE(missing.err.contains(u"999"_s));
    EXPECT_FALSE(QFile::exists(file(u"x.ics"_s)));
    EXPECT_EQ(run({u"export"_s, caseFile, u"--ics"_s, file(u"no/such/folder/x.ics"_s)}).code, 5);
}

} // namespace
