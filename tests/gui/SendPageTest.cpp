// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Steps 7 and 8 of the wizard over a real case file: the letter drafted from the saved case in
// either language, kept when edited, redrafted only when asked; then the provider's channels,
// the letter copied or opened as a mailto: draft, and the sent/ready choice and follow-up
// reminder read back from the store; the deadlines (clocks) that apply, offered as check boxes
// and created as reminders on Finish.
#include "followup/FollowUpTime.h"
#include "followup/ReminderPurpose.h"
#include "gui/caseview/CaseText.h"
#include "gui/dialogs/AppSettings.h"
#include "guidance/CaseTimeZone.h"
#include "gui/widgets/LetterEditor.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/UrlOpener.h"
#include "gui/wizard/LetterPage.h"
#include "gui/wizard/SendPage.h"
#include "gui/wizard/WizardSession.h"
#include "letters/LetterDrafter.h"
#include "support/ComputerZone.h"
#include "support/StoreTest.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QApplication>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QUrl>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <algorithm>

using namespace wc;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

// A provider the user added, with an email channel (the shipped wallets have none).
const char* const kTestPay = R"({"key": "testpay", "name": {"en": "TestPay", "zh_CN": "测试支付"},
    "regions": ["US"], "channels": [{"kind": "email", "value": "complaints@testpay.example"}]})";

class PagesTest : public test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto taxonomy = core::Taxonomy::load();
        ASSERT_TRUE(taxonomy.ok());
        m_taxonomy = std::move(*taxonomy);
        auto providers = core::ProviderDirectory::load();
        ASSERT_TRUE(providers.ok());
        m_providers = providers->withOverrides({{u"testpay"_s, QString::fromUtf8(kTestPay), 0}});
        ASSERT_TRUE(m_providers->provider(u"testpay"_s).has_value());
        session = std::make_unique<WizardSession>(*store, *m_taxonomy, *m_providers, clock);
        MessageBox::takeAskedCount();
    }

    void TearDown() override
    {
        UrlOpener::setHandlerForTesting({});
        QLocale::setDefault(QLocale::c());
    }

    // A duplicate charge at Alipay, saved as the earlier pages would leave it: facts, profile,
    // one piece of evidence and one disputed transaction in the file.
    void makeCase(const QString& family = u"transaction"_s,
                  const QString& subtype = u"duplicate_charge"_s)
    {
        core::CaseDraft& d = session->draft();
        d.record.family = family;
        d.record.subtype = subtype;
        d.record.providerKey = u"alipay"_s;
        d.record.providerName = u"支付宝"_s;
        d.record.incidentAt = clock.nowMs() - 3 * 24 * 3600 * 1000LL;
        d.record.amountMinor = 4990;
        d.record.currency = u"CNY"_s;
        d.record.references = {u"2026011522001"_s};
        d.record.accountRef = u"13812345678"_s;
        d.record.language = u"zh_CN"_s;
        d.record.remedies = {u"refund"_s};
        d.profile = {u"王小明"_s, u"13900001111"_s, u"xm@example.com"_s, {}, 0};
        ASSERT_TRUE(session->save());
        core::Evidence shot;
        shot.caseId = session->caseId();
        shot.kind = u"screenshot"_s;
        shot.title = u"两笔扣款截图"_s;
        shot.fileName = u"shot.png"_s;
        ASSERT_TRUE(store->addEvidence(shot, QByteArrayLiteral("png bytes")).ok());
        core::TransactionRecord tx;
        tx.caseId = session->caseId();
        tx.occurredAt = *d.record.incidentAt;
        tx.counterparty = u"金华超市"_s;
        tx.amountMinor = 4990;
        tx.currency = u"CNY"_s;
        tx.reference = u"2026011522002"_s;
        ASSERT_TRUE(store->addTransaction(tx).ok());
    }

    QString body(LetterPage& page) { return page.editor()->body(); }

    template <typename T> T* child(QWidget& page, const QString& name)
    {
        auto* w = page.findChild<T*>(name);
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }

    // The case's follow-up reminders (the ticked deadlines are reminders of other kinds).
    QList<core::Reminder> followUps()
    {
        auto reminders = store->reminders(session->caseId());
        EXPECT_TRUE(reminders.ok());
        QList<core::Reminder> out;
        for (const core::Reminder& r : reminders.ok() ? *reminders : QList<core::Reminder>{}) {
            if (r.kind == u"follow_up")
                out << r;
        }
        return out;
    }

    core::Letter storedLetter()
    {
        auto letters = store->letters(session->caseId());
        EXPECT_TRUE(letters.ok());
        EXPECT_EQ(letters.ok() ? letters->size() : 0, 1);
        return letters.ok() && !letters->isEmpty() ? letters->first() : core::Letter{};
    }

    std::optional<core::Taxonomy> m_taxonomy;
    std::optional<core::ProviderDirectory> m_providers;
    std::unique_ptr<WizardSession> session;
};


// ---------------------------------------------------------------- step 7, the letter

TEST_F(PagesTest, DraftsInChineseFromTheSavedCase)
{
    makeCase();
    LetterPage page(*session);
    page.initializePage();
    auto* language = child<QComboBox>(page, u"letterLanguageComboBox"_s);
    EXPECT_EQ(language->currentData().toString(), u"zh_CN"_s);
    const QString text = body(page);
    EXPECT_TRUE(page.editor()->subject().startsWith(u"投诉"_s));
    EXPECT_TRUE(page.editor()->subject().contains(u"2026011522001"_s));
    EXPECT_TRUE(page.editor()->subject().contains(u"2026011522002"_s)) << "the transaction's";
    for (const QString& fact : {u"支付宝"_s, u"49.90元"_s, u"2026011522001"_s,
                                u"13812345678"_s, u"王小明"_s, u"金华超市"_s, u"两笔扣款截图"_s})
        EXPECT_TRUE(text.contains(fact)) << fact.toStdString() << "\n" << text.toStdString();
    EXPECT_FALSE(text.contains(u"138****5678"_s)) << "the company gets the whole account number";
    EXPECT_EQ(page.editor()->language(), u"zh_CN"_s);

    ASSERT_TRUE(page.validatePage());
    const core::Letter saved = storedLetter();
    EXPECT_EQ(saved.kind, u"initial"_s);
    EXPECT_EQ(saved.status, u"draft"_s);
    EXPECT_EQ(saved.language, u"zh_CN"_s);
    EXPECT_EQ(saved.subject, page.editor()->subject());
    EXPECT_EQ(saved.body, text);
}

