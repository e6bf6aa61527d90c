// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Cases, profile, provider overrides, the event log, and whole-case snapshots.
#include "store/CaseStore.h"

#include "guidance/CaseTimeZone.h"
#include "guidance/ProviderDirectory.h"
#include "model/EventChain.h"
#include "store/CaseList.h"
#include "store/Rows.h"
#include "store/SearchIndex.h"
#include "store/TextLimits.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

// Defined in CaseStoreOpen.cpp.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace wc::core {

namespace {

Error notFound(const QString& what)
{
    return {ErrorCode::NotFound,
            CaseStore::tr("The record no longer exists; it may have been deleted."),
            what + u" not found"_s};
}

Error invalid(const QString& message, const QString& detail)
{
    return {ErrorCode::InvalidArgument, message, detail};
}

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<void> validateCase(const CaseRecord& r)
{
    if (!isKnownFamily(r.family))
        return invalid(CaseStore::tr("Choose what kind of problem this is (transaction, security "
                                     "or service)."),
                       u"family '%1'"_s.arg(r.family));
    if (!isKnownStatus(r.status))
        return invalid(CaseStore::tr("The case status is not one WalletCase knows."),
                       u"status '%1'"_s.arg(r.status));
    if (r.satisfaction && (*r.satisfaction < 1 || *r.satisfaction > 5))
        return invalid(CaseStore::tr("Satisfaction is rated from 1 to 5."), u"satisfaction"_s);
    return TextLimits::check(r);
}

bool isKnownZone(const QString& id)
{
    return !id.isEmpty() && QTimeZone(id.toLatin1()).isValid();
}

// The fields of a case that differ, by column name, for the "case.updated" event.
QStringList changedFields(const CaseRecord& a, const CaseRecord& b)
{
    QStringList out;
    auto check = [&](const char* name, bool same) {
        if (!same)
            out << QString::fromLatin1(name);
    };
    check("title", a.title == b.title);
    check("family", a.family == b.family);
    check("subtype", a.subtype == b.subtype);
    check("provider", a.providerKey == b.providerKey && a.providerName == b.providerName);
    check("incident_at",
          a.incidentAt == b.incidentAt && a.incidentTimeKnown == b.incidentTimeKnown);
    check("amount", a.amountMinor == b.amountMinor && a.currency == b.currency);
    check("references", a.references == b.references);
    check("account_ref", a.accountRef == b.accountRef);
    check("description", a.description == b.description);
    check("remedies", a.remedies == b.remedies && a.remedyNote == b.remedyNote);
    check("language", a.language == b.language);
    check("time_zone", a.timeZone == b.timeZone);
    check("wizard_step", a.wizardStep == b.wizardStep);
    check("outcome", a.outcome == b.outcome && a.recoveredMinor == b.recoveredMinor
                         && a.satisfaction == b.satisfaction && a.closedAt == b.closedAt
                         && a.outcomeNote == b.outcomeNote);
    return out;
}

} // namespace

// ----------------------------------------------------------------------------------- helpers

Result<void> CaseStore::appendEvent(qint64 caseId, const QString& kind, const QString& payload)
{
    auto last = m_db.prepare(u"SELECT seq, hash FROM events WHERE case_id = ?1 "
                             u"ORDER BY seq DESC LIMIT 1"_s);
    if (!last)
        return std::move(last).error();
    last->bind(1, caseId);
    auto row = last->step();
    if (!row)
        return std::move(row).error();
    CaseEvent e;
    e.caseId = caseId;
    e.seq = *row ? last->int64(0) + 1 : 1;
    e.prevHash = *row ? last->text(1) : eventchain::genesisHash();
    e.at = m_clock->nowMs();
    e.kind = kind;
    e.payload = payload.isEmpty() ? u"{}"_s : payload;
    e.hash = eventchain::hashOf(e.prevHash, e.seq, e.at, e.kind, e.payload);
    auto id = rows::insertRow(m_db, e);
    if (!id)
        return std::move(id).error();
    return {};
}

