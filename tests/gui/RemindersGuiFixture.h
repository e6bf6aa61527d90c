// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// What the reminder GUI tests share: a case file with a fake clock, English UI, small cases
// with a sent complaint, reminders, and reopening the file to prove changes were written.

#include "gui/dialogs/AppSettings.h"
#include "gui/widgets/MessageBox.h"
#include "guidance/ProviderDirectory.h"
#include "store/CaseStore.h"
#include "support/StoreTest.h"

#include <QDateTime>
#include <QLocale>

#include <gtest/gtest.h>

#include <limits>

namespace wc::test {

inline constexpr qint64 kHourMs = 3'600'000;
inline constexpr qint64 kDayMs = 24 * kHourMs;
inline constexpr int kWaitMs = 10'000;

class RemindersGuiTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        gui::AppSettings::setFileForTesting(dir.file(QStringLiteral("walletcase.conf")));
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto providers = core::ProviderDirectory::load();
        ASSERT_TRUE(providers.ok());
        directory = std::move(*providers);
        gui::MessageBox::takeAskedCount();
    }
    void TearDown() override
    {
        gui::AppSettings::setFileForTesting({});
        QLocale::setDefault(m_locale);
    }

    // A case whose complaint letter went out `sentDaysAgo` days ago by email.
    qint64 addSentCase(const QString& title, int sentDaysAgo = 5,
                       const QString& providerKey = QStringLiteral("alipay"),
                       const QString& language = QStringLiteral("zh_CN"))
    {
        core::CaseRecord r;
        r.title = title;
        r.family = QStringLiteral("transaction");
        r.subtype = QStringLiteral("duplicate_charge");
        r.status = QStringLiteral("sent");
        r.providerKey = providerKey;
        r.language = language;
        r.references = {QStringLiteral("2026011522001")};
        r.remedies = {QStringLiteral("refund")};
        r.currency = QStringLiteral("CNY");
        auto id = store->createCase(r);
        EXPECT_TRUE(id.ok());
        core::Letter l;
        l.caseId = *id;
        l.kind = QStringLiteral("initial");
        l.subject = QStringLiteral("投诉");
        l.body = QStringLiteral("…");
        l.status = QStringLiteral("sent");
        l.sentAt = clock.nowMs() - sentDaysAgo * kDayMs;
        l.channel = QStringLiteral("email");
        l.reference = QStringLiteral("KF-1");
        EXPECT_TRUE(store->addLetter(l).ok());
        return *id;
    }

    qint64 addReminder(qint64 caseId, qint64 dueAt, const QString& text = QStringLiteral("Chase"),
                       const QString& kind = QStringLiteral("follow_up"))
    {
        core::Reminder r;
        r.caseId = caseId;
        r.kind = kind;
        r.dueAt = dueAt;
        r.text = text;
        auto id = store->addReminder(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    // Closes the case file and opens it again, as after a restart.
    void reopen()
    {
        const QString path = store->path();
        store.reset();
        core::CaseStore::OpenOptions options;
        options.clock = &clock;
        auto opened = core::CaseStore::open(path, options);
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        store = std::move(*opened);
    }

    core::Reminder reminder(core::CaseStore& s, qint64 caseId, qint64 id)
    {
        auto all = s.reminders(caseId);
        EXPECT_TRUE(all.ok());
        for (const core::Reminder& r : *all) {
            if (r.id == id)
                return r;
        }
        ADD_FAILURE() << "no reminder " << id;
        return {};
    }

    static qint64 at(const QDate& date, int hour)
    {
        return QDateTime(date, QTime(hour, 0)).toMSecsSinceEpoch();
    }

    core::ProviderDirectory directory;
    QLocale m_locale;
};

} // namespace wc::test
