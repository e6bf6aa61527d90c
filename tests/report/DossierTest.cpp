// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The PDF dossier, read back the way a recipient's tools read it: pdftotext, pdfinfo, pdffonts,
// pdfimages and qpdf --check.
#include "report/CaseDossier.h"
#include "report/DossierLayout.h"
#include "report/DossierWriter.h"
#include "report/DossierFixture.h"
#include "support/Unprivileged.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <atomic>

#include <unistd.h>

using namespace wc;
using namespace wc::report;
using namespace Qt::Literals::StringLiterals;

namespace {

// Characters that mean the text layer is wrong: Kangxi radicals, CJK radicals supplement and
// strokes (Qt's reverse cmap picks them for shared glyphs), and the replacement character.
bool hasWrongCodePoints(const QString& text)
{
    for (uint c : text.toUcs4()) {
        if ((c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x31C0 && c <= 0x31EF) || c == 0xFFFD)
            return true;
    }
    return false;
}

class DossierTest : public test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        parts = test::buildCase(*store, clock);
    }

    CaseDossier read()
    {
        auto d = CaseDossier::read(*store, parts.caseId);
        EXPECT_TRUE(d.ok());
        return d.ok() ? *d : CaseDossier{};
    }

    DossierOptions options(const QString& language = {})
    {
        DossierOptions o;
        o.language = language;
        o.exportedAt = clock.nowMs();
        o.zone = QTimeZone::utc();
        return o;
    }

    QString exportTo(const QString& name, const DossierOptions& o,
                     DossierWriter::Written* written = nullptr)
    {
        const QString out = dir.file(name);
        auto result = DossierWriter::write(read(), o, out);
        EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().detail.toStdString());
        if (result && written)
            *written = *result;
        // WC_KEEP_PDF=folder keeps the exports, to look at them (docs/dossier.md).
        if (const QString keep = qEnvironmentVariable("WC_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(out, QDir(keep).filePath(name));
        return out;
    }

    // Page count, embedded fonts, images, structure: what every export must satisfy.
    void expectSoundPdf(const QString& pdf, int images)
    {
        EXPECT_EQ(test::runTool(u"qpdf"_s, {u"--check"_s, pdf}).code, 0);
        const QStringList fonts =
            test::runTool(u"pdffonts"_s, {pdf}).out.split(u'\n', Qt::SkipEmptyParts).mid(2);
        ASSERT_FALSE(fonts.isEmpty());
        for (const QString& line : fonts) {
            // name type encoding emb sub uni …: "emb" is the fourth column from the right of
            // the type, found as the first yes/no after the encoding.
            const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
            ASSERT_GE(cols.size(), 7) << line.toStdString();
            EXPECT_EQ(cols[cols.size() - 5], u"yes"_s) << "not embedded: " << line.toStdString();
        }
        EXPECT_EQ(test::pdfImages(pdf).size(), images);
    }

    test::CaseParts parts;
};

TEST_F(DossierTest, ChineseDossierHasEverySectionAndAnExactTextLayer)
{
    DossierWriter::Written written;
    const QString pdf = exportTo(u"zh.pdf"_s, options(u"zh_CN"_s), &written);
    const QString raw = test::runTool(u"pdftotext"_s, {pdf, u"-"_s}).out;
    const QString text = test::squeezed(raw);
    EXPECT_FALSE(hasWrongCodePoints(raw));

    for (const QString& expected :
         {u"投诉案卷"_s, u"已发送的投诉信"_s, u"事实与初步处理"_s, u"事件时间线"_s, u"争议交易"_s,
          u"联系记录"_s, u"证据清单"_s, u"投诉人"_s, u"王小明"_s, u"服务商"_s, u"支付宝"_s,
          u"交易问题——重复扣款"_s, u"等待答复"_s, u"争议金额128.00元"_s,
          // the ideographs Qt's text layer turns into radicals, and digits in Chinese text
          u"人一日月金"_s, u"订单号2026011512345被扣款两次"_s, u"时间相差3秒"_s,
          // letter with date, channel and reference
          u"投诉：重复扣款，订单号2026011512345"_s, u"发送渠道电子邮件"_s,
          u"受理编号CS-20260116-01"_s,
          // first steps with their tick time, and the note
          u"在钱包App里查看这笔交易的状态已完成"_s, u"账单显示两笔128.00元"_s,
          u"保存交易记录和错误提示的截图未完成"_s,
          // chronology and its hash chain
          u"本事件记录的哈希链校验通过"_s, u"建立案件"_s, u"发送投诉信"_s,
          // contacts: agent, employee ID, reference, promise
          u"李娜"_s, u"A1024"_s, u"T-778899"_s, u"退还128.00元"_s, u"我方联系"_s, u"对方联系"_s,
          // evidence with its fingerprint, and the manifest
          u"扣款记录截图"_s, u"两笔128.00元，日月"_s, u"聊天记录导出"_s, u"chat.txt"_s,
          u"第1页，共"_s, u"导出时间"_s}) {
        EXPECT_TRUE(text.contains(expected)) << "missing: " << expected.toStdString();
    }
    for (const core::Evidence& e : read().snapshot.evidence)
        EXPECT_TRUE(text.contains(e.sha256)) << e.sha256.toStdString();

    EXPECT_EQ(written.language, u"zh_CN"_s);
    const int pages = test::pdfPages(pdf);
    EXPECT_EQ(pages, written.pages);
    // cover, letter, facts, chronology (+tables), evidence (2 images, other files), manifest
    EXPECT_GE(pages, 7);
    EXPECT_LE(pages, 12);
    EXPECT_TRUE(test::squeezed(raw).contains(u"共%1页"_s.arg(pages)));
    expectSoundPdf(pdf, parts.imageEvidence);

    // Simplified Chinese shapes: the SC face of Noto Sans CJK, never JP/TC/KR.
    const QString fonts = test::runTool(u"pdffonts"_s, {pdf}).out;
    EXPECT_TRUE(fonts.contains(u"NotoSansCJKsc"_s)) << fonts.toStdString();
    EXPECT_FALSE(fonts.contains(u"CJKjp"_s));
}

