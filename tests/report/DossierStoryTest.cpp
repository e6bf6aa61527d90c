// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// What the dossier says, read back with pdftotext: the story of the dispute as its chronology and
// the edit log as an appendix, the case's zone named, promises as dates, money as the case's
// letters write it, only letters that went out, the closing outcome, references whole.
#include "followup/CaseLifecycle.h"
#include "followup/ReminderPurpose.h"
#include "report/CaseDossier.h"
#include "report/DossierFixture.h"
#include "report/DossierWriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace wc;
using namespace wc::report;
using namespace Qt::Literals::StringLiterals;

namespace {

class DossierStoryTest : public test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        parts = test::buildCase(*store, clock);
    }

    // Exported in the case's own zone (no DossierOptions::zone), as the window and CLI do.
    QString exportTo(const QString& name, const QString& language, bool letterOnly = false)
    {
        auto d = CaseDossier::read(*store, parts.caseId);
        EXPECT_TRUE(d.ok());
        DossierOptions o;
        o.language = language;
        o.exportedAt = clock.nowMs();
        o.letterOnly = letterOnly;
        const QString out = dir.file(name);
        auto written = DossierWriter::write(*d, o, out);
        EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().detail.toStdString());
        if (const QString keep = qEnvironmentVariable("WC_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(out, QDir(keep).filePath(name));
        return out;
    }

    static QString raw(const QString& pdf, bool layout = false)
    {
        QStringList args{pdf, u"-"_s};
        if (layout)
            args.prepend(u"-layout"_s);
        return test::runTool(u"pdftotext"_s, args).out;
    }

    core::CaseRecord record()
    {
        auto r = store->caseById(parts.caseId);
        EXPECT_TRUE(r.ok());
        return r.ok() ? *r : core::CaseRecord{};
    }

    // The text between two section headings (the last `from`: the first is in the contents).
    static QString between(const QString& text, const QString& from, const QString& to)
    {
        const qsizetype a = text.lastIndexOf(from);
        const qsizetype b = text.indexOf(to, a + 1);
        return a < 0 || b < 0 ? QString() : text.mid(a, b - a);
    }

    test::CaseParts parts;
};

TEST_F(DossierStoryTest, TheChronologyIsTheStoryAndTheEditLogAnAppendix)
{
    const QString text = test::squeezed(raw(exportTo(u"story-en.pdf"_s, u"en"_s)));
    const QString story = between(text, u"3.Chronology"_s, u"4.Disputedtransactions"_s);
    ASSERT_FALSE(story.isEmpty()) << text.toStdString();
    // The dispute: the incident, the payment, the contact with its agent and promise, the
    // letter sent with its reference, the promise's date and whether it was met.
    for (const QString& expected :
         {u"Theincident"_s, u"Payment¥128.00"_s, u"Icontactedthem:Phone"_s,
          u"李娜,employeeIDA1024"_s, u"referenceT-778899"_s, u"promised:退还128.00元"_s,
          u"Theycontactedme:In-appchat"_s, u"Complaintlettersent(Email)"_s,
          u"referenceCS-20260116-01"_s, u"Promisedue:“"_s, u"missed"_s,
          u"Done:Lookupthetransaction'sstatusinthewalletapp"_s}) {
        EXPECT_TRUE(story.contains(expected)) << "missing: " << expected.toStdString() << "\n"
                                              << story.toStdString();
    }
    // Not the edit log.
    for (const QString& editLog : {u"Caseopened"_s, u"Evidenceadded"_s, u"Hash(first12)"_s})
        EXPECT_FALSE(story.contains(editLog)) << editLog.toStdString();
    // The incident comes before the contact, the contact before the letter.
    EXPECT_LT(story.indexOf(u"Theincident"_s), story.indexOf(u"Icontactedthem"_s));
    EXPECT_LT(story.indexOf(u"Icontactedthem"_s), story.indexOf(u"Complaintlettersent"_s));

    // The full edit log, hash-checked, as the last part.
    const qsizetype appendix = text.lastIndexOf(u"8.Appendix:fulleditlog"_s);
    ASSERT_GT(appendix, text.indexOf(u"7.Evidencemanifest"_s, text.indexOf(u"3.Chronology"_s)));
    const QString log = text.mid(appendix);
    EXPECT_TRUE(log.contains(u"Thehashchainofthiseventlogverifies"_s));
    EXPECT_TRUE(log.contains(u"Caseopened"_s));
    EXPECT_TRUE(log.contains(u"Evidenceadded"_s));
}

