// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// Helpers shared by the follow-up tests: moments in UTC and in named zones, and small cases.

#include "followup/FollowUpTime.h"
#include "store/CaseStore.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <ostream>

// Readable failure messages: gtest finds these by argument-dependent lookup.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace wc::test {

inline qint64 utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch();
}

inline QTimeZone zone(const char* iana)
{
    const QTimeZone z(iana);
    EXPECT_TRUE(z.isValid()) << iana << " is not a known time zone (tzdata missing?)";
    return z;
}

inline qint64 local(const QTimeZone& z, int y, int mo, int d, int h = 9, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), z).toMSecsSinceEpoch();
}

inline QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

struct CaseSpec
{
    QString title = QStringLiteral("Charged twice");
    QString family = QStringLiteral("transaction");
    QString subtype = QStringLiteral("duplicate_charge");
    QString status = QStringLiteral("sent");
    QString providerKey = QStringLiteral("alipay");
    QString language = QStringLiteral("zh_CN");
    std::optional<qint64> sentAt; // a sent initial letter at this moment
    QString channel = QStringLiteral("email");
};

inline qint64 addCase(core::CaseStore& store, const CaseSpec& spec)
{
    core::CaseRecord r;
    r.title = spec.title;
    r.family = spec.family;
    r.subtype = spec.subtype;
    r.status = spec.status;
    r.providerKey = spec.providerKey;
    r.language = spec.language;
    auto id = store.createCase(r);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().detail.toStdString());
    if (!id.ok())
        return 0;
    if (spec.sentAt) {
        core::Letter l;
        l.caseId = *id;
        l.kind = QStringLiteral("initial");
        l.subject = QStringLiteral("Complaint");
        l.body = QStringLiteral("…");
        l.status = QStringLiteral("sent");
        l.sentAt = spec.sentAt;
        l.channel = spec.channel;
        EXPECT_TRUE(store.addLetter(l).ok());
    }
    return *id;
}

inline qint64 addReminder(core::CaseStore& store, qint64 caseId, qint64 dueAt,
                          const QString& text = QStringLiteral("Follow up"),
                          const QString& kind = QStringLiteral("follow_up"))
{
    core::Reminder r;
    r.caseId = caseId;
    r.kind = kind;
    r.dueAt = dueAt;
    r.text = text;
    auto id = store.addReminder(r);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().detail.toStdString());
    return id.ok() ? *id : 0;
}

} // namespace wc::test
