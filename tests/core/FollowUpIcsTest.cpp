// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The .ics export, read back with a real iCalendar parser (Debian's python3-icalendar): every
// pending reminder arrives once, at the right UTC time, with its text, Chinese included.
#include "FollowUpFixture.h"
#include "exchange/IcsExport.h"
#include "support/StoreTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace wc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Prints each VEVENT of the file as JSON, as a calendar app would understand it.
const char* const kReader = R"PY(
import json, sys
from datetime import timedelta, timezone
from icalendar import Calendar
with open(sys.argv[1], 'rb') as f:
    cal = Calendar.from_ical(f.read())
events = []
for ev in cal.walk('VEVENT'):
    start = ev.get('dtstart').dt
    alarms = ev.walk('VALARM')
    events.append({
        'uid': str(ev.get('uid')),
        'start': start.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
        'utc': start.utcoffset() == timedelta(0),
        'duration': int(ev.get('duration').dt.total_seconds()),
        'summary': str(ev.get('summary')),
        'description': str(ev.get('description')),
        'alarms': len(alarms),
        'action': str(alarms[0].get('action')) if alarms else '',
        'trigger': int(alarms[0].get('trigger').dt.total_seconds()) if alarms else -1,
    })
print(json.dumps({'version': str(cal.get('version')), 'prodid': str(cal.get('prodid')),
                  'events': events}, ensure_ascii=False))
)PY";