TEST_F(DossierStoryTest, ChineseChronologyUsesTheInterfacesWordForAFollowUp)
{
    core::Letter followUp;
    followUp.caseId = parts.caseId;
    followUp.kind = u"follow_up"_s;
    followUp.subject = u"跟进：重复扣款"_s;
    followUp.body = u"支付宝客服：\n\n请尽快退款。\n\n此致\n王小明"_s;
    auto id = store->addLetter(followUp);
    ASSERT_TRUE(id.ok());
    clock.advance(60'000);
    followUp.id = *id;
    followUp.status = u"sent"_s;
    followUp.sentAt = clock.nowMs();
    followUp.channel = u"email"_s;
    ASSERT_TRUE(store->updateLetter(followUp).ok());

    const QString text = test::squeezed(raw(exportTo(u"story-zh.pdf"_s, u"zh_CN"_s)));
    const QString story = between(text, u"3.事件时间线"_s, u"4.争议交易"_s);
    EXPECT_TRUE(story.contains(u"跟进信已发送（电子邮件）"_s)) << story.toStdString();
    EXPECT_TRUE(story.contains(u"我方联系：电话"_s));
    EXPECT_TRUE(story.contains(u"承诺到期：“退还128.00元”"_s)) << story.toStdString();
    EXPECT_FALSE(text.contains(u"跟进函"_s));
}

TEST_F(DossierStoryTest, TimesAreInTheCasesZoneWhichIsNamed)
{
    // An Alipay case with no zone chosen: mainland China's, whatever the computer's zone.
    const QString en = test::squeezed(raw(exportTo(u"zone-en.pdf"_s, u"en"_s)));
    EXPECT_TRUE(en.contains(u"AlltimesinthisdossierareChinaStandardTime(UTC+8)."_s))
        << en.toStdString();
    EXPECT_TRUE(en.contains(u"Time(UTC+8)"_s));
    EXPECT_TRUE(en.contains(u"(UTC+8)·PreparedwithWalletCase"_s)); // the footer's export time
    const QString zh = test::squeezed(raw(exportTo(u"zone-zh.pdf"_s, u"zh_CN"_s)));
    EXPECT_TRUE(zh.contains(u"本案卷中的时间均为中国标准时间（UTC+8）。"_s)) << zh.toStdString();

    // The incident at 08:53 UTC reads 16:53 in Beijing.
    const qint64 incident = *record().incidentAt;
    const QString beijing =
        QDateTime::fromMSecsSinceEpoch(incident, QTimeZone("Asia/Shanghai")).toString(u"HH:mm"_s);
    EXPECT_TRUE(en.contains(u"Dateoftheincident"_s + test::squeezed(
                                QLocale(QLocale::English).toString(
                                    QDateTime::fromMSecsSinceEpoch(incident,
                                                                   QTimeZone("Asia/Shanghai")),
                                    u"d MMMM yyyy, "_s))
                            + beijing))
        << en.toStdString();
}

TEST_F(DossierStoryTest, APromiseIsADateWithoutATime)
{
    const QString text = raw(exportTo(u"promise.pdf"_s, u"en"_s));
    const QString squeezed = test::squeezed(text);
    const auto snapshot = store->snapshot(parts.caseId);
    ASSERT_TRUE(snapshot.ok());
    const core::Contact promised = [&] {
        for (const core::Contact& c : snapshot->contacts) {
            if (c.promisedBy)
                return c;
        }
        return core::Contact{};
    }();
    ASSERT_TRUE(promised.promisedBy);
    const QString date = QLocale(QLocale::English)
                             .toString(QDateTime::fromMSecsSinceEpoch(*promised.promisedBy,
                                                                      QTimeZone("Asia/Shanghai")),
                                       u"d MMMM yyyy"_s);
    EXPECT_TRUE(squeezed.contains(u"by"_s + test::squeezed(date))) << squeezed.toStdString();
    // Never the date with a clock time after it ("by 3 Oct 2025, 16:53").
    EXPECT_FALSE(squeezed.contains(u"by"_s + test::squeezed(date) + u","_s));
}

// The walks: a day the user gave without a time was printed as "…, 00:00" (the incident) or at
// the minute the contact was logged. A day without a time is printed as a day, everywhere.
TEST_F(DossierStoryTest, ADayWithoutATimeIsPrintedAsADay)
{
    const QTimeZone shanghai("Asia/Shanghai");
    core::CaseRecord r = record();
    r.incidentAt = QDateTime(QDate(2025, 9, 2), QTime(0, 0), shanghai).toMSecsSinceEpoch();
    r.incidentTimeKnown = false;
    ASSERT_TRUE(store->updateCase(r).ok());
    core::Contact call = store->contacts(parts.caseId)->first();
    call.occurredAt = QDateTime(QDate(2025, 9, 3), QTime(0, 0), shanghai).toMSecsSinceEpoch();
    call.timeKnown = false;
    ASSERT_TRUE(store->updateContact(call).ok());

    const QString squeezed = test::squeezed(raw(exportTo(u"days.pdf"_s, u"en"_s)));
    for (const QString& day : {u"2September2025"_s, u"3September2025"_s}) {
        EXPECT_TRUE(squeezed.contains(day)) << day.toStdString();
        EXPECT_FALSE(squeezed.contains(QRegularExpression(day + u",\\d"_s)))
            << day.toStdString() << " with a time";
    }
    EXPECT_FALSE(squeezed.contains(u"00:00"_s));
    // The edit log names what the edit changed (it said only "Case details edited").
    const QString appendix = squeezed.mid(squeezed.lastIndexOf(u"Caseopened"_s));
    EXPECT_TRUE(appendix.contains(u"whenithappened"_s)) << appendix.toStdString();
}

// What came of each contact is in the contact log (it was in the window only): the walk's
// "refund refused" was missing from the dossier.
TEST_F(DossierStoryTest, EachContactsOutcomeIsInTheContactLog)
{
    core::Contact call = store->contacts(parts.caseId)->first();
    call.outcome = u"Refused"_s;
    ASSERT_TRUE(store->updateContact(call).ok());
    const QString en = test::squeezed(raw(exportTo(u"outcome-en.pdf"_s, u"en"_s)));
    const QString log = between(en, u"5.Contactlog"_s, u"6.Evidence"_s);
    EXPECT_TRUE(log.contains(u"Outcome:Refused"_s)) << log.toStdString();
    const QString zh = test::squeezed(raw(exportTo(u"outcome-zh.pdf"_s, u"zh_CN"_s)));
    const QString zhLog = between(zh, u"5.联系记录"_s, u"6.证据"_s);
    EXPECT_TRUE(zhLog.contains(u"结果：Refused"_s)) << zhLog.toStdString();
}

TEST_F(DossierStoryTest, MoneyIsWrittenAsTheRegionWritesIt)
{
    core::CaseRecord r = record();
    r.providerKey = u"cash_app"_s;
    r.providerName = u"Cash App"_s;
    r.currency = u"USD"_s;
    r.amountMinor = 124'000;
    r.timeZone = u"America/Los_Angeles"_s;
    ASSERT_TRUE(store->updateCase(r).ok());
    const QString text = test::squeezed(raw(exportTo(u"us.pdf"_s, u"en"_s)));
    EXPECT_TRUE(text.contains(u"Amountindispute$1,240.00"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"USD"_s));
    // Pacific time changes with the seasons: the zone is named with its offsets, and each time
    // carries its abbreviation.
    EXPECT_TRUE(text.contains(u"America/Los_Angeles"_s));
    EXPECT_TRUE(text.contains(u"PST"_s) || text.contains(u"PDT"_s));
    // The abbreviation the times carry is introduced with the zone (the walk read three names
    // for one zone: America/Los_Angeles, UTC-8, PST).
    EXPECT_TRUE(text.contains(u"PacificStandardTime(PST,UTC-8)"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"PacificDaylightTime(PDT,UTC-7)"_s)) << text.toStdString();
    // The footer's export time too (it said "(UTC-8)" under times marked PST).
    EXPECT_TRUE(text.contains(QRegularExpression(u"Exported[^·]*P[SD]T·"_s))) << text.toStdString();
    EXPECT_FALSE(text.contains(u"Transactionororderreferences"_s));
}

TEST_F(DossierStoryTest, OnlyLettersThatWentOutAreListedAsSent)
{
    core::Letter draft;
    draft.caseId = parts.caseId;
    draft.kind = u"follow_up"_s;
    draft.language = u"en"_s;
    draft.subject = u"Unsent follow-up draft"_s;
    draft.body = u"Dear team,\n\nStill waiting.\n\nSincerely,\nWang"_s;
    clock.advance(3'600'000);
    ASSERT_TRUE(store->addLetter(draft).ok());
    const QString text = test::squeezed(raw(exportTo(u"drafts.pdf"_s, u"en"_s)));
    const QString letters = between(text, u"1.Letterssent"_s, u"2.Factsandfirststeps"_s);
    EXPECT_TRUE(letters.contains(u"投诉：重复扣款"_s)) << letters.toStdString();
    EXPECT_FALSE(text.contains(u"Unsentfollow-updraft"_s));
    EXPECT_FALSE(text.contains(u"Notsentyet"_s));
}

TEST_F(DossierStoryTest, NothingSentSaysSoAndPrintsNoDraft)
{
    auto snapshot = store->snapshot(parts.caseId);
    ASSERT_TRUE(snapshot.ok());
    for (core::Letter l : snapshot->letters) {
        l.status = u"draft"_s;
        l.sentAt.reset();
        ASSERT_TRUE(store->updateLetter(l).ok());
    }
    const QString text = test::squeezed(raw(exportTo(u"nothing-sent.pdf"_s, u"en"_s)));
    const QString letters = between(text, u"1.Letterssent"_s, u"2.Factsandfirststeps"_s);
    EXPECT_TRUE(letters.contains(u"Noletterhasbeensentyet."_s)) << letters.toStdString();
    EXPECT_FALSE(letters.contains(u"投诉：重复扣款"_s));
}

TEST_F(DossierStoryTest, TheClosingOutcomeIsOnTheCoverAndEndsTheStory)
{
    core::CaseOutcome outcome;
    outcome.outcome = QString(core::outcome::ResolvedFully);
    outcome.recoveredMinor = 12'800;
    outcome.note = u"Refunded after the second call"_s;
    clock.advance(86'400'000);
    ASSERT_TRUE(core::CaseLifecycle::close(*store, parts.caseId, outcome).ok());
    const QString text = test::squeezed(raw(exportTo(u"closed.pdf"_s, u"en"_s)));
    EXPECT_TRUE(text.contains(u"OutcomeResolvedfully,¥128.00recovered"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"AbouttheoutcomeRefundedafterthesecondcall"_s));
    const QString story = between(text, u"3.Chronology"_s, u"4.Disputedtransactions"_s);
    EXPECT_TRUE(story.contains(u"Caseclosed:Resolvedfully,¥128.00recovered"_s))
        << story.toStdString();
    const QString zh = test::squeezed(raw(exportTo(u"closed-zh.pdf"_s, u"zh_CN"_s)));
    EXPECT_TRUE(zh.contains(u"结案结果完全解决，追回128.00元"_s)) << zh.toStdString();
}

// The walk: a clock that reminds ten days ahead stood in the story on its reminder's day, while
// its text named the deadline ten days later. The story dates it by the deadline.
TEST_F(DossierStoryTest, ADeadlineStandsOnItsOwnDayNotOnItsRemindersDay)
{
    const QTimeZone beijing("Asia/Shanghai");
    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), beijing).date();
    const QDate deadline = today.addDays(40);
    // A week apart: neither day's number can be read inside the other's ("8 Nov" in "18 Nov").
    const QDate remind = today.addDays(33);
    core::Reminder claim;
    claim.caseId = parts.caseId;
    claim.kind = u"claim_deadline"_s;
    claim.dueAt = QDateTime(remind, QTime(9, 0), beijing).toMSecsSinceEpoch();
    claim.text = u"A PayPal dispute must be escalated to a claim within 20 days of opening it, "
                 "or it closes: by "_s
        + QLocale(QLocale::English, QLocale::UnitedKingdom).toString(deadline, u"d MMMM yyyy"_s)
        + u"."_s;
    ASSERT_TRUE(store->addReminder(claim).ok());
    const QString text = test::squeezed(raw(exportTo(u"deadline.pdf"_s, u"en"_s)));
    const QString story = between(text, u"3.Chronology"_s, u"4.Disputedtransactions"_s);
    const auto shortDate = [](const QDate& d) {
        return test::squeezed(QLocale(QLocale::English).toString(d, u"d MMMM yyyy"_s));
    };
    // The entry's date cell stands right before its text.
    EXPECT_TRUE(story.contains(shortDate(deadline) + u"Deadline:"_s)) << story.toStdString();
    EXPECT_FALSE(story.contains(shortDate(remind))) << story.toStdString();
}

