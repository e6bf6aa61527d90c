// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "store/Schema.h"

#include "guidance/CaseTimeZone.h"
#include "guidance/ProviderDirectory.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace wc::core::schema {

namespace {

// Version 1. Times are UTC epoch milliseconds, money is integer minor units + ISO 4217 code.
// `cases.urgency` and `cases.next_followup_at` are maintained by the store so the case list can
// be read in its default order straight from an index.
const char16_t kSchemaV1[] = uR"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE profile (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    name       TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE providers (
    key        TEXT PRIMARY KEY,
    data       TEXT NOT NULL CHECK (json_valid(data)),
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE cases (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL DEFAULT '',
    family           TEXT NOT NULL CHECK (family IN ('transaction', 'security', 'service')),
    subtype          TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready', 'sent',
                         'awaiting_reply', 'escalated', 'resolved', 'closed_unresolved')),
    provider_key     TEXT NOT NULL DEFAULT '',
    provider_name    TEXT NOT NULL DEFAULT '',
    incident_at      INTEGER,
    amount_minor     INTEGER,
    currency         TEXT NOT NULL DEFAULT '',
    refs             TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(refs)),
    account_ref      TEXT NOT NULL DEFAULT '',
    description      TEXT NOT NULL DEFAULT '',
    remedies         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(remedies)),
    remedy_note      TEXT NOT NULL DEFAULT '',
    language         TEXT NOT NULL DEFAULT 'zh_CN',
    wizard_step      INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    closed_at        INTEGER,
    outcome          TEXT NOT NULL DEFAULT '',
    recovered_minor  INTEGER,
    satisfaction     INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    -- 0: open security case, 1: other open case, 2: closed. Lower sorts first.
    urgency          INTEGER NOT NULL DEFAULT 1,
    -- earliest pending reminder; NULL when none (sorted last through the index expression)
    next_followup_at INTEGER
);
CREATE INDEX cases_by_urgency ON cases (urgency, ifnull(next_followup_at, 9223372036854775807), id);
CREATE INDEX cases_by_status ON cases (status, urgency, ifnull(next_followup_at, 9223372036854775807), id);
CREATE INDEX cases_by_provider ON cases (provider_key, urgency, ifnull(next_followup_at, 9223372036854775807), id);
CREATE INDEX cases_by_family ON cases (family, urgency, ifnull(next_followup_at, 9223372036854775807), id);
CREATE INDEX cases_by_updated ON cases (updated_at, id);
CREATE INDEX cases_by_created ON cases (created_at, id);
CREATE INDEX cases_by_title ON cases (title COLLATE NOCASE, id);
CREATE INDEX cases_by_problem ON cases (family, subtype, urgency, ifnull(next_followup_at, 9223372036854775807), id);
CREATE INDEX cases_by_followup ON cases (ifnull(next_followup_at, 9223372036854775807), id);
CREATE INDEX cases_by_amount ON cases (ifnull(amount_minor, -1), id);