Result<void> CaseStore::refreshCase(qint64 caseId)
{
    auto stmt = m_db.prepare(
        u"UPDATE cases SET updated_at = ?2,"
        u" urgency = CASE WHEN status IN ('resolved', 'closed_unresolved') THEN 2"
        u"                WHEN family = 'security' THEN 0 ELSE 1 END,"
        u" next_followup_at = (SELECT min(ifnull(snoozed_until, due_at)) FROM reminders"
        u"                     WHERE case_id = ?1 AND state = 'pending')"
        u" WHERE id = ?1"_s);
    if (!stmt)
        return std::move(stmt).error();
    stmt->bind(1, caseId).bind(2, m_clock->nowMs());
    WC_TRY(stmt->exec());
    return search::reindexCase(m_db, caseId);
}

Result<void> CaseStore::ensureCaseExists(qint64 caseId)
{
    auto n = m_db.prepare(u"SELECT 1 FROM cases WHERE id = ?1"_s);
    if (!n)
        return std::move(n).error();
    n->bind(1, caseId);
    auto row = n->step();
    if (!row)
        return std::move(row).error();
    if (!*row)
        return notFound(u"case"_s);
    return {};
}

Result<qint64> CaseStore::caseIdOf(const char* table, qint64 rowId)
{
    auto stmt = m_db.prepare(u"SELECT case_id FROM "_s + QString::fromLatin1(table)
                             + u" WHERE id = ?1"_s);
    if (!stmt)
        return std::move(stmt).error();
    stmt->bind(1, rowId);
    auto row = stmt->step();
    if (!row)
        return std::move(row).error();
    if (!*row)
        return notFound(QString::fromLatin1(table));
    return stmt->int64(0);
}

// ----------------------------------------------------------------------------------- profile

Result<Profile> CaseStore::profile()
{
    auto stmt = m_db.prepare(u"SELECT name, phone, email, address, updated_at FROM profile "
                             u"WHERE id = 1"_s);
    if (!stmt)
        return std::move(stmt).error();
    auto row = stmt->step();
    if (!row)
        return std::move(row).error();
    if (!*row)
        return Profile{};
    return Profile{stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->int64(4)};
}

Result<void> CaseStore::saveProfile(const Profile& p)
{
    auto stmt = m_db.prepare(u"INSERT INTO profile (id, name, phone, email, address, updated_at)"
                             u" VALUES (1, ?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET"
                             u" name = ?1, phone = ?2, email = ?3, address = ?4, updated_at = ?5"_s);
    if (!stmt)
        return std::move(stmt).error();
    stmt->bind(1, rows::nn(p.name)).bind(2, rows::nn(p.phone)).bind(3, rows::nn(p.email));
    stmt->bind(4, rows::nn(p.address)).bind(5, m_clock->nowMs());
    return stmt->exec();
}

Result<QList<ProviderOverride>> CaseStore::providerOverrides()
{
    auto stmt = m_db.prepare(u"SELECT key, data, updated_at FROM providers ORDER BY key"_s);
    if (!stmt)
        return std::move(stmt).error();
    QList<ProviderOverride> out;
    WC_TRY(stmt->forEach([&](const sqlite::Statement& row) {
        out << ProviderOverride{row.text(0), row.text(1), row.int64(2)};
    }));
    return out;
}

Result<void> CaseStore::saveProviderOverride(const ProviderOverride& entry)
{
    if (entry.key.trimmed().isEmpty())
        return invalid(tr("A provider needs a name."), u"empty provider key"_s);
    if (!QJsonDocument::fromJson(entry.data.toUtf8()).isObject())
        return invalid(tr("The provider entry could not be saved because it is not well formed."),
                       u"provider data not a JSON object"_s);
    auto stmt = m_db.prepare(u"INSERT INTO providers (key, data, updated_at) VALUES (?1, ?2, ?3)"
                             u" ON CONFLICT (key) DO UPDATE SET data = ?2, updated_at = ?3"_s);
    if (!stmt)
        return std::move(stmt).error();
    stmt->bind(1, entry.key).bind(2, entry.data).bind(3, m_clock->nowMs());
    return stmt->exec();
}