// A deadline from WalletCase's table is named by its rule, with its source, not by the advice
// its reminder gives the user: the walk read "Check the date of your statement." in the story.
TEST_F(DossierStoryTest, ADeadlineOfTheTableIsNamedByItsRuleNotItsAdvice)
{
    const core::ClockTable* clocks = core::ReminderPurpose::shippedClocks();
    ASSERT_TRUE(clocks);
    const auto rule = clocks->rule(u"us_rege_bank_report_error"_s);
    ASSERT_TRUE(rule);
    const QTimeZone beijing("Asia/Shanghai");
    const QDate deadline = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), beijing).date().addDays(30);
    core::Reminder claim;
    claim.caseId = parts.caseId;
    claim.kind = rule->kind;
    claim.dueAt = QDateTime(deadline.addDays(-10), QTime(9, 0), beijing).toMSecsSinceEpoch();
    claim.text = rule->estimateText.text(u"en"_s)
                     .replace(u"{provider}"_s, u"Zelle"_s)
                     .replace(u"{deadline}"_s, QLocale(QLocale::English, QLocale::UnitedStates)
                                                   .toString(deadline, u"MMMM d, yyyy"_s))
                     .replace(u"{start}"_s, u"the transaction on October 2, 2026"_s);
    ASSERT_TRUE(clocks->recognise(claim));
    ASSERT_TRUE(store->addReminder(claim).ok());
    const QString text = test::squeezed(raw(exportTo(u"rule.pdf"_s, u"en"_s)));
    const QString story = between(text, u"3.Chronology"_s, u"4.Disputedtransactions"_s);
    EXPECT_TRUE(story.contains(u"Deadline:USRegE:"_s)) << story.toStdString();
    EXPECT_TRUE(story.contains(u"Anestimateddate"_s)) << story.toStdString();
    EXPECT_TRUE(story.contains(u"Rule:12CFR1005.11(b)(1)"_s)) << story.toStdString();
    EXPECT_FALSE(story.contains(u"Checkthedate"_s)) << story.toStdString();

    const QString zh = test::squeezed(raw(exportTo(u"rule-zh.pdf"_s, u"zh_CN"_s)));
    EXPECT_TRUE(zh.contains(u"期限：美国RegE"_s)) << zh.toStdString();
    EXPECT_TRUE(zh.contains(u"估算的日期"_s)) << zh.toStdString();

    // A text the user changed is theirs: printed as it is.
    core::Reminder own = claim;
    own.text = u"Ask Zelle about the statement by "_s
        + QLocale(QLocale::English, QLocale::UnitedStates).toString(deadline, u"MMMM d, yyyy"_s);
    EXPECT_FALSE(clocks->recognise(own));
}