TEST_F(PagesTest, DraftsInEnglishWithTheProvidersEnglishName)
{
    makeCase();
    session->draft().record.language = u"en"_s;
    LetterPage page(*session);
    page.initializePage();
    const QString text = body(page);
    EXPECT_TRUE(page.editor()->subject().startsWith(u"Complaint: Alipay"_s))
        << page.editor()->subject().toStdString();
    for (const QString& fact : {u"Dear Alipay"_s, u"¥49.90"_s, u"2026011522001"_s,
                                u"Account: 13812345678"_s, u"Name: 王小明"_s})
        EXPECT_TRUE(text.contains(fact)) << fact.toStdString() << "\n" << text.toStdString();
    EXPECT_EQ(page.editor()->language(), u"en"_s);
    ASSERT_TRUE(page.validatePage());
    EXPECT_EQ(storedLetter().language, u"en"_s);
    auto record = store->caseById(session->caseId());
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->language, u"en"_s);
}

TEST_F(PagesTest, UntouchedLetterFollowsTheFactsAndTheLanguage)
{
    makeCase();
    LetterPage page(*session);
    page.initializePage();
    ASSERT_TRUE(page.validatePage());
    // Back to the details page: the amount changes.
    session->draft().record.amountMinor = 9980;
    ASSERT_TRUE(session->save());
    page.initializePage();
    EXPECT_TRUE(body(page).contains(u"99.80元"_s)) << body(page).toStdString();

    auto* language = child<QComboBox>(page, u"letterLanguageComboBox"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    EXPECT_EQ(MessageBox::takeAskedCount(), 0) << "an untouched letter is redrafted without asking";
    EXPECT_TRUE(body(page).contains(u"Dear Alipay customer service team"_s));
    EXPECT_EQ(page.editor()->language(), u"en"_s);
    ASSERT_TRUE(page.validatePage());
    const core::Letter saved = storedLetter(); // the same letter, not a second one
    EXPECT_EQ(saved.language, u"en"_s);
    EXPECT_TRUE(saved.body.contains(u"¥99.80"_s));
}

TEST_F(PagesTest, EditedLetterIsKeptOnReentryAndRedraftAsksFirst)
{
    makeCase();
    LetterPage page(*session);
    page.initializePage();
    QPlainTextEdit* edit = page.editor()->bodyEdit();
    edit->moveCursor(QTextCursor::End);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Return);
    QInputMethodEvent commit; // Chinese arrives from an input method as committed text
    commit.setCommitString(u"补充：我已于当天联系过商户。"_s);
    QApplication::sendEvent(edit, &commit);
    EXPECT_TRUE(session->draft().letterEdited);
    ASSERT_TRUE(page.validatePage());
    const QString edited = body(page);

    session->draft().record.amountMinor = 100;
    ASSERT_TRUE(session->save());
    page.initializePage();
    EXPECT_EQ(body(page), edited) << "the user's text is never replaced silently";
    EXPECT_EQ(MessageBox::takeAskedCount(), 0);

    // Redraft: the user says keep.
    MessageBox::setNextChoice(LetterPage::KeepText);
    QTest::mouseClick(child<QPushButton>(page, u"redraftPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_EQ(body(page), edited);
    // A language switch asks too; keeping the text keeps its language.
    auto* language = child<QComboBox>(page, u"letterLanguageComboBox"_s);
    MessageBox::setNextChoice(LetterPage::KeepText);
    language->setCurrentIndex(language->findData(u"en"_s));
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_EQ(language->currentData().toString(), u"zh_CN"_s);
    EXPECT_EQ(body(page), edited);

    // Now replace.
    MessageBox::setNextChoice(LetterPage::ReplaceText);
    QTest::mouseClick(child<QPushButton>(page, u"redraftPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_FALSE(body(page).contains(u"补充：我已于当天联系过商户"_s));
    EXPECT_TRUE(body(page).contains(u"1.00元"_s));
    EXPECT_FALSE(session->draft().letterEdited);
    ASSERT_TRUE(page.validatePage());
    EXPECT_EQ(storedLetter().body, body(page));
}

TEST_F(PagesTest, ResumedLetterIsShownAsSaved)
{
    makeCase();
    {
        LetterPage page(*session);
        page.initializePage();
        page.editor()->setBody(u"我自己写的信。"_s);
        ASSERT_TRUE(page.validatePage());
    }
    auto loaded = core::CaseDraft::load(*store, session->caseId());
    ASSERT_TRUE(loaded.ok());
    WizardSession resumed(*store, *m_taxonomy, *m_providers, clock);
    resumed.setDraft(std::move(*loaded));
    LetterPage page(resumed);
    page.initializePage();
    EXPECT_EQ(page.editor()->body(), u"我自己写的信。"_s);
}

TEST_F(PagesTest, HeatedLetterAsksOnceAndNeverBlocks)
{
    makeCase();
    LetterPage page(*session);
    page.initializePage();
    QPlainTextEdit* edit = page.editor()->bodyEdit();
    edit->setFocus();
    edit->selectAll();
    QInputMethodEvent commit; // typed through an input method, replacing the drafted text
    commit.setCommitString(u"你们这些骗子！！！我要曝光你们，你们从来不管用户死活！！！"_s);
    QApplication::sendEvent(edit, &commit);
    page.editor()->checkNow();
    ASSERT_EQ(page.editor()->summary().level, core::ToneLevel::Heated);
    // "Review them" stays on the page and proposes calmer wording, one passage at a time.
    MessageBox::setNextChoice(LetterPage::ReviewTone);
    EXPECT_FALSE(page.validatePage());
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    // While heated passages remain that the user has not chosen to keep, Next asks again; keeping
    // them lets the user go on with the text as typed.
    MessageBox::setNextChoice(LetterPage::ContinueAnyway);
    EXPECT_TRUE(page.validatePage()) << "the user decides: the letter never blocks";
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_TRUE(storedLetter().body.contains(u"骗子"_s));
    // Kept passages are not asked about again.
    EXPECT_TRUE(page.validatePage());
    EXPECT_EQ(MessageBox::takeAskedCount(), 0);
}

// ---------------------------------------------------------------- step 8, send and follow up

class SendPageTest : public PagesTest
{
protected:
    void SetUp() override
    {
        PagesTest::SetUp();
        // The user's own reminder time, not the 09:00 default nor the clock's time of day.
        AppSettings::setFileForTesting(m_settingsDir.filePath(u"walletcase.conf"_s));
        AppSettings::setReminderTime(QTime(8, 30));
    }
    void TearDown() override
    {
        AppSettings::setFileForTesting({});
        PagesTest::TearDown();
    }

    // The case's zone (Alipay: Asia/Shanghai), where its times are shown and typed.
    QTimeZone zone() const { return core::CaseTimeZone::zoneFor(session->draft().record); }
    // `days` after today in the case's zone, at the user's reminder time.
    qint64 daysAhead(int days) const
    {
        const QDate day = core::followup::localDate(clock.nowMs(), zone()).addDays(days);
        return core::followup::atLocalTime(day, zone(), QTime(8, 30));
    }
    qint64 shown(QDateTimeEdit* edit) const
    {
        return CaseText::fromWallClock(edit->dateTime(), zone());
    }

    QTemporaryDir m_settingsDir;

    // Steps 7 and 8 as the wizard runs them.
    void reachSendPage(SendPage& page)
    {
        LetterPage letter(*session);
        letter.initializePage();
        ASSERT_TRUE(letter.validatePage());
        page.initializePage();
    }
};

TEST_F(SendPageTest, ShowsTheProvidersChannels)
{
    makeCase();
    SendPage page(*session);
    reachSendPage(page);
    const QString channels = child<QLabel>(page, u"channelsLabel"_s)->text();
    EXPECT_TRUE(channels.contains(u"95188"_s)) << channels.toStdString();
    EXPECT_TRUE(channels.contains(u"https://cshall.alipay.com"_s));
    EXPECT_TRUE(channels.contains(u"<a href="_s)) << "web addresses are links";
    // An unconfirmed channel says to check it.
    const QString check = session->providers().defaultVerifyNote().text(u"en"_s);
    EXPECT_TRUE(channels.contains(check.toHtmlEscaped())) << channels.toStdString();

    session->draft().record.providerKey.clear();
    session->draft().record.providerName = u"<b>Local Pay</b>"_s;
    page.initializePage();
    const QString unknown = child<QLabel>(page, u"channelsLabel"_s)->text();
    EXPECT_TRUE(unknown.contains(u"&lt;b&gt;Local Pay&lt;/b&gt;"_s)) << unknown.toStdString();
}

TEST_F(SendPageTest, CopyPutsTheLetterOnTheClipboard)
{
    makeCase();
    SendPage page(*session);
    reachSendPage(page);
    QGuiApplication::clipboard()->clear();
    auto* status = child<QLabel>(page, u"copyStatusLabel"_s);
    EXPECT_TRUE(status->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(page, u"copyLetterPushButton"_s), Qt::LeftButton);
    const core::Letter& letter = *session->draft().letter;
    EXPECT_EQ(QGuiApplication::clipboard()->text(), letter.subject + u"\n\n"_s + letter.body);
    EXPECT_FALSE(status->text().isEmpty());
}

// The subject and body a captured mailto: URL carries, decoded. RFC 6068 writes line breaks as
// CRLF; they are turned back into the letter's '\n'.
std::pair<QString, QString> mailParts(const QUrl& url)
{
    const QUrlQuery query(url);
    QString body = query.queryItemValue(u"body"_s, QUrl::FullyDecoded);
    body.replace(u"\r\n"_s, u"\n"_s);
    return {query.queryItemValue(u"subject"_s, QUrl::FullyDecoded), body};
}

TEST_F(SendPageTest, MailDraftCarriesTheExactLetter)
{
    makeCase();
    SendPage page(*session);
    reachSendPage(page);
    QList<QUrl> opened;
    UrlOpener::setHandlerForTesting([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    QTest::mouseClick(child<QPushButton>(page, u"mailtoPushButton"_s), Qt::LeftButton);
    ASSERT_EQ(opened.size(), 1);
    const QUrl url = opened.first();
    EXPECT_EQ(url.scheme(), u"mailto"_s);
    EXPECT_TRUE(url.path().isEmpty()) << "Alipay has no email channel";
    const core::Letter& letter = *session->draft().letter;
    const auto [subject, text] = mailParts(url);
    EXPECT_EQ(subject, letter.subject);
    EXPECT_EQ(text, letter.body);
    EXPECT_TRUE(text.contains(u"支付宝"_s));
    EXPECT_TRUE(url.toEncoded().contains("%E6%94%AF%E4%BB%98%E5%AE%9D")); // 支付宝 in UTF-8
    EXPECT_FALSE(url.toEncoded().contains('\n'));
    EXPECT_FALSE(child<QLabel>(page, u"copyStatusLabel"_s)->text().isEmpty());
}

TEST_F(SendPageTest, MailtoUrlSurvivesCharactersThatMeanSomethingInAUrl)
{
    const QString subject = u"投诉：A&B = C? #1 + 100%"_s;
    const QString body = u"第一行 & 二\n?body=x&subject=y\n\n50% + 30% = 80%; 再见 👋"_s;
    const QUrl url = SendPage::mailtoUrl(u"complaints@testpay.example"_s, subject, body);
    ASSERT_TRUE(url.isValid()) << url.errorString().toStdString();
    EXPECT_EQ(url.path(), u"complaints@testpay.example"_s);
    const auto [s, b] = mailParts(url);
    EXPECT_EQ(s, subject);
    EXPECT_EQ(b, body);
    EXPECT_TRUE(url.toEncoded().contains("%0D%0A"));
}

TEST_F(SendPageTest, MailDraftGoesToTheProvidersEmailAndLinksStartIt)
{
    makeCase();
    session->draft().record.providerKey = u"testpay"_s;
    SendPage page(*session);
    reachSendPage(page);
    QList<QUrl> opened;
    UrlOpener::setHandlerForTesting([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    QTest::mouseClick(child<QPushButton>(page, u"mailtoPushButton"_s), Qt::LeftButton);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().path(), u"complaints@testpay.example"_s);
    EXPECT_EQ(mailParts(opened.first()).second, session->draft().letter->body);
    EXPECT_EQ(child<QComboBox>(page, u"sentChannelComboBox"_s)->currentData().toString(),
              u"email"_s);

    auto* channels = child<QLabel>(page, u"channelsLabel"_s);
    EXPECT_TRUE(channels->text().contains(u"mailto:complaints@testpay.example"_s));
    emit channels->linkActivated(u"mailto:complaints@testpay.example"_s);
    ASSERT_EQ(opened.size(), 2);
    EXPECT_EQ(mailParts(opened.last()).first, session->draft().letter->subject);
}

TEST_F(SendPageTest, NoMailProgramSaysToCopyInstead)
{
    makeCase();
    SendPage page(*session);
    reachSendPage(page);
    UrlOpener::setHandlerForTesting([](const QUrl&) { return false; });
    QTest::mouseClick(child<QPushButton>(page, u"mailtoPushButton"_s), Qt::LeftButton);
    auto* bar = child<MessageBar>(page, u"messageBar"_s);
    EXPECT_TRUE(bar->isVisibleTo(&page));
    EXPECT_EQ(bar->text(), UrlOpener::mailFailureMessage());
    EXPECT_TRUE(bar->text().contains(u"Copy letter"_s));
}

TEST_F(SendPageTest, SentIsRecordedWithAFollowUpInSevenDays)
{
    makeCase();
    SendPage page(*session);
    reachSendPage(page);
    const qint64 now = clock.nowMs();
    auto* followUp = child<QDateTimeEdit>(page, u"followUpDateTimeEdit"_s);
    // A week ahead at the user's reminder time in the case's zone, not at the clock's time.
    const qint64 sevenDays = daysAhead(7);
    EXPECT_EQ(shown(followUp), sevenDays);
    EXPECT_EQ(followUp->time(), QTime(8, 30));
    auto* sentAt = child<QDateTimeEdit>(page, u"sentDateTimeEdit"_s);
    EXPECT_EQ(shown(sentAt), now - now % 60'000);
    EXPECT_FALSE(sentAt->isEnabled()) << "not sent yet: the details wait";
    EXPECT_TRUE(child<QRadioButton>(page, u"readyRadioButton"_s)->isChecked());

    QTest::mouseClick(child<QRadioButton>(page, u"sentRadioButton"_s), Qt::LeftButton);
    EXPECT_TRUE(sentAt->isEnabled());
    auto* channel = child<QComboBox>(page, u"sentChannelComboBox"_s);
    channel->setCurrentIndex(channel->findData(u"hotline"_s));
    const QDateTime when = sentAt->dateTime().addSecs(-3600);
    sentAt->setDateTime(when);
    QTest::keyClicks(child<QLineEdit>(page, u"sentReferenceLineEdit"_s), u"KF-20260120-7"_s);
    EXPECT_TRUE(child<QLabel>(page, u"followUpNoteLabel"_s)->text().contains(u"remind"_s));
    ASSERT_TRUE(page.validatePage());

    const core::Letter letter = storedLetter();
    EXPECT_EQ(letter.status, u"sent"_s);
    ASSERT_TRUE(letter.sentAt.has_value());
    EXPECT_EQ(*letter.sentAt, CaseText::fromWallClock(when, zone()));
    EXPECT_EQ(letter.channel, u"hotline"_s);
    EXPECT_EQ(letter.reference, u"KF-20260120-7"_s);
    auto record = store->caseById(session->caseId());
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->status, u"sent"_s);
    // The follow-up, beside the ticked deadlines (Alipay's 15 days, the letter's reply date).
    const QList<core::Reminder> reminders = followUps();
    ASSERT_EQ(reminders.size(), 1);
    const core::Reminder& r = reminders.first();
    EXPECT_EQ(r.kind, u"follow_up"_s);
    EXPECT_EQ(r.state, u"pending"_s);
    EXPECT_EQ(r.dueAt, sevenDays);
    EXPECT_TRUE(r.text.contains(u"Alipay"_s)) << r.text.toStdString();
    EXPECT_TRUE(r.text.contains(u"Duplicate charge"_s)) << r.text.toStdString();
    EXPECT_EQ(record->nextFollowUpAt, sevenDays);
}

// The Chinese walk: a letter drafted today but recorded as sent four days ago was signed with
// today's date, under "发送时间 2026年12月4日" in the dossier, and its reply date was counted
// from today. Drafted again as of the day it was sent; a letter with the user's words is kept,
// and Finish first asks the user to check it.
TEST_F(SendPageTest, ALetterSentOnAnEarlierDayIsDatedThatDay)
{
    makeCase();
    SendPage page(*session);
    reachSendPage(page);
    const QString today = core::ClockTable::regionalDate(
        QDateTime::fromMSecsSinceEpoch(clock.nowMs(), zone()).date(), u"CN"_s, u"zh_CN"_s);
    ASSERT_TRUE(session->draft().letter->body.contains(today));
    QTest::mouseClick(child<QRadioButton>(page, u"sentRadioButton"_s), Qt::LeftButton);
    auto* sentAt = child<QDateTimeEdit>(page, u"sentDateTimeEdit"_s);
    const QDateTime when = sentAt->dateTime().addDays(-2);
    sentAt->setDateTime(when);
    // The reply date offered is the one the letter will ask for, counted from the day it went.
    auto* replyBy = child<QCheckBox>(page, u"clockCheckBox_letter_reply_by"_s);
    ASSERT_TRUE(replyBy);
    const QString offered = replyBy->text();
    ASSERT_TRUE(page.validatePage());
    const core::Letter letter = storedLetter();
    ASSERT_TRUE(letter.replyBy.has_value());
    EXPECT_TRUE(offered.contains(CaseText::date(*letter.replyBy, zone()))) << offered.toStdString();
    const QDate sentDay = QDateTime::fromMSecsSinceEpoch(*letter.sentAt, zone()).date();
    EXPECT_TRUE(letter.body.contains(core::ClockTable::regionalDate(sentDay, u"CN"_s, u"zh_CN"_s)))
        << letter.body.toStdString();
    EXPECT_FALSE(letter.body.contains(today)) << letter.body.toStdString();
    ASSERT_TRUE(letter.replyBy.has_value());
    EXPECT_LT(*letter.replyBy, *session->draft().letter->sentAt + 15 * 86'400'000LL);
}

TEST_F(SendPageTest, ALetterWithTheUsersWordsSentEarlierIsKeptAfterAWarning)
{
    makeCase();
    SendPage page(*session);
    reachSendPage(page);
    session->draft().letter->body += u"\n我自己补充的一句话。"_s;
    session->draft().letterEdited = true;
    QTest::mouseClick(child<QRadioButton>(page, u"sentRadioButton"_s), Qt::LeftButton);
    auto* sentAt = child<QDateTimeEdit>(page, u"sentDateTimeEdit"_s);
    sentAt->setDateTime(sentAt->dateTime().addDays(-2));
    EXPECT_FALSE(page.validatePage()) << "the user is asked to check the dates first";
    ASSERT_TRUE(page.validatePage());
    EXPECT_TRUE(storedLetter().body.endsWith(u"我自己补充的一句话。"_s));
}

TEST_F(SendPageTest, SecurityCaseFollowsUpAfterOneDay)
{
    makeCase(u"security"_s, u"unauthorized_payment"_s);
    SendPage page(*session);
    reachSendPage(page);
    const qint64 oneDay = daysAhead(1);
    EXPECT_EQ(shown(child<QDateTimeEdit>(page, u"followUpDateTimeEdit"_s)), oneDay);
    QTest::mouseClick(child<QRadioButton>(page, u"sentRadioButton"_s), Qt::LeftButton);
    ASSERT_TRUE(page.validatePage());
    const QList<core::Reminder> reminders = followUps();
    ASSERT_EQ(reminders.size(), 1);
    EXPECT_EQ(reminders.first().dueAt, oneDay);
    EXPECT_EQ(storedLetter().status, u"sent"_s);
}

TEST_F(SendPageTest, ReadyToSendKeepsTheLetterUnsent)
{
    makeCase();
    SendPage page(*session);
    reachSendPage(page);
    // The user chose "sent", typed a reference, then changed their mind.
    QTest::mouseClick(child<QRadioButton>(page, u"sentRadioButton"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(page, u"sentReferenceLineEdit"_s), u"X-1"_s);
    QTest::mouseClick(child<QRadioButton>(page, u"readyRadioButton"_s), Qt::LeftButton);
    auto* followUp = child<QDateTimeEdit>(page, u"followUpDateTimeEdit"_s);
    const QDateTime later = followUp->dateTime().addDays(3);
    followUp->setDateTime(later);
    ASSERT_TRUE(page.validatePage());

    const core::Letter letter = storedLetter();
    EXPECT_EQ(letter.status, u"ready"_s);
    EXPECT_FALSE(letter.sentAt.has_value());
    EXPECT_TRUE(letter.reference.isEmpty());
    auto record = store->caseById(session->caseId());
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->status, u"ready"_s);
    const QList<core::Reminder> reminders = followUps();
    ASSERT_EQ(reminders.size(), 1);
    EXPECT_EQ(reminders.first().dueAt, CaseText::fromWallClock(later, zone()));
    // Nothing was sent: the reminder says what is true, and asks about no reply.
    EXPECT_FALSE(reminders.first().text.contains(u"replied"_s)) << reminders.first().text.toStdString();
    EXPECT_TRUE(reminders.first().text.startsWith(u"You planned to send your complaint"_s))
        << reminders.first().text.toStdString();
}

TEST_F(SendPageTest, TimesAreTheCasesAndTheZoneIsNamedWhereItDiffers)
{
    // The computer in New York, the Alipay case in China.
    const test::ComputerZone newYork("America/New_York");
    makeCase();
    SendPage page(*session);
    reachSendPage(page);
    ASSERT_EQ(zone().id(), QByteArray("Asia/Shanghai"));
    auto* followUp = child<QDateTimeEdit>(page, u"followUpDateTimeEdit"_s);
    // 08:30 in China, shown as such (in New York it is the evening before).
    EXPECT_EQ(followUp->time(), QTime(8, 30));
    EXPECT_EQ(shown(followUp), daysAhead(7));
    auto* note = child<QLabel>(page, u"zoneNoteLabel"_s);
    EXPECT_TRUE(note->isVisibleTo(&page));
    if (const QString shots = qEnvironmentVariable("WC_SCREENSHOT_DIR"); !shots.isEmpty()) {
        page.resize(1366, 700);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
        page.grab().save(QDir(shots).filePath(u"send_page_case_zone.png"_s));
    }
    EXPECT_TRUE(note->text().contains(u"UTC+8"_s)) << note->text().toStdString();
    const QString followUpNote = child<QLabel>(page, u"followUpNoteLabel"_s)->text();
    EXPECT_TRUE(followUpNote.contains(u"8:30 AM (UTC+8)"_s)) << followUpNote.toStdString();
    EXPECT_TRUE(followUpNote.contains(CaseText::date(daysAhead(7), zone())))
        << "four-digit year, the locale's order: " << followUpNote.toStdString();
    // The sent time typed is read in the case's zone.
    QTest::mouseClick(child<QRadioButton>(page, u"sentRadioButton"_s), Qt::LeftButton);
    auto* sentAt = child<QDateTimeEdit>(page, u"sentDateTimeEdit"_s);
    sentAt->setDateTime(QDateTime(sentAt->date(), QTime(14, 32), Qt::UTC));
    ASSERT_TRUE(page.validatePage());
    const core::Letter letter = storedLetter();
    ASSERT_TRUE(letter.sentAt.has_value());
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(*letter.sentAt, zone()).time(), QTime(14, 32));
}

// The walk found the form jump when "I have sent it" was chosen: nothing above or in the
// "Record it" box may move under the pointer when the choice changes.
TEST_F(SendPageTest, ChoosingSentDoesNotMoveTheForm)
{
    makeCase();
    SendPage page(*session);
    reachSendPage(page);
    page.resize(1000, 560); // the wizard's page area in a 1366x768 window
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto* sent = child<QRadioButton>(page, u"sentRadioButton"_s);
    auto* channel = child<QComboBox>(page, u"sentChannelComboBox"_s);
    auto* followUp = child<QDateTimeEdit>(page, u"followUpDateTimeEdit"_s);
    const auto where = [&](QWidget* w) { return w->mapTo(&page, QPoint(0, 0)); };
    const QPoint sentAt = where(sent), channelAt = where(channel), followUpAt = where(followUp);
    for (int round = 0; round < 2; ++round) {
        QTest::mouseClick(round == 0 ? sent : child<QRadioButton>(page, u"readyRadioButton"_s),
                          Qt::LeftButton);
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        EXPECT_EQ(where(sent), sentAt) << round;
        EXPECT_EQ(where(channel), channelAt) << round;
        EXPECT_EQ(where(followUp), followUpAt) << round;
    }
}

TEST_F(SendPageTest, BackAndForwardKeepsTheChoices)
{
    makeCase();
    SendPage page(*session);
    reachSendPage(page);
    QTest::mouseClick(child<QRadioButton>(page, u"sentRadioButton"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(page, u"sentReferenceLineEdit"_s), u"R-42"_s);
    page.cleanupPage(); // Back
    child<QLineEdit>(page, u"sentReferenceLineEdit"_s)->clear();
    page.initializePage(); // Next again
    EXPECT_TRUE(child<QRadioButton>(page, u"sentRadioButton"_s)->isChecked());
    EXPECT_EQ(child<QLineEdit>(page, u"sentReferenceLineEdit"_s)->text(), u"R-42"_s);
    auto record = store->caseById(session->caseId());
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->status, u"draft"_s) << "only Finish changes the case's status";
}

// ---------------------------------------------------------------- deadlines that apply

TEST_F(SendPageTest, OffersTheDeadlinesThatApplyAndCreatesTheTickedOnes)
{
    makeCase();
    session->draft().record.providerKey = u"paypal"_s; // a US user (en_US) of PayPal
    SendPage page(*session);
    reachSendPage(page);
    const auto keys = [&page] {
        QStringList out;
        for (const core::ClockOffer& o : page.clockOffers())
            out << o.rule.key;
        return out;
    };
    // Not sent yet: only the deadlines counted from the transaction are known.
    EXPECT_FALSE(keys().contains(u"us_rege_investigation"_s)) << keys().join(u' ').toStdString();
    EXPECT_TRUE(keys().contains(u"paypal_dispute_window"_s));
    EXPECT_FALSE(keys().contains(u"follow_up_week"_s)) << "the follow-up date is set above";

    QTest::mouseClick(child<QRadioButton>(page, u"sentRadioButton"_s), Qt::LeftButton);
    EXPECT_TRUE(keys().contains(u"us_rege_investigation"_s)) << keys().join(u' ').toStdString();
    EXPECT_FALSE(keys().contains(u"psd2_reply"_s)) << "the user is in the US";
    EXPECT_TRUE(child<QGroupBox>(page, u"clocksGroupBox"_s)->isVisibleTo(&page));
    auto* regE = child<QCheckBox>(page, u"clockCheckBox_us_rege_investigation"_s);
    auto* dispute = child<QCheckBox>(page, u"clockCheckBox_paypal_dispute_window"_s);
    auto* chargeback = child<QCheckBox>(page, u"clockCheckBox_card_chargeback"_s);
    ASSERT_TRUE(regE && dispute && chargeback);
    EXPECT_TRUE(regE->isChecked());
    EXPECT_TRUE(dispute->isChecked());
    EXPECT_FALSE(chargeback->isChecked()) << "PayPal is not a card wallet";
    EXPECT_TRUE(regE->text().contains(u"by "_s)) << regE->text().toStdString();
    // The case does not say how the payment was funded, and PayPal takes cards too: offered as
    // applying only to money from the balance or a bank account, as the letter's notice says.
    EXPECT_TRUE(regE->text().contains(u"(if paid from your balance or bank account)"_s))
        << regE->text().toStdString();
    bool sourceShown = false;
    for (QLabel* l : page.findChildren<QLabel*>(u"clockSourceLabel"_s))
        sourceShown |= l->text().contains(u"1005.11"_s);
    EXPECT_TRUE(sourceShown) << "each deadline names its source";

    // The user's choices survive a change of the time it was sent.
    dispute->click();
    chargeback->click();
    auto* sentAt = child<QDateTimeEdit>(page, u"sentDateTimeEdit"_s);
    sentAt->setDateTime(sentAt->dateTime().addSecs(-3600));
    dispute = child<QCheckBox>(page, u"clockCheckBox_paypal_dispute_window"_s);
    chargeback = child<QCheckBox>(page, u"clockCheckBox_card_chargeback"_s);
    EXPECT_FALSE(dispute->isChecked());
    EXPECT_TRUE(chargeback->isChecked());
    qint64 regERemindAt = 0;
    for (const core::ClockOffer& o : page.clockOffers()) {
        if (o.rule.key == u"us_rege_investigation")
            regERemindAt = o.remindAt;
    }

    const QStringList ticked = page.tickedClocks();
    EXPECT_TRUE(ticked.contains(u"us_rege_investigation"_s));
    EXPECT_TRUE(ticked.contains(u"card_chargeback"_s));
    EXPECT_FALSE(ticked.contains(u"paypal_dispute_window"_s));
    ASSERT_TRUE(page.validatePage());
    ASSERT_TRUE(page.validatePage()) << "finishing twice";
    auto reminders = store->reminders(session->caseId());
    ASSERT_TRUE(reminders.ok());
    EXPECT_EQ(reminders->size(), 1 + ticked.size())
        << "the follow-up and one reminder per ticked deadline, nothing twice";
    for (const core::Reminder& r : *reminders) {
        if (r.kind == u"reply_deadline") {
            EXPECT_EQ(r.dueAt, regERemindAt);
            EXPECT_TRUE(r.text.contains(u"PayPal"_s)) << r.text.toStdString();
        }
        if (r.kind == u"follow_up") {
            EXPECT_EQ(r.dueAt, shown(child<QDateTimeEdit>(page, u"followUpDateTimeEdit"_s)));
        }
    }
    // Now set: shown as such, and not offered for ticking again.
    regE = child<QCheckBox>(page, u"clockCheckBox_us_rege_investigation"_s);
    EXPECT_TRUE(regE->isChecked());
    EXPECT_FALSE(regE->isEnabled());
}

TEST_F(SendPageTest, WithoutKnowingTheUsersCountryNoDeadlineIsTicked)
{
    QLocale::setDefault(QLocale::c());
    makeCase();
    session->draft().record.providerKey = u"paypal"_s; // US, UK, EU and CN: whose law?
    SendPage page(*session);
    reachSendPage(page);
    QTest::mouseClick(child<QRadioButton>(page, u"sentRadioButton"_s), Qt::LeftButton);
    ASSERT_FALSE(page.clockOffers().isEmpty());
    // Only what holds in every country is ticked: the letter's own reply date and PayPal's
    // terms; no law's deadline.
    QStringList ticked = page.tickedClocks();
    ticked.sort();
    EXPECT_EQ(ticked, (QStringList{u"letter_reply_by"_s, u"paypal_dispute_window"_s}))
        << ticked.join(u' ').toStdString();
    EXPECT_TRUE(child<QLabel>(page, u"clocksNoteLabel"_s)->text().contains(u"country"_s));
    child<QCheckBox>(page, u"clockCheckBox_letter_reply_by"_s)->click();
    child<QCheckBox>(page, u"clockCheckBox_paypal_dispute_window"_s)->click();
    ASSERT_TRUE(page.validatePage());
    auto reminders = store->reminders(session->caseId());
    ASSERT_TRUE(reminders.ok());
    EXPECT_EQ(reminders->size(), 1) << "only the follow-up";
}

// The letter says "Please reply in writing by <date>": that date is offered as a reminder,
// ticked, whether the letter is sent now or kept to send later.
TEST_F(SendPageTest, OffersTheReplyDeadlineTheLetterSets)
{
    makeCase();
    const qint64 draftedAt = clock.nowMs();
    SendPage page(*session);
    reachSendPage(page);
    const QDate replyBy =
        QDateTime::fromMSecsSinceEpoch(draftedAt).addDays(core::LetterDrafter::DefaultReplyDays).date();
    // A letter kept as ready to send asks nobody for a reply yet: no "has it replied?" reminder.
    EXPECT_EQ(page.findChild<QCheckBox*>(u"clockCheckBox_letter_reply_by"_s), nullptr);
    QTest::mouseClick(child<QRadioButton>(page, u"sentRadioButton"_s), Qt::LeftButton);
    auto* reply = child<QCheckBox>(page, u"clockCheckBox_letter_reply_by"_s);
    ASSERT_TRUE(reply);
    EXPECT_TRUE(reply->text().startsWith(u"Reply deadline you set in the letter"_s))
        << reply->text().toStdString();
    // In the user's (US) conventions, as every date outside the letters.
    EXPECT_TRUE(reply->text().contains(u"by "_s + CaseText::date(replyBy)))
        << reply->text().toStdString();
    EXPECT_TRUE(reply->isChecked());
    ASSERT_TRUE(page.validatePage());
    auto reminders = store->reminders(session->caseId());
    ASSERT_TRUE(reminders.ok());
    const auto set = std::find_if(reminders->cbegin(), reminders->cend(), [&](const core::Reminder& r) {
        return r.kind == u"reply_deadline" && r.text.contains(u"2026年"_s) == false
            && QDateTime::fromMSecsSinceEpoch(r.dueAt).date() == replyBy;
    });
    EXPECT_NE(set, reminders->cend()) << "a reminder on the letter's reply date";

    // The user wrote another date into the letter: that is the date they asked for.
    core::Letter& letter = *session->draft().letter;
    const QDate own = replyBy.addDays(-4);
    letter.body.replace(u"%1年%2月%3日"_s.arg(replyBy.year()).arg(replyBy.month()).arg(replyBy.day()),
                        u"%1年%2月%3日"_s.arg(own.year()).arg(own.month()).arg(own.day()));
    session->draft().letterEdited = true;
    page.initializePage();
    reply = child<QCheckBox>(page, u"clockCheckBox_letter_reply_by"_s);
    ASSERT_TRUE(reply);
    EXPECT_TRUE(reply->text().contains(CaseText::date(own)))
        << reply->text().toStdString();
}

// A Cash App takeover found a week ago; the user called Cash App that same day (logged in the
// contacts step) and has the Reg E "tell the company in writing" first step open.
class SendPageRegETest : public SendPageTest
{
protected:
    void makeTakeover()
    {
        core::CaseDraft& d = session->draft();
        d.record.family = u"security"_s;
        d.record.subtype = u"account_stolen"_s;
        d.record.providerKey = u"cash_app"_s;
        d.record.providerName = u"Cash App"_s;
        d.record.language = u"en"_s;
        d.record.incidentAt = clock.nowMs() - 8 * 24 * 3600 * 1000LL;
        d.record.amountMinor = 124000;
        d.record.currency = u"USD"_s;
        d.profile = {u"Ava Smith"_s, u"5550100"_s, u"ava@example.com"_s, {}, 0};
        core::Contact call;
        call.direction = u"outgoing"_s;
        call.channel = u"hotline"_s;
        call.occurredAt = *d.record.incidentAt + 3600 * 1000LL;
        call.summary = u"Reported the account stolen"_s;
        d.contacts = {call};
        core::ChecklistItem step;
        step.itemKey = u"report_loss_us"_s;
        step.label = u"Tell the company within 2 business days (US)"_s;
        d.checklist = {step};
        ASSERT_TRUE(session->save());
    }
};

TEST_F(SendPageRegETest, NoticeGivenByTheCallReadsAsGivenNotPassed)
{
    makeTakeover();
    SendPage page(*session);
    reachSendPage(page);
    auto* notice = child<QCheckBox>(page, u"clockCheckBox_us_rege_loss_report"_s);
    ASSERT_TRUE(notice);
    EXPECT_FALSE(notice->text().contains(u"passed"_s)) << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(u"done on "_s + CaseText::date(
                    session->draft().contacts.first().occurredAt, zone())))
        << notice->text().toStdString();
    EXPECT_FALSE(notice->isEnabled());
    EXPECT_FALSE(page.tickedClocks().contains(u"us_rege_loss_report"_s));
    // The 60 days run from a statement the case has no date of: an estimate, saying from what.
    auto* report = child<QCheckBox>(page, u"clockCheckBox_us_rege_report_error"_s);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->text().contains(u"an estimate, counted from"_s)) << report->text().toStdString();
}

// Regulation E takes the notice by telephone too: the call logged in the wizard, an hour after
// the theft, ticks "Tell the company within 2 business days" at its time, not the letter's.
TEST_F(SendPageRegETest, TheCallBeforeTheLetterTicksTheTellTheCompanyStepAtItsTime)
{
    makeTakeover();
    SendPage page(*session);
    reachSendPage(page);
    QTest::mouseClick(child<QRadioButton>(page, u"sentRadioButton"_s), Qt::LeftButton);
    auto* channel = child<QComboBox>(page, u"sentChannelComboBox"_s);
    channel->setCurrentIndex(channel->findData(u"email"_s));
    ASSERT_TRUE(page.validatePage());
    const core::Letter letter = storedLetter();
    ASSERT_TRUE(letter.sentAt.has_value());
    auto steps = store->checklist(session->caseId());
    ASSERT_TRUE(steps.ok());
    ASSERT_EQ(steps->size(), 1);
    EXPECT_EQ(steps->first().doneAt, session->draft().contacts.first().occurredAt);
    EXPECT_LT(*steps->first().doneAt, *letter.sentAt);
}

TEST_F(SendPageRegETest, ReadyToSendReminderIsDoneWhenTheLetterIsMarkedSent)
{
    makeTakeover();
    SendPage page(*session);
    reachSendPage(page);
    ASSERT_TRUE(page.validatePage()); // kept ready to send
    QList<core::Reminder> reminders = followUps();
    ASSERT_EQ(reminders.size(), 1);
    const auto* table = core::ReminderPurpose::shippedClocks();
    ASSERT_TRUE(table);
    EXPECT_TRUE(core::ReminderPurpose::ruleOf(*table, reminders.first()).has_value())
        << reminders.first().text.toStdString();
    // Marked sent later, from the case: the "send it" reminder is done.
    core::Letter letter = storedLetter();
    letter.status = u"sent"_s;
    letter.sentAt = clock.nowMs();
    letter.channel = u"email"_s;
    ASSERT_TRUE(store->updateLetter(letter).ok());
    ASSERT_TRUE(core::ReminderPurpose::settleCase(*store, session->caseId()).ok());
    reminders = followUps();
    ASSERT_EQ(reminders.size(), 1);
    EXPECT_EQ(reminders.first().state, u"done"_s);
}

} // namespace