Result<void> CaseStore::removeProviderOverride(const QString& key)
{
    auto stmt = m_db.prepare(u"DELETE FROM providers WHERE key = ?1"_s);
    if (!stmt)
        return std::move(stmt).error();
    stmt->bind(1, key);
    WC_TRY(stmt->exec());
    if (m_db.changes() == 0)
        return notFound(u"provider"_s);
    return {};
}

// ----------------------------------------------------------------------------------- cases

Result<QString> CaseStore::defaultTimeZone(const CaseRecord& record)
{
    // The user's own provider entries count: a corrected region moves the zone with it.
    auto overrides = providerOverrides();
    if (!overrides)
        return std::move(overrides).error();
    const ProviderDirectory* shipped = CaseTimeZone::shippedDirectory();
    if (!shipped || overrides->isEmpty())
        return QString::fromLatin1(CaseTimeZone::defaultZoneId(record, shipped));
    const ProviderDirectory directory = shipped->withOverrides(*overrides);
    return QString::fromLatin1(CaseTimeZone::defaultZoneId(record, &directory));
}

Result<QString> CaseStore::providerNameFor(const QString& key, const QString& language)
{
    if (key.isEmpty())
        return QString();
    auto overrides = providerOverrides();
    if (!overrides)
        return std::move(overrides).error();
    const ProviderDirectory* shipped = CaseTimeZone::shippedDirectory();
    if (!shipped)
        return QString();
    const ProviderDirectory directory = shipped->withOverrides(*overrides);
    const auto provider = directory.provider(key);
    return provider ? provider->name.text(language) : QString();
}

Result<int> CaseStore::fillProviderNames()
{
    // Cases made in the wizard stored only the provider's key; exports, the CLI and other tools
    // read provider_name, so it is filled from the directory in the case's own language.
    auto find = m_db.prepare(u"SELECT id, provider_key, language FROM cases"
                             u" WHERE provider_name = '' AND provider_key <> ''"_s);
    if (!find)
        return std::move(find).error();
    struct Missing
    {
        qint64 id;
        QString key;
        QString language;
    };
    QList<Missing> missing;
    WC_TRY(find->forEach([&](const sqlite::Statement& row) {
        missing.append({row.int64(0), row.text(1), row.text(2)});
    }));
    if (missing.isEmpty())
        return 0;
    auto overrides = providerOverrides();
    if (!overrides)
        return std::move(overrides).error();
    const ProviderDirectory* shipped = CaseTimeZone::shippedDirectory();
    if (!shipped)
        return 0;
    const ProviderDirectory directory = shipped->withOverrides(*overrides);
    sqlite::Transaction tx(m_db);
    WC_TRY(tx.begun());
    int filled = 0;
    for (const Missing& m : std::as_const(missing)) {
        const auto provider = directory.provider(m.key);
        const QString name = provider ? provider->name.text(m.language) : QString();
        if (name.isEmpty())
            continue; // a key the directory does not know (a provider removed since)
        auto update = m_db.prepare(u"UPDATE cases SET provider_name = ?1 WHERE id = ?2"_s);
        if (!update)
            return std::move(update).error();
        update->bind(1, name).bind(2, m.id);
        WC_TRY(update->exec());
        WC_TRY(search::reindexCase(m_db, m.id));
        ++filled;
    }
    WC_TRY(tx.commit());
    return filled;
}

