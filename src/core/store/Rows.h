// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// How each record maps onto its table: the column list (in binding order, without `id`) and
// the functions that bind a record to a statement and read one back. Shared by the store's
// generic insert/update/select helpers so each table's layout is written down once.

#include "model/Entities.h"
#include "store/Sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wc::core::rows {

using namespace Qt::Literals::StringLiterals;

inline QString toJsonArray(const QStringList& list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList fromJsonArray(const QString& json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto& v : array)
        out << v.toString();
    return out;
}

// Text columns are NOT NULL in the schema; a null QString is stored as ''.
inline QString nn(const QString& s) { return s.isNull() ? QString(u""_s) : s; }

template <typename T>
struct Row;

template <>
struct Row<CaseRecord>
{
    static constexpr const char* table = "cases";
    static constexpr const char* columns =
        "uuid, title, family, subtype, status, provider_key, provider_name, incident_at, "
        "amount_minor, currency, refs, account_ref, description, remedies, remedy_note, language, "
        "wizard_step, created_at, updated_at, closed_at, outcome, recovered_minor, satisfaction, "
        "time_zone, outcome_note, incident_time_known";
    static constexpr int columnCount = 26;
    static void bind(sqlite::Statement& s, const CaseRecord& r)
    {
        s.bind(1, nn(r.uuid)).bind(2, nn(r.title)).bind(3, nn(r.family)).bind(4, nn(r.subtype));
        s.bind(5, nn(r.status)).bind(6, nn(r.providerKey)).bind(7, nn(r.providerName));
        s.bind(8, r.incidentAt).bind(9, r.amountMinor).bind(10, nn(r.currency));
        s.bind(11, toJsonArray(r.references)).bind(12, nn(r.accountRef));
        s.bind(13, nn(r.description)).bind(14, toJsonArray(r.remedies));
        s.bind(15, nn(r.remedyNote)).bind(16, nn(r.language)).bind(17, r.wizardStep);
        s.bind(18, r.createdAt).bind(19, r.updatedAt).bind(20, r.closedAt);
        s.bind(21, nn(r.outcome)).bind(22, r.recoveredMinor);
        if (r.satisfaction)
            s.bind(23, *r.satisfaction);
        else
            s.bindNull(23);
        s.bind(24, nn(r.timeZone));
        s.bind(25, nn(r.outcomeNote));
        s.bind(26, qint64(r.incidentTimeKnown ? 1 : 0));
    }
    // Columns: id, then `columns`, then next_followup_at.
    static CaseRecord read(const sqlite::Statement& s)
    {
        CaseRecord r;
        r.id = s.int64(0);
        r.uuid = s.text(1);
        r.title = s.text(2);
        r.family = s.text(3);
        r.subtype = s.text(4);
        r.status = s.text(5);
        r.providerKey = s.text(6);
        r.providerName = s.text(7);
        r.incidentAt = s.optInt64(8);
        r.amountMinor = s.optInt64(9);
        r.currency = s.text(10);
        r.references = fromJsonArray(s.text(11));
        r.accountRef = s.text(12);
        r.description = s.text(13);
        r.remedies = fromJsonArray(s.text(14));
        r.remedyNote = s.text(15);
        r.language = s.text(16);
        r.wizardStep = int(s.int64(17));
        r.createdAt = s.int64(18);
        r.updatedAt = s.int64(19);
        r.closedAt = s.optInt64(20);
        r.outcome = s.text(21);
        r.recoveredMinor = s.optInt64(22);
        if (auto v = s.optInt64(23))
            r.satisfaction = int(*v);
        r.timeZone = s.text(24);
        r.outcomeNote = s.text(25);
        r.incidentTimeKnown = s.int64(26) != 0;
        r.nextFollowUpAt = s.optInt64(27);
        return r;
    }
    static constexpr const char* extraColumns = ", next_followup_at";
    static constexpr const char* order = "id";
};

template <>
struct Row<ChecklistItem>
{
    static constexpr const char* table = "checklist_items";
    static constexpr const char* columns = "case_id, item_key, label, position, done_at, note";
    static constexpr int columnCount = 6;
    static void bind(sqlite::Statement& s, const ChecklistItem& r)
    {
        s.bind(1, r.caseId).bind(2, nn(r.itemKey)).bind(3, nn(r.label)).bind(4, r.position);
        s.bind(5, r.doneAt).bind(6, nn(r.note));
    }
    static ChecklistItem read(const sqlite::Statement& s)
    {
        return {s.int64(0), s.int64(1), s.text(2), s.text(3), int(s.int64(4)), s.optInt64(5),
                s.text(6)};
    }
    static constexpr const char* extraColumns = "";
    static constexpr const char* order = "position, id";
};

