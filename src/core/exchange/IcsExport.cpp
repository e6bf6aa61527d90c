// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "exchange/IcsExport.h"

#include "store/CaseStore.h"

#include <QHash>

#include <libical/ical.h>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct BufferFree
{
    void operator()(char* p) const { icalmemory_free_buffer(p); }
};

icaltimetype utcTime(qint64 ms)
{
    return icaltime_from_timet_with_zone(time_t(ms / 1000), 0, icaltimezone_get_utc_timezone());
}

Error failed(const QString& detail)
{
    return Error{ErrorCode::Internal,
                 IcsExport::tr("The calendar file could not be made. Please report this problem."),
                 u"libical: "_s + detail};
}

// Adds `property` to `component`, or reports that libical refused it (bad UTF-8, memory).
bool add(icalcomponent* component, icalproperty* property)
{
    if (!property)
        return false;
    icalcomponent_add_property(component, property);
    return true;
}

IcsEvent eventFor(const Reminder& r, const CaseRecord& record)
{
    IcsEvent e;
    e.uid = IcsExport::uidFor(record.uuid, r.id);
    e.startAt = r.effectiveDueAt();
    const QString title =
        record.title.trimmed().isEmpty() ? IcsExport::tr("Untitled case") : record.title.trimmed();
    e.summary = IcsExport::tr("%1: %2").arg(IcsExport::kindTitle(r.kind), title);
    QStringList parts;
    if (!r.text.trimmed().isEmpty())
        parts << r.text.trimmed();
    QString about = IcsExport::tr("Case: %1").arg(title);
    if (!record.providerName.trimmed().isEmpty())
        about += u" ("_s + record.providerName.trimmed() + u')';
    parts << about
          << IcsExport::tr("Open the case in WalletCase to follow up, snooze or mark "
                           "this reminder done.");
    e.description = parts.join(u"\n\n"_s);
    return e;
}

Result<QByteArray> writeFor(CaseStore& store, const QList<Reminder>& reminders,
                            const IcsExport::Options& options)
{
    QHash<qint64, CaseRecord> cases;
    QList<IcsEvent> events;
    for (const Reminder& r : reminders) {
        if (r.state != u"pending")
            continue;
        if (!cases.contains(r.caseId)) {
            auto record = store.caseById(r.caseId);
            if (!record)
                return std::move(record).error();
            cases.insert(r.caseId, *record);
        }
        events << eventFor(r, cases.value(r.caseId));
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const IcsEvent& a, const IcsEvent& b) { return a.startAt < b.startAt; });
    return IcsExport::write(events, options);
}

} // namespace

QString IcsExport::uidFor(const QString& caseUuid, qint64 reminderId)
{
    return caseUuid + u"-reminder-"_s + QString::number(reminderId) + u"@walletcase"_s;
}

QString IcsExport::kindTitle(const QString& kind)
{
    if (kind == u"follow_up")
        return tr("Follow up");
    if (kind == u"promise")
        return tr("Promised reply due");
    if (kind == u"reply_deadline")
        return tr("Reply deadline");
    if (kind == u"claim_deadline")
        return tr("Deadline to act");
    return tr("Reminder");
}

Result<QByteArray> IcsExport::write(const QList<IcsEvent>& events, const Options& options)
{
    Component calendar(icalcomponent_new_vcalendar());
    if (!calendar)
        return failed(u"cannot create VCALENDAR"_s);
    const QByteArray prodId =
        QStringLiteral("-//WalletCase//WalletCase %1//EN").arg(options.productVersion).toUtf8();
    bool ok = add(calendar.get(), icalproperty_new_version("2.0")) &&
              add(calendar.get(), icalproperty_new_prodid(prodId.constData())) &&
              add(calendar.get(), icalproperty_new_calscale("GREGORIAN")) &&
              add(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (!ok)
        return failed(u"cannot add calendar properties"_s);

    const icaltimetype stamp = utcTime(options.nowMs);
    const icaldurationtype duration = icaldurationtype_from_int(options.durationMinutes * 60);
    for (const IcsEvent& e : events) {
        icalcomponent* event = icalcomponent_new_vevent();
        if (!event)
            return failed(u"cannot create VEVENT"_s);
        icalcomponent_add_component(calendar.get(), event); // owned by the calendar from here
        const QByteArray uid = e.uid.toUtf8();
        const QByteArray summary = e.summary.toUtf8();
        const QByteArray description = e.description.toUtf8();
        ok = add(event, icalproperty_new_uid(uid.constData())) &&
             add(event, icalproperty_new_dtstamp(stamp)) &&
             add(event, icalproperty_new_dtstart(utcTime(e.startAt))) &&
             add(event, icalproperty_new_duration(duration)) &&
             add(event, icalproperty_new_summary(summary.constData())) &&
             add(event, icalproperty_new_description(description.constData())) &&
             add(event, icalproperty_new_categories("WalletCase")) &&
             add(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        if (!ok)
            return failed(u"cannot add event properties"_s);

        icalcomponent* alarm = icalcomponent_new_valarm();
        if (!alarm)
            return failed(u"cannot create VALARM"_s);
        icalcomponent_add_component(event, alarm);
        ok = add(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY)) &&
             add(alarm, icalproperty_new_trigger(icaltriggertype_from_int(0))) &&
             add(alarm, icalproperty_new_description(summary.constData()));
        if (!ok)
            return failed(u"cannot add alarm properties"_s);
    }

    std::unique_ptr<char, BufferFree> text(icalcomponent_as_ical_string_r(calendar.get()));
    if (!text)
        return failed(u"cannot serialise the calendar"_s);
    return QByteArray(text.get());
}

Result<QByteArray> IcsExport::forCase(CaseStore& store, qint64 caseId, const Options& options)
{
    auto reminders = store.reminders(caseId);
    if (!reminders)
        return std::move(reminders).error();
    if (reminders->isEmpty()) {
        // A case id that does not exist reads as "not found", not as an empty calendar.
        auto record = store.caseById(caseId);
        if (!record)
            return std::move(record).error();
    }
    return writeFor(store, *reminders, options);
}

Result<QByteArray> IcsExport::allPending(CaseStore& store, const Options& options)
{
    auto reminders = store.dueReminders(std::numeric_limits<qint64>::max());
    if (!reminders)
        return std::move(reminders).error();
    return writeFor(store, *reminders, options);
}

} // namespace wc::core