TEST_F(DossierStoryTest, ReferenceNumbersStayWholeInTables)
{
    // A 28-digit Alipay order number and a long ticket reference: wrapped mid-number in the
    // narrow columns the transactions and contacts tables had.
    const QString order = u"2025112422001456780501234567"_s;
    const QString ticket = u"CS20251125-0042-77810"_s;
    core::TransactionRecord tx;
    tx.caseId = parts.caseId;
    tx.occurredAt = clock.nowMs();
    tx.counterparty = u"美团外卖 Meituan"_s;
    tx.amountMinor = 8'850;
    tx.currency = u"CNY"_s;
    tx.reference = order;
    tx.status = u"交易成功"_s;
    ASSERT_TRUE(store->addTransaction(tx).ok());
    core::Contact c;
    c.caseId = parts.caseId;
    c.occurredAt = clock.nowMs();
    c.channel = u"hotline"_s;
    c.direction = u"outgoing"_s;
    c.agentName = u"Ms Li"_s;
    c.agentId = u"ZFB-2231"_s;
    c.reference = ticket;
    c.summary = u"Asked again."_s;
    ASSERT_TRUE(store->addContact(c).ok());

    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        const QString layout = raw(exportTo(u"refs-%1.pdf"_s.arg(language), language), true);
        int seen = 0;
        for (const QString& line : layout.split(u'\n')) {
            if (line.contains(order.left(12)) || line.contains(ticket.left(10))) {
                ++seen;
                EXPECT_TRUE(line.contains(order) || line.contains(ticket))
                    << language.toStdString() << ": cut in \"" << line.toStdString() << "\"";
            }
        }
        EXPECT_GE(seen, 3) << language.toStdString(); // transactions, contacts, chronology
    }
}