Result<qint64> CaseStore::createCase(const CaseRecord& input)
{
    WC_TRY(validateCase(input));
    CaseRecord r = input;
    if (r.uuid.isEmpty())
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.createdAt = r.updatedAt = m_clock->nowMs();
    sqlite::Transaction tx(m_db);
    WC_TRY(tx.begun());
    // Every case has its zone from the start, so a time typed before anyone chose one means
    // the same instant afterwards.
    if (!isKnownZone(r.timeZone)) {
        auto zone = defaultTimeZone(r);
        if (!zone)
            return std::move(zone).error();
        r.timeZone = *zone;
    }
    // A case that names its provider by key also carries its name, for readers of the file.
    if (r.providerName.trimmed().isEmpty()) {
        auto name = providerNameFor(r.providerKey, r.language);
        if (!name)
            return std::move(name).error();
        r.providerName = *name;
    }
    auto id = rows::insertRow(m_db, r);
    if (!id)
        return std::move(id).error();
    WC_TRY(appendEvent(*id, u"case.created"_s,
                       json({{u"family"_s, r.family}, {u"subtype"_s, r.subtype},
                             {u"status"_s, r.status}})));
    WC_TRY(refreshCase(*id));
    WC_TRY(tx.commit());
    return *id;
}

Result<CaseRecord> CaseStore::caseById(qint64 id)
{
    return rows::selectById<CaseRecord>(m_db, id, notFound(u"case"_s));
}

Result<void> CaseStore::updateCase(const CaseRecord& input)
{
    WC_TRY(validateCase(input));
    if (!input.timeZone.isEmpty() && !isKnownZone(input.timeZone))
        return invalid(tr("The time zone is not one this computer knows."),
                       u"time zone '%1'"_s.arg(input.timeZone));
    sqlite::Transaction tx(m_db);
    WC_TRY(tx.begun());
    auto old = caseById(input.id);
    if (!old)
        return std::move(old).error();
    CaseRecord r = input;
    r.uuid = old->uuid; // identity never changes
    if (r.providerName.trimmed().isEmpty() && !r.providerKey.isEmpty()) {
        auto name = providerNameFor(r.providerKey, r.language);
        if (!name)
            return std::move(name).error();
        r.providerName = *name;
    }
    r.createdAt = old->createdAt;
    r.updatedAt = m_clock->nowMs();
    if (isClosedStatus(r.status) && !isClosedStatus(old->status) && !r.closedAt)
        r.closedAt = m_clock->nowMs();
    if (!isClosedStatus(r.status))
        r.closedAt.reset();
    WC_TRY(rows::updateRow(m_db, r.id, r));
    if (old->status != r.status) {
        WC_TRY(appendEvent(r.id, u"case.status"_s,
                           json({{u"from"_s, old->status}, {u"to"_s, r.status}})));
    }
    const QStringList fields = changedFields(*old, r);
    if (!fields.isEmpty()) {
        WC_TRY(appendEvent(r.id, u"case.updated"_s,
                           json({{u"fields"_s, QJsonArray::fromStringList(fields)}})));
    }
    WC_TRY(refreshCase(r.id));
    return tx.commit();
}