TEST_F(DossierTest, EnglishDossierHasEverySection)
{
    const QString pdf = exportTo(u"en.pdf"_s, options(u"en"_s));
    const QString raw = test::runTool(u"pdftotext"_s, {pdf, u"-"_s}).out;
    const QString text = test::squeezed(raw);
    EXPECT_FALSE(hasWrongCodePoints(raw));
    for (const QString& expected :
         {u"Complaintdossier"_s, u"1.Letterssent"_s, u"2.Factsandfirststeps"_s, u"3.Chronology"_s,
          u"4.Disputedtransactions"_s, u"5.Contactlog"_s, u"6.Evidence"_s, u"7.Evidencemanifest"_s,
          u"Transactionproblem—Duplicatecharge"_s, u"Awaitingreply"_s,
          u"Amountindispute¥128.00"_s, u"Complainant"_s, u"WangXiaoming"_s, u"Tom,employeeIDB2048"_s,
          u"A1024"_s, u"B2048"_s, u"Theycontactedme"_s, u"Thehashchainofthiseventlogverifies"_s,
          u"Caseopened"_s, u"Lettersent"_s, u"Lookupthetransaction'sstatusinthewalletapp"_s,
          u"Refundandawrittenexplanation"_s, u"Page1of"_s, u"Exported"_s,
          // user text stays as typed, Chinese included
          u"人一日月金"_s, u"ChatwithsupportAgent1024promisedarefund"_s.left(15)}) {
        EXPECT_TRUE(text.contains(expected)) << "missing: " << expected.toStdString();
    }
    expectSoundPdf(pdf, parts.imageEvidence);
}