// A US case is written as the US writes: its dates and times as its letters give them
// ("November 28, 2026, 3:14 AM PST"), on US Letter paper; elsewhere on A4.
TEST_F(DossierStoryTest, AUsCaseHasUsDatesOnLetterPaper)
{
    const QString a4 = exportTo(u"cn-paper.pdf"_s, u"en"_s);
    EXPECT_TRUE(test::runTool(u"pdfinfo"_s, {a4}).out.contains(u"(A4)"_s));

    core::CaseRecord r = record();
    r.providerKey = u"cash_app"_s;
    r.providerName = u"Cash App"_s;
    r.currency = u"USD"_s;
    r.timeZone = u"America/Los_Angeles"_s;
    ASSERT_TRUE(store->updateCase(r).ok());
    const QString pdf = exportTo(u"us-paper.pdf"_s, u"en"_s);
    const QString info = test::runTool(u"pdfinfo"_s, {pdf}).out;
    EXPECT_TRUE(info.contains(u"612 x 792 pts (letter)"_s)) << info.toStdString();
    const QString text = test::squeezed(raw(pdf));
    const QDateTime incident =
        QDateTime::fromMSecsSinceEpoch(*r.incidentAt, QTimeZone("America/Los_Angeles"));
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QString expected = us.toString(incident, u"MMMM d, yyyy, h:mm AP"_s) + u' '
        + QTimeZone("America/Los_Angeles").displayName(incident, QTimeZone::ShortName, us);
    EXPECT_TRUE(text.contains(u"Dateoftheincident"_s + test::squeezed(expected)))
        << expected.toStdString() << "\n" << text.toStdString();
    // Never the UK's day-first short form.
    EXPECT_FALSE(text.contains(test::squeezed(
        QLocale(QLocale::English).toString(incident, u"d MMM yyyy"_s))));
}