Result<void> CaseStore::deleteCase(qint64 id)
{
    sqlite::Transaction tx(m_db);
    WC_TRY(tx.begun());
    // Evidence blobs are shared by content; collect them first so unused ones can go afterwards.
    QStringList blobs;
    {
        auto stmt = m_db.prepare(u"SELECT DISTINCT blob_sha256 FROM evidence WHERE case_id = ?1"_s);
        if (!stmt)
            return std::move(stmt).error();
        stmt->bind(1, id);
        WC_TRY(stmt->forEach([&](const sqlite::Statement& row) { blobs << row.text(0); }));
    }
    auto stmt = m_db.prepare(u"DELETE FROM cases WHERE id = ?1"_s);
    if (!stmt)
        return std::move(stmt).error();
    stmt->bind(1, id);
    WC_TRY(stmt->exec());
    if (m_db.changes() == 0)
        return notFound(u"case"_s);
    for (const QString& sha : blobs)
        WC_TRY(deleteBlobIfUnused(sha));
    WC_TRY(search::reindexCase(m_db, id));
    WC_TRY(tx.commit());
    // A deleted case must be gone from the file, not only from the lists. secure_delete zeroes
    // the rows' pages, but FTS5 only marks a deleted document in its index segments, so the
    // case's words (names, card numbers, amounts) stayed readable in the file. Merging the
    // segments rewrites the index without them (their old pages are zeroed as they are freed),
    // and the checkpoint takes the old pages out of the write-ahead log too. Deleting a case is
    // rare and deliberate, so the cost of rewriting the index is paid then.
    // The case is deleted (committed) by now: a failure here must not report the delete as
    // failed; it is logged, and the next deletion merges the index again.
    for (const char* table : {"case_fts", "case_fts_short"}) {
        const QString name = QString::fromLatin1(table);
        if (auto merged = m_db.exec(u"INSERT INTO %1(%1) VALUES('optimize')"_s.arg(name)); !merged)
            qCWarning(lcStore) << "index merge after a deletion failed:" << merged.error().detail;
    }
    if (auto checkpoint = m_db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s); !checkpoint)
        qCWarning(lcStore) << "checkpoint after a deletion failed:" << checkpoint.error().detail;
    return {};
}

Result<QList<qint64>> CaseStore::caseIds()
{
    auto stmt = m_db.prepare(u"SELECT id FROM cases ORDER BY id"_s);
    if (!stmt)
        return std::move(stmt).error();
    QList<qint64> ids;
    WC_TRY(stmt->forEach([&](const sqlite::Statement& row) { ids << row.int64(0); }));
    return ids;
}

Result<qint64> CaseStore::caseCount() { return m_db.queryInt(u"SELECT count(*) FROM cases"_s); }

Result<CasePage> CaseStore::listCases(const CaseListQuery& query)
{
    return caselist::queryPage(m_db, query);
}

Result<QList<ProviderInUse>> CaseStore::providersInUse()
{
    return caselist::providersInUse(m_db);
}

Result<QList<SearchHit>> CaseStore::search(const QString& query, int limit)
{
    return search::searchCases(m_db, query, limit);
}

Result<QHash<qint64, SearchMatch>> CaseStore::searchMatches(const QString& query,
                                                            const QList<qint64>& caseIds)
{
    return search::matchesFor(m_db, query, caseIds);
}

// ----------------------------------------------------------------------------------- events

Result<QList<CaseEvent>> CaseStore::events(qint64 caseId)
{
    return rows::selectRows<CaseEvent>(m_db, u"case_id = ?1"_s, caseId);
}

Result<EventChainCheck> CaseStore::verifyEvents(qint64 caseId)
{
    auto list = events(caseId);
    if (!list)
        return std::move(list).error();
    const auto check = eventchain::verify(*list);
    return EventChainCheck{check.intact, qint64(list->size()), check.firstBrokenSeq};
}

// ----------------------------------------------------------------------------------- snapshots

Result<CaseSnapshot> CaseStore::snapshot(qint64 caseId)
{
    CaseSnapshot s;
    auto record = caseById(caseId);
    if (!record)
        return std::move(record).error();
    s.record = *record;
#define WC_LOAD(field, call)                                                                       \
    if (auto list = call; !list)                                                                   \
        return std::move(list).error();                                                            \
    else                                                                                           \
        s.field = std::move(*list);
    WC_LOAD(checklist, checklist(caseId))
    WC_LOAD(transactions, transactions(caseId))
    WC_LOAD(evidence, evidence(caseId))
    WC_LOAD(contacts, contacts(caseId))
    WC_LOAD(letters, letters(caseId))
    WC_LOAD(reminders, reminders(caseId))
    WC_LOAD(events, events(caseId))
#undef WC_LOAD
    return s;
}

