// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// ReminderQueue's set-based reads: the pending reminders of a whole file described by one query,
// for the lists that show thousands of them (the start-up pop-up, the follow-ups view). The
// per-reminder describe() reads four tables per case; at 10,000 cases that was 40,000 prepared
// statements before the first paint (issue 13).
#include "followup/ReminderQueue.h"

#include "followup/ReminderPurpose.h"
#include "guidance/CaseTimeZone.h"
#include "guidance/ProviderDirectory.h"
#include "store/CaseStore.h"
#include "store/Rows.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

// One row per pending reminder with what its list entry shows of its case. When the complaint
// went out is CaseLifecycle::complaintSentAt in SQL: the first sent initial letter, else the
// first sent letter of any kind, else the first status event (or creation) that put the case
// into sent, awaiting_reply or escalated. coalesce() stops at the first that is there, so the
// event log is only read for cases without a sent letter.
const QString PendingSql = uR"(
SELECT r.id, r.case_id, r.kind, r.due_at, r.text, r.state, r.snoozed_until, r.done_at,
       r.contact_id, r.created_at,
       c.id, c.uuid, c.title, c.status, c.family, c.provider_key, c.provider_name, c.time_zone,
       c.language,
       coalesce(
           (SELECT min(l.sent_at) FROM letters l WHERE l.case_id = r.case_id
                AND l.status = 'sent' AND l.sent_at IS NOT NULL AND l.kind = 'initial'),
           (SELECT min(l.sent_at) FROM letters l WHERE l.case_id = r.case_id
                AND l.status = 'sent' AND l.sent_at IS NOT NULL),
           (SELECT e.at FROM events e WHERE e.case_id = r.case_id
                AND ((e.kind = 'case.status' AND json_valid(e.payload)
                      AND json_extract(e.payload, '$.to') IN ('sent', 'awaiting_reply', 'escalated'))
                  OR (e.kind = 'case.created' AND json_valid(e.payload)
                      AND json_extract(e.payload, '$.status') IN ('sent', 'awaiting_reply', 'escalated')))
                ORDER BY e.seq LIMIT 1))
FROM reminders r LEFT JOIN cases c ON c.id = r.case_id
WHERE r.state = 'pending' AND ifnull(r.snoozed_until, r.due_at) <= ?1
ORDER BY ifnull(r.snoozed_until, r.due_at), r.id
)"_s;

// Column indices after the reminder's ten (rows::Row<Reminder>::read reads 0–9).
enum CaseColumn
{
    CaseIdCol = 10,
    UuidCol,
    TitleCol,
    StatusCol,
    FamilyCol,
    ProviderKeyCol,
    ProviderNameCol,
    TimeZoneCol,
    LanguageCol,
    SentAtCol
};

} // namespace

Result<QList<FollowUpItem>> ReminderQueue::pendingUntil(qint64 untilMs, qint64 now) const
{
    auto stmt = m_store.database().prepare(PendingSql);
    if (!stmt)
        return std::move(stmt).error();
    stmt->bind(1, untilMs);

    // Many reminders share a provider and a zone: look each up once.
    QHash<QString, QString> providerNames; // key → name in the queue's language
    QHash<QString, QTimeZone> zones;       // time_zone|provider_key|language → zone
    QList<FollowUpItem> out;
    WC_TRY(stmt->forEach([&](const sqlite::Statement& row) {
        FollowUpItem item;
        item.reminder = rows::Row<Reminder>::read(row);
        item.dueAt = item.reminder.effectiveDueAt();
        item.overdue = item.dueAt < now;
        item.caseId = item.reminder.caseId;
        if (!row.isNull(CaseIdCol)) {
            item.caseUuid = row.text(UuidCol);
            item.caseTitle = row.text(TitleCol);
            item.caseStatus = row.text(StatusCol);
            item.family = row.text(FamilyCol);
            item.providerKey = row.text(ProviderKeyCol);
            const QString storedName = row.text(ProviderNameCol).trimmed();
            const QString nameKey = item.providerKey + u'\x1f' + storedName;
            auto name = providerNames.constFind(nameKey);
            if (name == providerNames.cend()) {
                QString resolved = storedName;
                if (m_options.directory) {
                    if (const auto p = m_options.directory->provider(item.providerKey)) {
                        if (const QString n = p->name.text(m_options.language); !n.isEmpty())
                            resolved = n;
                    }
                }
                name = providerNames.insert(nameKey, resolved);
            }
            item.providerName = *name;
            const QString timeZone = row.text(TimeZoneCol);
            const QString language = row.text(LanguageCol);
            const QString zoneKey = timeZone + u'|' + item.providerKey + u'|' + language;
            auto zone = zones.constFind(zoneKey);
            if (zone == zones.cend()) {
                // Only what CaseTimeZone::zoneFor reads.
                CaseRecord record;
                record.timeZone = timeZone;
                record.providerKey = item.providerKey;
                record.language = language;
                zone = zones.insert(zoneKey, CaseTimeZone::zoneFor(record));
            }
            if (item.caseId > 0)
                item.zone = *zone;
            item.complaintSentAt = row.optInt64(SentAtCol);
            if (item.complaintSentAt)
                item.sinceSentMs = std::max<qint64>(0, now - *item.complaintSentAt);
        }
        item.dueToday = isDeadlineDay(item.reminder, item.dueAt, now, item.zone);
        item.overdue = item.dueAt < now && !item.dueToday;
        out.append(std::move(item));
    }));
    stmt->reset(); // the read ends before any reminder is completed below

    // As due()/overdue() do: a reminder whose purpose the case already records (a Reg E notice
    // reminder after the complaint letter went out) is completed, never shown as due.
    QList<Reminder> reminders;
    reminders.reserve(out.size());
    for (const FollowUpItem& item : std::as_const(out))
        reminders.append(item.reminder);
    const qsizetype before = reminders.size();
    WC_TRY(ReminderPurpose::settle(m_store, reminders));
    if (reminders.size() != before) {
        QSet<qint64> kept;
        for (const Reminder& r : std::as_const(reminders))
            kept.insert(r.id);
        out.removeIf([&](const FollowUpItem& item) { return !kept.contains(item.reminder.id); });
    }
    return out;
}

Result<std::optional<SuggestedStep>> ReminderQueue::suggestionFor(const FollowUpItem& item,
                                                                  qint64 now) const
{
    // One reminder: the per-case reads of describe() are what a suggestion needs anyway.
    auto described = describe({item.reminder}, now, true);
    if (!described)
        return std::move(described).error();
    if (described->isEmpty())
        return std::optional<SuggestedStep>();
    return described->first().suggestion;
}

} // namespace wc::core