template <>
struct Row<TransactionRecord>
{
    static constexpr const char* table = "transactions";
    static constexpr const char* columns = "case_id, occurred_at, counterparty, amount_minor, "
                                           "currency, reference, status, note, source, direction";
    static constexpr int columnCount = 10;
    static void bind(sqlite::Statement& s, const TransactionRecord& r)
    {
        s.bind(1, r.caseId).bind(2, r.occurredAt).bind(3, nn(r.counterparty));
        s.bind(4, r.amountMinor).bind(5, nn(r.currency)).bind(6, nn(r.reference));
        s.bind(7, nn(r.status)).bind(8, nn(r.note));
        s.bind(9, r.source.isEmpty() ? QString(u"manual"_s) : r.source);
        s.bind(10, r.direction.isEmpty() ? QString(direction::Out) : r.direction);
    }
    static TransactionRecord read(const sqlite::Statement& s)
    {
        return {s.int64(0), s.int64(1), s.optInt64(2), s.text(3), s.int64(4), s.text(5),
                s.text(6),  s.text(7),  s.text(8),     s.text(9), s.text(10)};
    }
    static constexpr const char* extraColumns = "";
    static constexpr const char* order = "occurred_at, id";
};

template <>
struct Row<Evidence>
{
    static constexpr const char* table = "evidence";
    static constexpr const char* columns = "case_id, kind, title, note, file_name, mime_type, "
                                           "blob_sha256, captured_at, added_at, derived_from";
    static constexpr int columnCount = 10;
    static void bind(sqlite::Statement& s, const Evidence& r)
    {
        s.bind(1, r.caseId).bind(2, r.kind.isEmpty() ? QString(u"file"_s) : r.kind);
        s.bind(3, nn(r.title)).bind(4, nn(r.note)).bind(5, nn(r.fileName));
        s.bind(6, nn(r.mimeType)).bind(7, r.sha256).bind(8, r.capturedAt).bind(9, r.addedAt);
        s.bind(10, r.derivedFrom);
    }
    static Evidence read(const sqlite::Statement& s)
    {
        Evidence r;
        r.id = s.int64(0);
        r.caseId = s.int64(1);
        r.kind = s.text(2);
        r.title = s.text(3);
        r.note = s.text(4);
        r.fileName = s.text(5);
        r.mimeType = s.text(6);
        r.sha256 = s.text(7);
        r.capturedAt = s.optInt64(8);
        r.addedAt = s.int64(9);
        r.derivedFrom = s.optInt64(10);
        r.size = s.int64(11);
        return r;
    }
    static constexpr const char* extraColumns =
        ", (SELECT size FROM blobs WHERE blobs.sha256 = evidence.blob_sha256)";
    static constexpr const char* order = "added_at, id";
};

template <>
struct Row<Contact>
{
    static constexpr const char* table = "contacts";
    static constexpr const char* columns = "case_id, occurred_at, channel, direction, agent_name, "
                                           "agent_id, reference, summary, promise, promised_by, "
                                           "outcome, time_known";
    static constexpr int columnCount = 12;
    static void bind(sqlite::Statement& s, const Contact& r)
    {
        s.bind(1, r.caseId).bind(2, r.occurredAt).bind(3, nn(r.channel));
        s.bind(4, r.direction.isEmpty() ? QString(u"outgoing"_s) : r.direction);
        s.bind(5, nn(r.agentName)).bind(6, nn(r.agentId)).bind(7, nn(r.reference));
        s.bind(8, nn(r.summary)).bind(9, nn(r.promise)).bind(10, r.promisedBy);
        s.bind(11, nn(r.outcome)).bind(12, qint64(r.timeKnown ? 1 : 0));
    }
    static Contact read(const sqlite::Statement& s)
    {
        return {s.int64(0), s.int64(1), s.int64(2), s.text(3),     s.text(4),      s.text(5),
                s.text(6),  s.text(7),  s.text(8),  s.text(9),     s.optInt64(10), s.text(11),
                s.int64(12) != 0};
    }
    static constexpr const char* extraColumns = "";
    static constexpr const char* order = "occurred_at, id";
};

template <>
struct Row<Letter>
{
    static constexpr const char* table = "letters";
    static constexpr const char* columns = "case_id, kind, language, subject, body, status, "
                                           "sent_at, channel, reference, created_at, updated_at, "
                                           "reply_by";
    static constexpr int columnCount = 12;
    static void bind(sqlite::Statement& s, const Letter& r)
    {
        s.bind(1, r.caseId).bind(2, nn(r.kind)).bind(3, nn(r.language)).bind(4, nn(r.subject));
        s.bind(5, nn(r.body)).bind(6, nn(r.status)).bind(7, r.sentAt).bind(8, nn(r.channel));
        s.bind(9, nn(r.reference)).bind(10, r.createdAt).bind(11, r.updatedAt);
        s.bind(12, r.replyBy);
    }
    static Letter read(const sqlite::Statement& s)
    {
        return {s.int64(0), s.int64(1),     s.text(2),  s.text(3),  s.text(4),   s.text(5),
                s.text(6),  s.optInt64(7), s.text(8),  s.text(9),  s.int64(10), s.int64(11),
                s.optInt64(12)};
    }
    static constexpr const char* extraColumns = "";
    static constexpr const char* order = "created_at, id";
};