TEST_F(DossierTest, ARefundIsMoneyReceivedNotMoreMoneyInDispute)
{
    core::TransactionRecord refund;
    refund.caseId = parts.caseId;
    refund.occurredAt = clock.nowMs();
    refund.counterparty = u"华联超市 Hualian"_s;
    refund.amountMinor = 5'000;
    refund.currency = u"CNY"_s;
    refund.reference = u"R-2026011600001"_s;
    refund.status = u"退款成功"_s;
    refund.direction = QString(core::direction::In);
    ASSERT_TRUE(store->addTransaction(refund).ok());

    const QString text = test::squeezed(
        test::runTool(u"pdftotext"_s, {exportTo(u"refund.pdf"_s, options(u"en"_s)), u"-"_s}).out);
    // The total stays the one charge; the refund has its own line and a plus sign.
    // Amounts as the case's letters write them (an Alipay case: mainland China's conventions).
    EXPECT_TRUE(text.contains(u"Disputedtransactions,total¥128.00"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Refundsreceived¥50.00"_s));
    EXPECT_TRUE(text.contains(u"+¥50.00"_s));
    EXPECT_FALSE(text.contains(u"CNY"_s));
}

TEST_F(DossierTest, LanguageFollowsTheLetterUnlessAsked)
{
    // The case is Chinese but its only letter is English: the dossier is for that reader.
    const auto english = test::buildCase(*store, clock, u"en"_s);
    auto d = CaseDossier::read(*store, english.caseId);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->language(), u"en"_s);
    DossierOptions o = options();
    auto pdf = DossierWriter::pdf(*d, o);
    ASSERT_TRUE(pdf.ok());
    const QString out = dir.file(u"default.pdf"_s);
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(*pdf);
    f.close();
    EXPECT_TRUE(test::pdfText(out).contains(u"Complaintdossier"_s));

    o.language = u"zh_CN"_s;
    ASSERT_TRUE(DossierWriter::write(*d, o, out, {}).ok());
    EXPECT_TRUE(test::pdfText(out).contains(u"投诉案卷"_s));
}

TEST_F(DossierTest, LetterOnlyExportHoldsJustTheLetter)
{
    DossierOptions o = options();
    o.letterOnly = true;
    DossierWriter::Written written;
    const QString pdf = exportTo(u"letter.pdf"_s, o, &written);
    const QString text = test::pdfText(pdf);
    EXPECT_TRUE(text.contains(u"投诉：重复扣款，订单号2026011512345"_s));
    EXPECT_TRUE(text.contains(
        u"您好！2026年1月15日，我的订单2026011512345被重复扣款128.00元。人一日月金。"_s));
    EXPECT_TRUE(text.contains(u"此致王小明"_s));
    for (const QString& absent :
         {u"投诉案卷"_s, u"事件时间线"_s, u"证据清单"_s, u"李娜"_s, u"导出时间"_s, u"受理编号"_s})
        EXPECT_FALSE(text.contains(absent)) << absent.toStdString();
    EXPECT_EQ(written.pages, 1);
    EXPECT_EQ(test::pdfPages(pdf), 1);
    expectSoundPdf(pdf, 0);
}

TEST_F(DossierTest, LetterOnlyCanBeAnyLetterOfTheCaseInItsOwnLanguage)
{
    // The sent Chinese complaint stays "the current letter"; an English follow-up draft is
    // chosen instead, and comes out in English.
    core::Letter followUp;
    followUp.caseId = parts.caseId;
    followUp.kind = u"follow_up"_s;
    followUp.language = u"en"_s;
    followUp.subject = u"Follow-up: duplicate charge"_s;
    followUp.body = u"I wrote to you on 15 January and have had no reply."_s;
    clock.advance(60'000);
    auto chosen = store->addLetter(followUp);
    ASSERT_TRUE(chosen.ok());

    DossierOptions o = options();
    o.letterOnly = true;
    const QString current = test::pdfText(exportTo(u"current.pdf"_s, o));
    EXPECT_TRUE(current.contains(u"投诉：重复扣款，订单号2026011512345"_s));
    EXPECT_FALSE(current.contains(u"havehadnoreply"_s));
    o.letterId = *chosen;
    const QString text = test::pdfText(exportTo(u"chosen.pdf"_s, o));
    EXPECT_TRUE(text.contains(u"havehadnoreply"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"投诉：重复扣款"_s));
    EXPECT_TRUE(text.contains(u"Page1of1"_s)) << "the page furniture is in the letter's language";
}

TEST_F(DossierTest, LetterOnlyWithoutALetterIsRefused)
{
    core::CaseRecord r;
    r.title = u"No letter"_s;
    r.family = u"service"_s;
    auto id = store->createCase(r);
    ASSERT_TRUE(id.ok());
    auto d = CaseDossier::read(*store, *id);
    ASSERT_TRUE(d.ok());
    DossierOptions o = options();
    o.letterOnly = true;
    const QString out = dir.file(u"none.pdf"_s);
    auto written = DossierWriter::write(*d, o, out);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, core::ErrorCode::InvalidArgument);
    EXPECT_FALSE(QFileInfo::exists(out));

    // A full dossier of an almost empty case still works and says what is missing.
    o.letterOnly = false;
    o.language = u"en"_s;
    ASSERT_TRUE(DossierWriter::write(*d, o, out).ok());
    EXPECT_TRUE(test::pdfText(out).contains(u"Nonerecorded."_s));
}

TEST_F(DossierTest, PageSizeIsA4ByDefaultAndLetterOnRequest)
{
    const QString a4 = exportTo(u"a4.pdf"_s, options(u"en"_s));
    EXPECT_TRUE(test::runTool(u"pdfinfo"_s, {a4}).out.contains(u"(A4)"_s));
    DossierOptions o = options(u"en"_s);
    o.pageSize = QPageSize::Letter;
    const QString letter = exportTo(u"letter-size.pdf"_s, o);
    const QString info = test::runTool(u"pdfinfo"_s, {letter}).out;
    EXPECT_TRUE(info.contains(u"612 x 792 pts (letter)"_s)) << info.toStdString();
    EXPECT_TRUE(test::pdfText(letter).contains(u"7.Evidencemanifest"_s));
}

TEST_F(DossierTest, ScreenshotsAreScaledToThePageNotStoredFullSize)
{
    core::Evidence big;
    big.caseId = parts.caseId;
    big.kind = u"screenshot"_s;
    big.title = u"Full-size phone screenshot"_s;
    big.fileName = u"big.png"_s;
    big.mimeType = u"image/png"_s;
    ASSERT_TRUE(store->addEvidence(big, test::screenshotPng(9, QSize(1080, 2400))).ok());
    const QString pdf = exportTo(u"big.pdf"_s, options(u"en"_s));
    const QStringList images = test::pdfImages(pdf);
    ASSERT_EQ(images.size(), parts.imageEvidence + 1);
    // page num type width height …: the 1080×2400 one is stored at about 150 ppi of its box.
    const QStringList cols = images.last().split(u' ', Qt::SkipEmptyParts);
    const int width = cols.value(3).toInt();
    const int height = cols.value(4).toInt();
    EXPECT_LT(height, 2400);
    EXPECT_GT(height, 900);
    EXPECT_NEAR(double(width) / height, 1080.0 / 2400.0, 0.01);
    EXPECT_EQ(cols.value(2), u"image"_s); // no soft mask: transparency is flattened on white
}

TEST_F(DossierTest, BrokenHashChainIsStated)
{
    ASSERT_TRUE(store->database().exec(u"DROP TRIGGER events_append_only"_s).ok());
    ASSERT_TRUE(store->database()
                    .exec(u"UPDATE events SET payload = '{\"forged\":true}' WHERE seq = 3"_s)
                    .ok());
    const QString text = test::pdfText(exportTo(u"broken.pdf"_s, options(u"en"_s)));
    EXPECT_TRUE(text.contains(u"doesNOTverify:itbreaksatentry3of"_s)) << text.toStdString();
}

TEST_F(DossierTest, CancelledExportLeavesNothingAndKeepsAnOlderFile)
{
    const QString out = dir.file(u"cancel.pdf"_s);
    std::atomic<bool> cancel{false};
    DossierProgress progress;
    progress.cancelled = &cancel;
    int calls = 0;
    progress.report = [&](int, int) {
        ++calls;
        cancel = true; // stop after the first image
    };
    auto result = DossierWriter::write(read(), options(), out, progress);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(DossierLayout::isCancelled(result.error()));
    EXPECT_EQ(calls, 1);
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_EQ(QDir(dir.path()).entryList({u"*.pdf*"_s}, QDir::Files | QDir::Hidden).size(), 0);

    QFile older(out);
    ASSERT_TRUE(older.open(QIODevice::WriteOnly));
    older.write("older export");
    older.close();
    cancel = false;
    ASSERT_FALSE(DossierWriter::write(read(), options(), out, progress).ok());
    QFile kept(out);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("older export"));
}