// "Sincerely," and the signature never start a page on their own: whatever the body's length,
// the page they are on holds at least the body's last line too.
TEST_F(DossierStoryTest, TheClosingNeverStandsAloneAtTheTopOfAPage)
{
    core::Letter letter;
    letter.caseId = parts.caseId;
    letter.kind = u"follow_up"_s;
    letter.language = u"en"_s;
    letter.subject = u"Unauthorized transfers"_s;
    letter.status = u"draft"_s;
    auto id = store->addLetter(letter);
    ASSERT_TRUE(id.ok());
    letter.id = *id;
    auto d = CaseDossier::read(*store, parts.caseId);
    ASSERT_TRUE(d.ok());
    int broken = 0;
    for (int paragraphs = 18; paragraphs <= 34; ++paragraphs) {
        QStringList body{u"Dear Cash App Support:"_s};
        for (int i = 1; i <= paragraphs; ++i)
            body << u"Paragraph %1 of the complaint, one line long."_s.arg(i);
        // As the letters are signed: the closing, a blank line for the signature, the name.
        body << u"Sincerely,"_s << u"Ava Smith"_s;
        d->snapshot.letters = {letter};
        d->snapshot.letters.first().body = body.join(u"\n\n"_s);
        DossierOptions o;
        o.language = u"en"_s;
        o.letterOnly = true;
        o.letterId = letter.id;
        o.exportedAt = clock.nowMs();
        const QString out = dir.file(u"closing-%1.pdf"_s.arg(paragraphs));
        ASSERT_TRUE(DossierWriter::write(*d, o, out).ok());
        const QString second =
            test::runTool(u"pdftotext"_s, {u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, out, u"-"_s}).out;
        if (second.trimmed().isEmpty())
            continue;
        ++broken;
        const QStringList lines = second.split(u'\n', Qt::SkipEmptyParts);
        ASSERT_FALSE(lines.isEmpty());
        EXPECT_NE(lines.first().trimmed(), u"Sincerely,"_s) << paragraphs << " paragraphs";
        EXPECT_NE(lines.first().trimmed(), u"Ava Smith"_s) << paragraphs << " paragraphs";
    }
    EXPECT_GT(broken, 0) << "some of the letters run onto a second page";
}

} // namespace