template <>
struct Row<Reminder>
{
    static constexpr const char* table = "reminders";
    static constexpr const char* columns =
        "case_id, kind, due_at, text, state, snoozed_until, done_at, contact_id, created_at";
    static constexpr int columnCount = 9;
    static void bind(sqlite::Statement& s, const Reminder& r)
    {
        s.bind(1, r.caseId).bind(2, nn(r.kind)).bind(3, r.dueAt).bind(4, nn(r.text));
        s.bind(5, nn(r.state)).bind(6, r.snoozedUntil).bind(7, r.doneAt).bind(8, r.contactId);
        s.bind(9, r.createdAt);
    }
    static Reminder read(const sqlite::Statement& s)
    {
        return {s.int64(0),     s.int64(1),     s.text(2),      s.int64(3), s.text(4),
                s.text(5),      s.optInt64(6), s.optInt64(7), s.optInt64(8), s.int64(9)};
    }
    static constexpr const char* extraColumns = "";
    static constexpr const char* order = "due_at, id";
};

template <>
struct Row<CaseEvent>
{
    static constexpr const char* table = "events";
    static constexpr const char* columns = "case_id, seq, at, kind, payload, prev_hash, hash";
    static constexpr int columnCount = 7;
    static void bind(sqlite::Statement& s, const CaseEvent& r)
    {
        s.bind(1, r.caseId).bind(2, r.seq).bind(3, r.at).bind(4, nn(r.kind));
        s.bind(5, r.payload.isEmpty() ? QString(u"{}"_s) : r.payload);
        s.bind(6, r.prevHash).bind(7, r.hash);
    }
    static CaseEvent read(const sqlite::Statement& s)
    {
        return {s.int64(0), s.int64(1), s.int64(2), s.int64(3),
                s.text(4),  s.text(5),  s.text(6),  s.text(7)};
    }
    static constexpr const char* extraColumns = "";
    static constexpr const char* order = "seq";
};

// "?1, ?2, …" for `count` parameters.
inline QString placeholders(int count)
{
    QString out;
    for (int i = 1; i <= count; ++i)
        out += (i > 1 ? u", ?"_s : u"?"_s) + QString::number(i);
    return out;
}

// "a = ?1, b = ?2, …" for a column list.
inline QString assignments(const char* columns)
{
    const QStringList names = QString::fromLatin1(columns).split(u',', Qt::SkipEmptyParts);
    QString out;
    for (int i = 0; i < names.size(); ++i)
        out += (i ? u", "_s : QString()) + names[i].trimmed() + u" = ?"_s + QString::number(i + 1);
    return out;
}

template <typename T>
QString selectSql(const QString& where, const QString& order)
{
    return u"SELECT id, "_s + QString::fromLatin1(Row<T>::columns)
        + QString::fromLatin1(Row<T>::extraColumns) + u" FROM "_s
        + QString::fromLatin1(Row<T>::table) + u" WHERE "_s + where + u" ORDER BY "_s
        + (order.isEmpty() ? QString::fromLatin1(Row<T>::order) : order);
}

// The rows matching `where` (which uses ?1 for `key`), in the table's usual order or `order`.
template <typename T>
Result<QList<T>> selectRows(sqlite::Database& db, const QString& where, qint64 key,
                            const QString& order = {})
{
    auto stmt = db.prepare(selectSql<T>(where, order));
    if (!stmt)
        return std::move(stmt).error();
    stmt->bind(1, key);
    QList<T> out;
    WC_TRY(stmt->forEach([&](const sqlite::Statement& row) { out << Row<T>::read(row); }));
    return out;
}

// One row by id; `missing` is the error when there is none.
template <typename T>
Result<T> selectById(sqlite::Database& db, qint64 id, const Error& missing)
{
    auto list = selectRows<T>(db, u"id = ?1"_s, id);
    if (!list)
        return std::move(list).error();
    if (list->isEmpty())
        return missing;
    return list->first();
}

template <typename T>
Result<qint64> insertRow(sqlite::Database& db, const T& record)
{
    auto stmt = db.prepare(u"INSERT INTO "_s + QString::fromLatin1(Row<T>::table) + u" ("_s
                           + QString::fromLatin1(Row<T>::columns) + u") VALUES ("_s
                           + placeholders(Row<T>::columnCount) + u')');
    if (!stmt)
        return std::move(stmt).error();
    Row<T>::bind(*stmt, record);
    WC_TRY(stmt->exec());
    return db.lastInsertRowId();
}

// Returns the number of rows changed (0 when `id` does not exist).
template <typename T>
Result<int> updateRow(sqlite::Database& db, qint64 id, const T& record)
{
    auto stmt = db.prepare(u"UPDATE "_s + QString::fromLatin1(Row<T>::table) + u" SET "_s
                           + assignments(Row<T>::columns) + u" WHERE id = ?"_s
                           + QString::number(Row<T>::columnCount + 1));
    if (!stmt)
        return std::move(stmt).error();
    Row<T>::bind(*stmt, record);
    stmt->bind(Row<T>::columnCount + 1, id);
    WC_TRY(stmt->exec());
    return db.changes();
}

} // namespace wc::core::rows