TEST_F(DossierTest, UnwritableTargetGivesAClearErrorAndNoFile)
{
    const QString missing = dir.file(u"no-such-folder/out.pdf"_s);
    auto result = DossierWriter::write(read(), options(), missing);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, core::ErrorCode::Io);
    EXPECT_TRUE(result.error().message.contains(u"out.pdf"_s));
    EXPECT_TRUE(result.error().message.contains(u"may write to it"_s));
    EXPECT_FALSE(QFileInfo::exists(missing));

    // A folder nobody may write to, root included (tests run as root in CI).
    const QString procTarget = u"/proc/walletcase-dossier-test.pdf"_s;
    result = DossierWriter::write(read(), options(), procTarget);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, core::ErrorCode::Io);
    EXPECT_FALSE(QFileInfo::exists(procTarget));

    // A folder this user may look into but not write to. Root may write anywhere, so the
    // export runs in a child process that is an ordinary user (nobody) when the tests run as
    // root, as they do in CI.
    const auto readAndEnter = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                              QFileDevice::ReadOther | QFileDevice::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(dir.path(), readAndEnter | QFileDevice::WriteOwner));
    const QString locked = dir.file(u"locked"_s);
    ASSERT_TRUE(QDir().mkpath(locked));
    ASSERT_TRUE(QFile::setPermissions(locked, readAndEnter));
    const QString target = locked + u"/out.pdf"_s;
    const CaseDossier dossier = read();
    enum Outcome { Refused, Written, OtherError, Reachable, NotReachable };
    const int outcome = test::runUnprivileged([&] {
        if (::access(QFile::encodeName(locked).constData(), X_OK) != 0)
            return int(NotReachable); // the test's own set-up is wrong, not the writer
        if (::access(QFile::encodeName(locked).constData(), W_OK) == 0)
            return int(Reachable); // still privileged
        auto written = DossierWriter::write(dossier, options(), target);
        if (written.ok())
            return int(Written);
        return written.error().code == core::ErrorCode::Io &&
                       written.error().message.contains(u"out.pdf"_s)
                   ? int(Refused)
                   : int(OtherError);
    });
    QFile::setPermissions(locked, readAndEnter | QFileDevice::WriteOwner);
    EXPECT_EQ(outcome, Refused) << "1 written, 2 another error, 3 the folder was writable, "
                                   "4 the folder was out of reach, 201 could not drop root";
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_TRUE(QDir(locked).isEmpty());
}

} // namespace