Result<qint64> CaseStore::importSnapshot(const CaseSnapshot& s,
                                         const std::function<QByteArray(const QString&)>& blobs)
{
    WC_TRY(validateCase(s.record));
    WC_TRY(TextLimits::check(s));
    sqlite::Transaction tx(m_db);
    WC_TRY(tx.begun());

    CaseRecord r = s.record;
    auto taken = m_db.prepare(u"SELECT 1 FROM cases WHERE uuid = ?1"_s);
    if (!taken)
        return std::move(taken).error();
    taken->bind(1, r.uuid);
    auto row = taken->step();
    if (!row)
        return std::move(row).error();
    if (r.uuid.isEmpty() || *row)
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // A bundle from before cases had a zone: the zone its provider gives.
    if (!isKnownZone(r.timeZone)) {
        auto zone = defaultTimeZone(r);
        if (!zone)
            return std::move(zone).error();
        r.timeZone = *zone;
    }
    auto caseId = rows::insertRow(m_db, r);
    if (!caseId)
        return std::move(caseId).error();

    for (ChecklistItem item : s.checklist) {
        item.caseId = *caseId;
        WC_TRY(rows::insertRow(m_db, item));
    }
    for (TransactionRecord t : s.transactions) {
        t.caseId = *caseId;
        WC_TRY(rows::insertRow(m_db, t));
    }
    // Evidence may point at other evidence (a redacted copy at its original): map old ids.
    QHash<qint64, qint64> evidenceIds;
    for (Evidence e : s.evidence) {
        auto have = blobData(e.sha256);
        if (!have && have.error().code != ErrorCode::NotFound)
            return std::move(have).error();
        if (!have) {
            const QByteArray content = blobs ? blobs(e.sha256) : QByteArray();
            if (content.isNull())
                return invalid(tr("The content of evidence “%1” is missing from the file being "
                                  "imported.")
                                   .arg(e.title),
                               u"missing blob"_s);
            auto stored = storeBlob(content);
            if (!stored)
                return std::move(stored).error();
            if (*stored != e.sha256)
                return invalid(tr("The content of evidence “%1” does not match its recorded "
                                  "fingerprint; the file being imported is damaged.")
                                   .arg(e.title),
                               u"blob hash mismatch"_s);
        }
        const qint64 oldId = e.id;
        e.caseId = *caseId;
        if (e.derivedFrom)
            e.derivedFrom = evidenceIds.value(*e.derivedFrom, 0) ? std::optional<qint64>(
                                                                       evidenceIds[*e.derivedFrom])
                                                                 : std::nullopt;
        auto id = rows::insertRow(m_db, e);
        if (!id)
            return std::move(id).error();
        evidenceIds.insert(oldId, *id);
    }
    QHash<qint64, qint64> contactIds;
    for (Contact c : s.contacts) {
        const qint64 oldId = c.id;
        c.caseId = *caseId;
        auto id = rows::insertRow(m_db, c);
        if (!id)
            return std::move(id).error();
        contactIds.insert(oldId, *id);
    }
    for (Letter l : s.letters) {
        l.caseId = *caseId;
        WC_TRY(rows::insertRow(m_db, l));
    }
    for (Reminder m : s.reminders) {
        m.caseId = *caseId;
        if (m.contactId)
            m.contactId = contactIds.contains(*m.contactId)
                ? std::optional<qint64>(contactIds[*m.contactId])
                : std::nullopt;
        WC_TRY(rows::insertRow(m_db, m));
    }
    for (CaseEvent e : s.events) {
        e.caseId = *caseId;
        WC_TRY(rows::insertRow(m_db, e));
    }
    // Keep the imported updated_at: refreshCase would stamp "now" on it.
    const qint64 updatedAt = r.updatedAt;
    WC_TRY(refreshCase(*caseId));
    {
        auto stmt = m_db.prepare(u"UPDATE cases SET updated_at = ?2 WHERE id = ?1"_s);
        if (!stmt)
            return std::move(stmt).error();
        stmt->bind(1, *caseId).bind(2, updatedAt);
        WC_TRY(stmt->exec());
    }
    WC_TRY(tx.commit());
    return *caseId;
}

} // namespace wc::core
