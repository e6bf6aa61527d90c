// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The first-run demo case: complete in both languages, written all or nothing, profile untouched.
#include "guidance/DemoCase.h"

#include "support/StoreTest.h"

#include <QCryptographicHash>
#include <QFile>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;

QByteArray resourceBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

struct Expected
{
    const char* language;
    const char* titlePrefix;
    const char* provider;
    const char* currency;
    qint64 amountMinor;
    const char* amountText; // as the letter writes it
};

class DemoCaseTest : public wc::test::StoreTest, public ::testing::WithParamInterface<Expected>
{
protected:
    qint64 now() const { return clock.nowMs(); }
};

TEST_P(DemoCaseTest, AddsACompleteCase)
{
    const Expected e = GetParam();
    const QString language = QString::fromLatin1(e.language);
    auto id = DemoCase::addTo(*store, language, now());
    ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
    EXPECT_EQ(*store->caseCount(), 1);

    auto record = store->caseById(*id);
    ASSERT_TRUE(record.ok());
    EXPECT_TRUE(record->title.startsWith(QString::fromUtf8(e.titlePrefix)))
        << record->title.toStdString();
    EXPECT_EQ(record->status, u"awaiting_reply"_s);
    EXPECT_EQ(record->family, u"transaction"_s);
    EXPECT_EQ(record->subtype, u"duplicate_charge"_s);
    EXPECT_EQ(record->providerKey, QString::fromLatin1(e.provider));
    EXPECT_FALSE(record->providerName.isEmpty());
    EXPECT_EQ(record->currency, QString::fromLatin1(e.currency));
    EXPECT_EQ(record->amountMinor, e.amountMinor);
    EXPECT_EQ(record->language, language);
    ASSERT_TRUE(record->incidentAt);
    EXPECT_LT(*record->incidentAt, now());
    EXPECT_GT(*record->incidentAt, now() - 5 * kDay);
    EXPECT_EQ(record->references.size(), 2);
    EXPECT_TRUE(record->accountRef.endsWith(u"@example.com"_s));
    EXPECT_FALSE(record->description.isEmpty());
    EXPECT_TRUE(record->remedies.contains(u"refund"_s));
    EXPECT_FALSE(record->remedyNote.isEmpty());

    auto checklist = store->checklist(*id);
    ASSERT_TRUE(checklist.ok());
    ASSERT_GE(checklist->size(), 3);
    for (const ChecklistItem& item : *checklist) {
        EXPECT_FALSE(item.label.isEmpty()) << item.itemKey.toStdString();
        ASSERT_TRUE(item.doneAt) << item.itemKey.toStdString();
        EXPECT_GE(*item.doneAt, *record->incidentAt);
        EXPECT_LT(*item.doneAt, now());
    }

    // Two charges of the same amount, minutes apart, with different references.
    auto charges = store->transactions(*id);
    ASSERT_TRUE(charges.ok());
    ASSERT_EQ(charges->size(), 2);
    const TransactionRecord& first = charges->at(0);
    const TransactionRecord& second = charges->at(1);
    EXPECT_EQ(first.amountMinor, e.amountMinor);
    EXPECT_EQ(second.amountMinor, e.amountMinor);
    EXPECT_EQ(first.currency, record->currency);
    EXPECT_NE(first.reference, second.reference);
    EXPECT_TRUE(record->references.contains(first.reference));
    EXPECT_TRUE(record->references.contains(second.reference));
    ASSERT_TRUE(first.occurredAt && second.occurredAt);
    const qint64 apart = qAbs(*second.occurredAt - *first.occurredAt);
    EXPECT_GT(apart, 0);
    EXPECT_LT(apart, 10 * kMinute);

    // The screenshot is the shipped resource, byte for byte, and its fingerprint says so.
    const QByteArray png = resourceBytes(DemoCase::screenshotPath(language));
    ASSERT_FALSE(png.isEmpty());
    auto evidence = store->evidence(*id);
    ASSERT_TRUE(evidence.ok());
    ASSERT_EQ(evidence->size(), 2);
    const Evidence* shot = nullptr;
    const Evidence* chat = nullptr;
    for (const Evidence& item : *evidence) {
        EXPECT_FALSE(item.title.isEmpty());
        if (item.kind == u"screenshot")
            shot = &item;
        else if (item.kind == u"chat_log")
            chat = &item;
    }
    ASSERT_TRUE(shot && chat);
    EXPECT_EQ(shot->sha256, QString::fromLatin1(
                                QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(shot->size, png.size());
    EXPECT_EQ(shot->mimeType, u"image/png"_s);
    EXPECT_EQ(*store->blobData(shot->sha256), png);
    const QString chatText = QString::fromUtf8(*store->blobData(chat->sha256));
    EXPECT_TRUE(chatText.contains(QString::fromLatin1(e.amountText).section(u' ', 0, 0)))
        << chatText.toStdString();

    auto contacts = store->contacts(*id);
    ASSERT_TRUE(contacts.ok());
    ASSERT_EQ(contacts->size(), 2);
    const Contact* hotline = nullptr;
    const Contact* inApp = nullptr;
    for (const Contact& c : *contacts) {
        if (c.channel == u"hotline")
            hotline = &c;
        else if (c.channel == u"in_app_chat")
            inApp = &c;
    }
    ASSERT_TRUE(hotline && inApp);
    EXPECT_FALSE(hotline->agentName.isEmpty());
    EXPECT_FALSE(hotline->agentId.isEmpty());
    EXPECT_FALSE(hotline->promise.isEmpty());
    EXPECT_TRUE(hotline->promisedBy);
    EXPECT_FALSE(inApp->summary.isEmpty());
    EXPECT_LT(hotline->occurredAt, now());
    EXPECT_LT(inApp->occurredAt, now());

    // The letter is the real template's draft, marked as sent by email.
    auto letters = store->letters(*id);
    ASSERT_TRUE(letters.ok());
    ASSERT_EQ(letters->size(), 1);
    const Letter& letter = letters->first();
    EXPECT_EQ(letter.kind, u"initial"_s);
    EXPECT_EQ(letter.language, language);
    EXPECT_EQ(letter.status, u"sent"_s);
    EXPECT_EQ(letter.channel, u"email"_s);
    EXPECT_FALSE(letter.reference.isEmpty());
    ASSERT_TRUE(letter.sentAt);
    EXPECT_LT(*letter.sentAt, now());
    const QString amount = QString::fromUtf8(e.amountText);
    EXPECT_TRUE(letter.body.contains(amount)) << letter.body.toStdString();
    for (const QString& reference : record->references) {
        EXPECT_TRUE(letter.subject.contains(reference)) << letter.subject.toStdString();
        EXPECT_TRUE(letter.body.contains(reference));
    }
    EXPECT_TRUE(letter.body.contains(hotline->agentId));
    EXPECT_TRUE(letter.body.contains(shot->title));
    EXPECT_FALSE(letter.body.contains(u"{{"_s));

    auto reminders = store->reminders(*id);
    ASSERT_TRUE(reminders.ok());
    ASSERT_EQ(reminders->size(), 1);
    const Reminder& followUp = reminders->first();
    EXPECT_EQ(followUp.kind, u"follow_up"_s);
    EXPECT_EQ(followUp.state, u"pending"_s);
    EXPECT_GT(followUp.dueAt, now());
    EXPECT_FALSE(followUp.text.isEmpty());
    EXPECT_EQ(store->caseById(*id)->nextFollowUpAt, followUp.dueAt);

    auto chain = store->verifyEvents(*id);
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact);
    EXPECT_GE(chain->eventCount, 10);
    auto problems = store->checkIntegrity();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(u'\n').toStdString();
}

TEST_P(DemoCaseTest, LeavesAnExistingProfileAlone)
{
    Profile mine;
    mine.name = u"Real Person"_s;
    mine.phone = u"+44 20 7946 0000"_s;
    mine.email = u"me@example.org"_s;
    ASSERT_TRUE(store->saveProfile(mine).ok());
    const Profile before = *store->profile();
    ASSERT_TRUE(DemoCase::addTo(*store, QString::fromLatin1(GetParam().language), now()).ok());
    const Profile after = *store->profile();
    EXPECT_EQ(after.name, before.name);
    EXPECT_EQ(after.phone, before.phone);
    EXPECT_EQ(after.email, before.email);
    EXPECT_EQ(after.updatedAt, before.updatedAt);
}

TEST_P(DemoCaseTest, ScreenshotIsASmallPng)
{
    const QByteArray png =
        resourceBytes(DemoCase::screenshotPath(QString::fromLatin1(GetParam().language)));
    ASSERT_FALSE(png.isEmpty());
    EXPECT_TRUE(png.startsWith("\x89PNG\r\n\x1a\n"));
    EXPECT_LT(png.size(), 100 * 1024);
}

// A failure after most of the case is written (the letter, or the very last step) leaves no
// trace: no case, no stored screenshot, no events.
TEST_P(DemoCaseTest, FailureMidwayLeavesNothing)
{
    for (const QString& table : {u"letters"_s, u"reminders"_s}) {
        SCOPED_TRACE(table.toStdString());
        ASSERT_TRUE(store->database()
                        .exec(u"CREATE TEMP TRIGGER fail_demo BEFORE INSERT ON %1 BEGIN"
                              " SELECT RAISE(ABORT, 'simulated failure'); END"_s.arg(table))
                        .ok());
        auto id = DemoCase::addTo(*store, QString::fromLatin1(GetParam().language), now());
        ASSERT_FALSE(id.ok());
        EXPECT_FALSE(id.error().message.isEmpty());
        EXPECT_EQ(*store->caseCount(), 0);
        EXPECT_EQ(*store->blobCount(), 0);
        ASSERT_TRUE(store->database().exec(u"DROP TRIGGER fail_demo"_s).ok());
    }
    // Once the cause is gone it works, so the failure above was the trigger's and nothing else.
    EXPECT_TRUE(DemoCase::addTo(*store, QString::fromLatin1(GetParam().language), now()).ok());
    EXPECT_EQ(*store->caseCount(), 1);
}

INSTANTIATE_TEST_SUITE_P(
    Languages, DemoCaseTest,
    ::testing::Values(Expected{"zh_CN", "示例：", "alipay", "CNY", 12800, "128.00"},
                      Expected{"en", "Example: ", "paypal", "USD", 4999, "49.99"}),
    [](const ::testing::TestParamInfo<Expected>& param) {
        return std::string(param.param.language) == "zh_CN" ? std::string("Chinese")
                                                            : std::string("English");
    });

TEST(DemoCaseLanguage, OtherLanguagesGetTheEnglishDemo)
{
    EXPECT_EQ(DemoCase::screenshotPath(u"de"_s), DemoCase::screenshotPath(u"en"_s));
    EXPECT_NE(DemoCase::screenshotPath(u"zh_CN"_s), DemoCase::screenshotPath(u"en"_s));
}

class DemoCaseFallback : public wc::test::StoreTest
{
};

TEST_F(DemoCaseFallback, AnyOtherLanguageWritesThePayPalCase)
{
    auto id = DemoCase::addTo(*store, u"fr"_s, clock.nowMs());
    ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
    EXPECT_EQ(store->caseById(*id)->providerKey, u"paypal"_s);
    EXPECT_EQ(store->caseById(*id)->language, u"en"_s);
}

} // namespace