// A section with nothing to show follows on the page it is on: the walk's dossiers had whole pages
// saying only "No letter has been sent yet." or "None recorded."
TEST_F(DossierTest, AnEmptySectionDoesNotTakeAPageOfItsOwn)
{
    CaseDossier d = read();
    d.snapshot.evidence.clear();
    d.snapshot.letters.clear();
    const QString pdf = dir.file(u"empty-sections.pdf"_s);
    ASSERT_TRUE(DossierWriter::write(d, options(u"en"_s), pdf).ok());
    if (const QString keep = qEnvironmentVariable("WC_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(pdf, QDir(keep).filePath(u"empty-sections.pdf"_s));
    const int pages = test::pdfPages(pdf);
    // The cover's list of contents names every section: headings are looked for after it.
    const auto pageOf = [&](const QString& text) {
        for (int page = 2; page <= pages; ++page) {
            const QString n = QString::number(page);
            if (test::runTool(u"pdftotext"_s, {u"-f"_s, n, u"-l"_s, n, pdf, u"-"_s})
                    .out.contains(text))
                return page;
        }
        return 0;
    };
    const int evidence = pageOf(u"6. Evidence\n"_s);
    ASSERT_GT(evidence, 0);
    EXPECT_EQ(pageOf(u"7. Evidence manifest"_s), evidence);
    // "No letter has been sent yet." follows the cover, on its page.
    EXPECT_EQ(pageOf(u"No letter has been sent yet."_s), 0);
    // The sections with content still start their own pages.
    EXPECT_EQ(pageOf(u"2. Facts and first steps"_s), 2);
}

// Nor a pair of them spilled onto a page of their own: with more and more contacts the empty
// sections 6 and 7 end up at the top of a page, where "7. Evidence manifest / None recorded."
// stood alone before the appendix's page (the walk's Chinese dossier). The appendix then
// follows on that page.
TEST_F(DossierTest, SpilledEmptySectionsAreNotALonePage)
{
    CaseDossier base = read();
    base.snapshot.evidence.clear();
    ASSERT_FALSE(base.snapshot.contacts.isEmpty());
    const core::Contact call = base.snapshot.contacts.first();
    int spilled = 0;
    for (int count = 1; count <= 40; ++count) {
        CaseDossier d = base;
        for (int i = 1; i < count; ++i) {
            core::Contact more = call;
            more.id = call.id + i;
            more.occurredAt = call.occurredAt + i * 3'600'000LL;
            d.snapshot.contacts.append(more);
        }
        const QString pdf = dir.file(u"spill-%1.pdf"_s.arg(count));
        ASSERT_TRUE(DossierWriter::write(d, options(u"en"_s), pdf).ok());
        const int pages = test::pdfPages(pdf);
        QStringList texts;
        for (int page = 1; page <= pages; ++page) {
            const QString n = QString::number(page);
            texts << test::runTool(u"pdftotext"_s, {u"-f"_s, n, u"-l"_s, n, pdf, u"-"_s}).out;
        }
        for (const QString& page : std::as_const(texts)) {
            if (!page.contains(u"7. Evidence manifest"_s) || page.contains(u"Contents"_s))
                continue;
            if (!page.contains(u"5. Contact log"_s) && !page.contains(u"I contacted them"_s))
                ++spilled; // 6 or 7 at the top of a page: the case this test is about
            EXPECT_TRUE(page.contains(u"6. Evidence\n"_s) || page.contains(u"8. Appendix"_s))
                << count << " contacts: the manifest stands alone:\n" << page.toStdString();
        }
        if (spilled > 0)
            break;
    }
    EXPECT_GT(spilled, 0) << "no contact count pushed the empty sections onto a new page";
}