// Debian's python3 has python3-icalendar; a python3 earlier on PATH (pyenv, venv) may not.
QString pythonWithIcalendar()
{
    for (const QString& candidate : {u"/usr/bin/python3"_s, u"python3"_s}) {
        QProcess p;
        p.start(candidate, {u"-c"_s, u"import icalendar"_s});
        if (p.waitForFinished(60'000) && p.exitStatus() == QProcess::NormalExit &&
            p.exitCode() == 0)
            return candidate;
    }
    return {};
}

QJsonObject parse(const QString& file)
{
    const QString python = pythonWithIcalendar();
    EXPECT_FALSE(python.isEmpty())
        << "no python3 with the icalendar module: install python3-icalendar (scripts/deps)";
    if (python.isEmpty())
        return {};
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
    p.setProcessEnvironment(env);
    p.start(python, {u"-c"_s, QString::fromUtf8(kReader), file});
    EXPECT_TRUE(p.waitForFinished(120'000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QJsonObject out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    EXPECT_FALSE(out.isEmpty());
    return out;
}

QString writeFile(const TempDir& dir, const QString& name, const QByteArray& data)
{
    const QString path = dir.file(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
    return path;
}

QJsonObject eventWithUid(const QJsonObject& calendar, const QString& uid)
{
    for (const QJsonValue v : calendar.value(u"events"_s).toArray()) {
        if (v.toObject().value(u"uid"_s).toString() == uid)
            return v.toObject();
    }
    ADD_FAILURE() << "no event " << uid.toStdString();
    return {};
}

class FollowUpIcsTest : public StoreTest
{
protected:
    IcsExport::Options options() const
    {
        IcsExport::Options o;
        o.nowMs = utc(2026, 3, 1, 12);
        o.productVersion = u"9.9"_s;
        return o;
    }
};

TEST_F(FollowUpIcsTest, EveryPendingReminderArrivesWithTimeAndText)
{
    const qint64 chinese = addCase(*store, {.title = u"支付宝重复扣款 ¥128.00"_s});
    const qint64 english = addCase(*store, {.title = u"PayPal; refund, \"missing\""_s,
                                            .providerKey = u"paypal"_s,
                                            .language = u"en"_s});
    // Long enough to be folded over several lines, with characters iCalendar must escape.
    const QString longText =
        u"跟进支付宝:他们承诺 3 个工作日内退款,但至今没有到账。"_s.repeated(4) +
        u" Commas, semicolons; and a\nline break."_s;
    const qint64 a = addReminder(*store, chinese, utc(2026, 3, 9, 1), longText);
    const qint64 b =
        addReminder(*store, english, utc(2026, 3, 30, 8), u"Chase PayPal"_s, u"reply_deadline"_s);
    const qint64 snoozed = addReminder(*store, english, utc(2026, 3, 10, 9), u"Snoozed"_s);
    const qint64 done = addReminder(*store, chinese, utc(2026, 3, 8, 9), u"Done already"_s);
    auto list = store->reminders(english);
    ASSERT_TRUE(list.ok());
    for (Reminder r : std::as_const(*list)) {
        if (r.id == snoozed) {
            r.snoozedUntil = utc(2026, 3, 12, 14, 30);
            ASSERT_TRUE(store->updateReminder(r).ok());
        }
    }
    auto chineseList = store->reminders(chinese);
    ASSERT_TRUE(chineseList.ok());
    for (Reminder r : std::as_const(*chineseList)) {
        if (r.id == done) {
            r.state = u"done"_s;
            ASSERT_TRUE(store->updateReminder(r).ok());
        }
    }

    auto ics = IcsExport::allPending(*store, options());
    ASSERT_TRUE(ics.ok()) << ics.error().detail.toStdString();
    // RFC 5545: CRLF line ends, lines of at most 75 octets.
    for (const QByteArray& line : ics->split('\n')) {
        if (line.isEmpty())
            continue;
        EXPECT_TRUE(line.endsWith('\r')) << line.toStdString();
        EXPECT_LE(line.size() - 1, 75) << line.toStdString();
    }
    const QJsonObject cal = parse(writeFile(dir, u"all.ics"_s, *ics));
    EXPECT_EQ(cal.value(u"version"_s).toString(), u"2.0"_s);
    EXPECT_TRUE(cal.value(u"prodid"_s).toString().contains(u"WalletCase 9.9"_s));
    const QJsonArray events = cal.value(u"events"_s).toArray();
    ASSERT_EQ(events.size(), 3);

    const QString uuidZh = store->caseById(chinese)->uuid;
    const QString uuidEn = store->caseById(english)->uuid;
    const QJsonObject ea = eventWithUid(cal, IcsExport::uidFor(uuidZh, a));
    EXPECT_EQ(ea.value(u"start"_s).toString(), u"2026-03-09T01:00:00Z"_s);
    EXPECT_TRUE(ea.value(u"utc"_s).toBool());
    EXPECT_EQ(ea.value(u"duration"_s).toInt(), 15 * 60);
    EXPECT_TRUE(ea.value(u"summary"_s).toString().contains(u"支付宝重复扣款 ¥128.00"_s));
    EXPECT_EQ(ea.value(u"summary"_s).toString(), u"Follow up: 支付宝重复扣款 ¥128.00"_s);
    EXPECT_TRUE(ea.value(u"description"_s).toString().startsWith(longText))
        << ea.value(u"description"_s).toString().toStdString();
    EXPECT_EQ(ea.value(u"alarms"_s).toInt(), 1);
    EXPECT_EQ(ea.value(u"action"_s).toString(), u"DISPLAY"_s);
    EXPECT_EQ(ea.value(u"trigger"_s).toInt(), 0);

    const QJsonObject eb = eventWithUid(cal, IcsExport::uidFor(uuidEn, b));
    EXPECT_EQ(eb.value(u"start"_s).toString(), u"2026-03-30T08:00:00Z"_s);
    EXPECT_EQ(eb.value(u"summary"_s).toString(), u"Reply deadline: PayPal; refund, \"missing\""_s);
    EXPECT_TRUE(eb.value(u"description"_s).toString().contains(u"Chase PayPal"_s));
    // A snoozed reminder is in the calendar when it will next come up.
    const QJsonObject es = eventWithUid(cal, IcsExport::uidFor(uuidEn, snoozed));
    EXPECT_EQ(es.value(u"start"_s).toString(), u"2026-03-12T14:30:00Z"_s);
    // Soonest first.
    EXPECT_EQ(events.at(0).toObject().value(u"uid"_s).toString(), IcsExport::uidFor(uuidZh, a));

    // The same reminders give the same UIDs next time: calendars update instead of doubling.
    auto again = IcsExport::allPending(*store, options());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *ics);
}

TEST_F(FollowUpIcsTest, OneCaseOnly)
{
    const qint64 one = addCase(*store, {.title = u"微信支付账户被冻结"_s});
    const qint64 other = addCase(*store, {.title = u"Other"_s});
    const qint64 mine = addReminder(*store, one, utc(2026, 4, 1, 1), u"问客服冻结原因"_s);
    addReminder(*store, other, utc(2026, 4, 2, 1));
    auto ics = IcsExport::forCase(*store, one, options());
    ASSERT_TRUE(ics.ok());
    const QJsonObject cal = parse(writeFile(dir, u"one.ics"_s, *ics));
    const QJsonArray events = cal.value(u"events"_s).toArray();
    ASSERT_EQ(events.size(), 1);
    const QJsonObject e = events.first().toObject();
    EXPECT_EQ(e.value(u"uid"_s).toString(), IcsExport::uidFor(store->caseById(one)->uuid, mine));
    EXPECT_EQ(e.value(u"start"_s).toString(), u"2026-04-01T01:00:00Z"_s);
    EXPECT_TRUE(e.value(u"description"_s).toString().contains(u"问客服冻结原因"_s));
    EXPECT_TRUE(e.value(u"description"_s).toString().contains(u"微信支付账户被冻结"_s));

    // A case without reminders gives an empty but valid calendar; an unknown case an error.
    const qint64 empty = addCase(*store, {.title = u"Nothing due"_s});
    auto none = IcsExport::forCase(*store, empty, options());
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(parse(writeFile(dir, u"none.ics"_s, *none)).value(u"events"_s).toArray().isEmpty());
    auto missing = IcsExport::forCase(*store, 4242, options());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

} // namespace