CREATE TABLE checklist_items (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    item_key TEXT NOT NULL DEFAULT '',
    label    TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    done_at  INTEGER,
    note     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX checklist_by_case ON checklist_items (case_id, position);

CREATE TABLE transactions (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    occurred_at  INTEGER,
    counterparty TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER NOT NULL DEFAULT 0,
    currency     TEXT NOT NULL DEFAULT '',
    reference    TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT 'manual'
);
CREATE INDEX transactions_by_case ON transactions (case_id, occurred_at);

-- Evidence content, stored once per distinct SHA-256 (hex, lower case).
CREATE TABLE blobs (
    sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size       INTEGER NOT NULL,
    data       BLOB NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE evidence (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL DEFAULT 'file',
    title        TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    file_name    TEXT NOT NULL DEFAULT '',
    mime_type    TEXT NOT NULL DEFAULT '',
    blob_sha256  TEXT NOT NULL REFERENCES blobs (sha256),
    captured_at  INTEGER,
    added_at     INTEGER NOT NULL,
    derived_from INTEGER REFERENCES evidence (id) ON DELETE SET NULL
);
CREATE INDEX evidence_by_case ON evidence (case_id, added_at);
CREATE INDEX evidence_by_blob ON evidence (blob_sha256);
CREATE INDEX evidence_by_origin ON evidence (derived_from);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    occurred_at INTEGER NOT NULL,
    channel     TEXT NOT NULL DEFAULT '',
    direction   TEXT NOT NULL DEFAULT 'outgoing',
    agent_name  TEXT NOT NULL DEFAULT '',
    agent_id    TEXT NOT NULL DEFAULT '',
    reference   TEXT NOT NULL DEFAULT '',
    summary     TEXT NOT NULL DEFAULT '',
    promise     TEXT NOT NULL DEFAULT '',
    promised_by INTEGER,
    outcome     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_by_case ON contacts (case_id, occurred_at);

CREATE TABLE letters (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL DEFAULT 'initial',
    language   TEXT NOT NULL DEFAULT 'zh_CN',
    subject    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'draft',
    sent_at    INTEGER,
    channel    TEXT NOT NULL DEFAULT '',
    reference  TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX letters_by_case ON letters (case_id, created_at);

CREATE TABLE reminders (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL DEFAULT 'follow_up',
    due_at        INTEGER NOT NULL,
    text          TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'dismissed')),
    snoozed_until INTEGER,
    done_at       INTEGER,
    contact_id    INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX reminders_by_case ON reminders (case_id);
CREATE INDEX reminders_pending ON reminders (ifnull(snoozed_until, due_at)) WHERE state = 'pending';
CREATE INDEX reminders_by_contact ON reminders (contact_id);

-- The append-only chronology of each case; see EventChain for the hash.
CREATE TABLE events (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    at        INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    payload   TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL,
    UNIQUE (case_id, seq)
);
CREATE TRIGGER events_append_only BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

-- Full-text search. `case_fts` (trigram) answers queries of 3+ characters, ranked by bm25;
-- `case_fts_short` holds the same text as single CJK characters, CJK bigrams and whole words,
-- for 1- and 2-character queries that a trigram index cannot answer. Both are kept by the store
-- with rowid = cases.id.
CREATE VIRTUAL TABLE case_fts USING fts5 (title, body, tokenize = 'trigram');
CREATE VIRTUAL TABLE case_fts_short USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');
)SQL";

Result<void> toVersion1(sqlite::Database& db)
{
    return db.exec(QString::fromUtf16(kSchemaV1));
}

// Version 2: which way a transaction's money went. Version 1 knew only payments, so every
// existing row is one.
Result<void> toVersion2(sqlite::Database& db)
{
    return db.exec(u"ALTER TABLE transactions ADD COLUMN direction TEXT NOT NULL DEFAULT 'out' "
                   "CHECK (direction IN ('out', 'in', 'neutral'));"_s);
}

// Also version 3: each case's time zone (an IANA id), in which its times are shown, typed and
// written. Cases made before get the zone their provider's region gives, with the file's own
// provider entries laid over the shipped directory (CaseTimeZone::defaultZoneId).
Result<void> addCaseTimeZones(sqlite::Database& db)
{
    WC_TRY(db.exec(u"ALTER TABLE cases ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';"_s));
    QList<ProviderOverride> overrides;
    auto entries = db.prepare(u"SELECT key, data, updated_at FROM providers"_s);
    if (!entries)
        return std::move(entries).error();
    WC_TRY(entries->forEach([&](const sqlite::Statement& row) {
        overrides.append({row.text(0), row.text(1), row.int64(2)});
    }));
    const ProviderDirectory* shipped = CaseTimeZone::shippedDirectory();
    const std::optional<ProviderDirectory> directory =
        shipped ? std::optional(shipped->withOverrides(overrides)) : std::nullopt;

    QList<std::pair<qint64, QString>> zones;
    auto cases = db.prepare(u"SELECT id, provider_key, language FROM cases"_s);
    if (!cases)
        return std::move(cases).error();
    WC_TRY(cases->forEach([&](const sqlite::Statement& row) {
        CaseRecord record;
        record.providerKey = row.text(1);
        record.language = row.text(2);
        const QByteArray zone =
            CaseTimeZone::defaultZoneId(record, directory ? &*directory : nullptr);
        zones.append({row.int64(0), QString::fromLatin1(zone)});
    }));
    auto update = db.prepare(u"UPDATE cases SET time_zone = ?2 WHERE id = ?1"_s);
    if (!update)
        return std::move(update).error();
    for (const auto& [id, zone] : std::as_const(zones)) {
        update->reset();
        update->bind(1, id).bind(2, zone);
        WC_TRY(update->exec());
    }
    return {};
}

// Version 3: the reply deadline a letter asked for, so a follow-up never asks for more time than
// the company already has and a regulator letter can say which deadlines passed. Older letters
// keep NULL; LetterDrafter::replyDeadline() derives theirs.
Result<void> toVersion3(sqlite::Database& db)
{
    WC_TRY(db.exec(u"ALTER TABLE letters ADD COLUMN reply_by INTEGER;"_s));
    return addCaseTimeZones(db);
}

// Version 4: what the user wrote about how a case ended, shown on its overview and printed in
// its dossier. Cases closed before have none.
Result<void> toVersion4(sqlite::Database& db)
{
    return db.exec(u"ALTER TABLE cases ADD COLUMN outcome_note TEXT NOT NULL DEFAULT '';"_s);
}

// Version 5: a count of committed row changes, kept by triggers on every table that holds the
// user's data, so a backup is taken only of a file that changed since the last one (a copy of
// an unchanged 1.7 GB file is pure waste) without trusting file times, which a checkpoint moves.
// Triggers rather than bookkeeping in each CaseStore write: the command line, imports and any
// future writer are counted too. The search index is left out: it only mirrors `cases`.
constexpr const char16_t* kCountedTables[] = {
    u"profile",  u"providers", u"cases",   u"checklist_items", u"transactions", u"blobs",
    u"evidence", u"contacts",  u"letters", u"reminders",       u"events"};

Result<void> toVersion5(sqlite::Database& db)
{
    WC_TRY(db.exec(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('changes', '0');"_s));
    for (const char16_t* table : kCountedTables) {
        for (const char* op : {"INSERT", "UPDATE", "DELETE"}) {
            const QString name = QString::fromUtf16(table);
            const QString verb = QString::fromLatin1(op);
            WC_TRY(db.exec(u"CREATE TRIGGER count_%1_%2 AFTER %3 ON %1 BEGIN "
                           "UPDATE meta SET value = CAST(value AS INTEGER) + 1 "
                           "WHERE key = 'changes'; END;"_s
                               .arg(name, verb.toLower(), verb)));
        }
    }
    return {};
}

// Version 6: whether the time of day of the incident and of each contact is known. The date
// fields stored a day picked without a time as that day's 00:00, and letters then stated
// "12:00 AM" as fact. An incident at exactly midnight in its case's zone was such a pick (the
// field started at 00:00 and nobody types a time to the millisecond), so it becomes a day
// without a time; contacts were given the current time of day instead, which cannot be told
// from a real one, so they keep theirs.
Result<void> toVersion6(sqlite::Database& db)
{
    WC_TRY(db.exec(u"ALTER TABLE cases ADD COLUMN incident_time_known INTEGER NOT NULL DEFAULT 1 "
                   "CHECK (incident_time_known IN (0, 1));"
                   "ALTER TABLE contacts ADD COLUMN time_known INTEGER NOT NULL DEFAULT 1 "
                   "CHECK (time_known IN (0, 1));"_s));
    QList<qint64> dayOnly;
    auto cases = db.prepare(
        u"SELECT id, incident_at, time_zone FROM cases WHERE incident_at IS NOT NULL"_s);
    if (!cases)
        return std::move(cases).error();
    WC_TRY(cases->forEach([&](const sqlite::Statement& row) {
        const QTimeZone stored(row.text(2).toLatin1());
        const QTimeZone zone = stored.isValid() ? stored : QTimeZone::systemTimeZone();
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(row.int64(1), zone);
        if (at.time() == QTime(0, 0))
            dayOnly.append(row.int64(0));
    }));
    auto update = db.prepare(u"UPDATE cases SET incident_time_known = 0 WHERE id = ?1"_s);
    if (!update)
        return std::move(update).error();
    for (qint64 id : std::as_const(dayOnly)) {
        update->reset();
        update->bind(1, id);
        WC_TRY(update->exec());
    }
    return {};
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps{
        {1, &toVersion1}, {2, &toVersion2}, {3, &toVersion3}, {4, &toVersion4},
        {5, &toVersion5}, {6, &toVersion6}};
    return steps;
}

int currentVersion(const std::vector<Migration>& steps)
{
    return steps.empty() ? 0 : steps.back().toVersion;
}

} // namespace wc::core::schema
