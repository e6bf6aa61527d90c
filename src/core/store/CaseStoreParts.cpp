// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The parts of a case: checklist, transactions, evidence and blobs, contacts, letters, reminders.
#include "store/CaseStore.h"

#include "store/Rows.h"
#include "store/TextLimits.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Error noSuchRecord(const QString& what)
{
    return {ErrorCode::NotFound,
            CaseStore::tr("The record no longer exists; it may have been deleted."),
            what + u" not found"_s};
}

Result<void> deleteRow(sqlite::Database& db, const char* table, qint64 id)
{
    auto stmt = db.prepare(u"DELETE FROM "_s + QString::fromLatin1(table) + u" WHERE id = ?1"_s);
    if (!stmt)
        return std::move(stmt).error();
    stmt->bind(1, id);
    WC_TRY(stmt->exec());
    if (db.changes() == 0)
        return noSuchRecord(QString::fromLatin1(table));
    return {};
}

// An update must keep the record in its case: moving parts between cases is not an edit.
template <typename T>
Result<void> updateInCase(sqlite::Database& db, const T& record, qint64 caseId)
{
    T copy = record;
    copy.caseId = caseId;
    auto changed = rows::updateRow(db, record.id, copy);
    if (!changed)
        return std::move(changed).error();
    if (*changed == 0)
        return noSuchRecord(QString::fromLatin1(rows::Row<T>::table));
    return {};
}

} // namespace

Result<void> CaseStore::changeCase(qint64 caseId, const QString& eventKind,
                                   const std::function<Result<QString>()>& change)
{
    sqlite::Transaction tx(m_db);
    WC_TRY(tx.begun());
    WC_TRY(ensureCaseExists(caseId));
    auto payload = change();
    if (!payload)
        return std::move(payload).error();
    WC_TRY(appendEvent(caseId, eventKind, *payload));
    WC_TRY(refreshCase(caseId));
    return tx.commit();
}

// ----------------------------------------------------------------------------------- checklist

Result<qint64> CaseStore::addChecklistItem(const ChecklistItem& item)
{
    WC_TRY(TextLimits::check(item));
    qint64 id = 0;
    WC_TRY(changeCase(item.caseId, u"checklist.added"_s, [&]() -> Result<QString> {
        auto inserted = rows::insertRow(m_db, item);
        if (!inserted)
            return std::move(inserted).error();
        id = *inserted;
        return json({{u"item"_s, item.itemKey}, {u"done"_s, item.doneAt.has_value()}});
    }));
    return id;
}

Result<QList<ChecklistItem>> CaseStore::checklist(qint64 caseId)
{
    return rows::selectRows<ChecklistItem>(m_db, u"case_id = ?1"_s, caseId);
}

Result<void> CaseStore::updateChecklistItem(const ChecklistItem& item)
{
    WC_TRY(TextLimits::check(item));
    auto caseId = caseIdOf("checklist_items", item.id);
    if (!caseId)
        return std::move(caseId).error();
    const QString kind = item.doneAt ? u"checklist.ticked"_s : u"checklist.updated"_s;
    return changeCase(*caseId, kind, [&]() -> Result<QString> {
        WC_TRY(updateInCase(m_db, item, *caseId));
        QJsonObject payload{{u"item"_s, item.itemKey}};
        if (item.doneAt)
            payload.insert(u"done_at"_s, double(*item.doneAt));
        return json(payload);
    });
}

Result<void> CaseStore::removeChecklistItem(qint64 id)
{
    auto caseId = caseIdOf("checklist_items", id);
    if (!caseId)
        return std::move(caseId).error();
    return changeCase(*caseId, u"checklist.removed"_s, [&]() -> Result<QString> {
        WC_TRY(deleteRow(m_db, "checklist_items", id));
        return json({{u"id"_s, double(id)}});
    });
}

// ----------------------------------------------------------------------------------- transactions

Result<qint64> CaseStore::addTransaction(const TransactionRecord& record)
{
    WC_TRY(TextLimits::check(record));
    qint64 id = 0;
    WC_TRY(changeCase(record.caseId, u"transaction.added"_s, [&]() -> Result<QString> {
        auto inserted = rows::insertRow(m_db, record);
        if (!inserted)
            return std::move(inserted).error();
        id = *inserted;
        return json({{u"id"_s, double(id)}, {u"reference"_s, record.reference},
                     {u"amount_minor"_s, double(record.amountMinor)},
                     {u"currency"_s, record.currency}});
    }));
    return id;
}

Result<QList<TransactionRecord>> CaseStore::transactions(qint64 caseId)
{
    return rows::selectRows<TransactionRecord>(m_db, u"case_id = ?1"_s, caseId);
}

Result<void> CaseStore::updateTransaction(const TransactionRecord& record)
{
    WC_TRY(TextLimits::check(record));
    auto caseId = caseIdOf("transactions", record.id);
    if (!caseId)
        return std::move(caseId).error();
    return changeCase(*caseId, u"transaction.updated"_s, [&]() -> Result<QString> {
        WC_TRY(updateInCase(m_db, record, *caseId));
        return json({{u"id"_s, double(record.id)}});
    });
}

Result<void> CaseStore::removeTransaction(qint64 id)
{
    auto caseId = caseIdOf("transactions", id);
    if (!caseId)
        return std::move(caseId).error();
    return changeCase(*caseId, u"transaction.removed"_s, [&]() -> Result<QString> {
        WC_TRY(deleteRow(m_db, "transactions", id));
        return json({{u"id"_s, double(id)}});
    });
}

// ----------------------------------------------------------------------------------- evidence

Result<QString> CaseStore::storeBlob(const QByteArray& content, const QString& knownSha256)
{
    const QString sha = !knownSha256.isEmpty()
                            ? knownSha256
                            : QString::fromLatin1(QCryptographicHash::hash(
                                                      content, QCryptographicHash::Sha256)
                                                      .toHex());
    Q_ASSERT(sha == QString::fromLatin1(
                        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    auto stmt = m_db.prepare(u"INSERT INTO blobs (sha256, size, data, created_at)"
                             u" VALUES (?1, ?2, ?3, ?4) ON CONFLICT (sha256) DO NOTHING"_s);
    if (!stmt)
        return std::move(stmt).error();
    // An empty file is still evidence; bind it as an empty (not NULL) blob.
    stmt->bind(1, sha).bind(2, qint64(content.size()));
    stmt->bind(3, content.isNull() ? QByteArray("") : content).bind(4, m_clock->nowMs());
    WC_TRY(stmt->exec());
    return sha;
}

Result<void> CaseStore::deleteBlobIfUnused(const QString& sha256)
{
    auto stmt = m_db.prepare(u"DELETE FROM blobs WHERE sha256 = ?1 AND NOT EXISTS"
                             u" (SELECT 1 FROM evidence WHERE blob_sha256 = ?1)"_s);
    if (!stmt)
        return std::move(stmt).error();
    stmt->bind(1, sha256);
    return stmt->exec();
}

Result<qint64> CaseStore::addEvidence(const Evidence& item, const QByteArray& content)
{
    return addEvidence(item, content, QString());
}

Result<qint64> CaseStore::addEvidence(const Evidence& item, const QByteArray& content,
                                      const QString& contentSha256)
{
    WC_TRY(TextLimits::check(item));
    qint64 id = 0;
    WC_TRY(changeCase(item.caseId, u"evidence.added"_s, [&]() -> Result<QString> {
        auto sha = storeBlob(content, contentSha256);
        if (!sha)
            return std::move(sha).error();
        Evidence e = item;
        e.sha256 = *sha;
        e.addedAt = m_clock->nowMs();
        auto inserted = rows::insertRow(m_db, e);
        if (!inserted)
            return std::move(inserted).error();
        id = *inserted;
        return json({{u"id"_s, double(id)}, {u"kind"_s, e.kind}, {u"title"_s, e.title},
                     {u"sha256"_s, e.sha256}, {u"size"_s, double(content.size())}});
    }));
    return id;
}

Result<QList<Evidence>> CaseStore::evidence(qint64 caseId)
{
    return rows::selectRows<Evidence>(m_db, u"case_id = ?1"_s, caseId);
}

Result<Evidence> CaseStore::evidenceById(qint64 id)
{
    return rows::selectById<Evidence>(m_db, id, noSuchRecord(u"evidence"_s));
}

Result<void> CaseStore::updateEvidence(const Evidence& item)
{
    WC_TRY(TextLimits::check(item));
    auto old = evidenceById(item.id);
    if (!old)
        return std::move(old).error();
    return changeCase(old->caseId, u"evidence.updated"_s, [&]() -> Result<QString> {
        // The content, its fingerprint and when it was added never change.
        Evidence e = *old;
        e.title = item.title;
        e.note = item.note;
        e.kind = item.kind.isEmpty() ? old->kind : item.kind;
        e.capturedAt = item.capturedAt;
        WC_TRY(updateInCase(m_db, e, old->caseId));
        return json({{u"id"_s, double(e.id)}, {u"title"_s, e.title}});
    });
}

Result<void> CaseStore::removeEvidence(qint64 id)
{
    auto old = evidenceById(id);
    if (!old)
        return std::move(old).error();
    return changeCase(old->caseId, u"evidence.removed"_s, [&]() -> Result<QString> {
        WC_TRY(deleteRow(m_db, "evidence", id));
        WC_TRY(deleteBlobIfUnused(old->sha256));
        return json({{u"id"_s, double(id)}, {u"title"_s, old->title}, {u"sha256"_s, old->sha256}});
    });
}

Result<QByteArray> CaseStore::blobData(const QString& sha256)
{
    auto stmt = m_db.prepare(u"SELECT data FROM blobs WHERE sha256 = ?1"_s);
    if (!stmt)
        return std::move(stmt).error();
    stmt->bind(1, sha256);
    auto row = stmt->step();
    if (!row)
        return std::move(row).error();
    if (!*row)
        return noSuchRecord(u"blob"_s);
    return stmt->blob(0);
}

Result<qint64> CaseStore::blobCount() { return m_db.queryInt(u"SELECT count(*) FROM blobs"_s); }

// ----------------------------------------------------------------------------------- contacts

Result<qint64> CaseStore::addContact(const Contact& contact)
{
    WC_TRY(TextLimits::check(contact));
    qint64 id = 0;
    WC_TRY(changeCase(contact.caseId, u"contact.logged"_s, [&]() -> Result<QString> {
        auto inserted = rows::insertRow(m_db, contact);
        if (!inserted)
            return std::move(inserted).error();
        id = *inserted;
        QJsonObject payload{{u"id"_s, double(id)}, {u"channel"_s, contact.channel},
                            {u"occurred_at"_s, double(contact.occurredAt)}};
        if (!contact.timeKnown)
            payload.insert(u"time_known"_s, false); // a day without a time of day
        return json(payload);
    }));
    return id;
}

Result<QList<Contact>> CaseStore::contacts(qint64 caseId)
{
    return rows::selectRows<Contact>(m_db, u"case_id = ?1"_s, caseId);
}

Result<void> CaseStore::updateContact(const Contact& contact)
{
    WC_TRY(TextLimits::check(contact));
    auto caseId = caseIdOf("contacts", contact.id);
    if (!caseId)
        return std::move(caseId).error();
    return changeCase(*caseId, u"contact.updated"_s, [&]() -> Result<QString> {
        WC_TRY(updateInCase(m_db, contact, *caseId));
        return json({{u"id"_s, double(contact.id)}});
    });
}

Result<void> CaseStore::removeContact(qint64 id)
{
    auto caseId = caseIdOf("contacts", id);
    if (!caseId)
        return std::move(caseId).error();
    return changeCase(*caseId, u"contact.removed"_s, [&]() -> Result<QString> {
        WC_TRY(deleteRow(m_db, "contacts", id));
        return json({{u"id"_s, double(id)}});
    });
}

// ----------------------------------------------------------------------------------- letters

Result<qint64> CaseStore::addLetter(const Letter& letter, bool drafted)
{
    WC_TRY(TextLimits::check(letter));
    qint64 id = 0;
    WC_TRY(changeCase(letter.caseId, u"letter.created"_s, [&]() -> Result<QString> {
        Letter l = letter;
        l.createdAt = l.updatedAt = m_clock->nowMs();
        auto inserted = rows::insertRow(m_db, l);
        if (!inserted)
            return std::move(inserted).error();
        id = *inserted;
        QJsonObject payload{{u"id"_s, double(id)}, {u"kind"_s, l.kind}, {u"language"_s, l.language}};
        if (drafted)
            payload.insert(u"drafted"_s, true);
        return json(payload);
    }));
    return id;
}

Result<QList<Letter>> CaseStore::letters(qint64 caseId)
{
    return rows::selectRows<Letter>(m_db, u"case_id = ?1"_s, caseId);
}

Result<void> CaseStore::updateLetter(const Letter& letter, bool drafted)
{
    WC_TRY(TextLimits::check(letter));
    auto found = rows::selectById<Letter>(m_db, letter.id, noSuchRecord(u"letters"_s));
    if (!found)
        return std::move(found).error();
    const Letter old = *found;
    const bool nowSent = letter.status == u"sent"_s && old.status != u"sent"_s;
    const bool textChanged = letter.subject != old.subject || letter.body != old.body;
    return changeCase(old.caseId, nowSent ? u"letter.sent"_s : u"letter.updated"_s,
                      [&]() -> Result<QString> {
                          Letter l = letter;
                          l.createdAt = old.createdAt;
                          l.updatedAt = m_clock->nowMs();
                          WC_TRY(updateInCase(m_db, l, old.caseId));
                          QJsonObject payload{{u"id"_s, double(l.id)}, {u"status"_s, l.status}};
                          // Whose words the text now is: letterEditedSinceDrafted() reads it.
                          payload.insert(u"text_changed"_s, textChanged);
                          if (textChanged && drafted)
                              payload.insert(u"drafted"_s, true);
                          if (nowSent) {
                              payload.insert(u"channel"_s, l.channel);
                              payload.insert(u"reference"_s, l.reference);
                          }
                          return json(payload);
                      });
}

Result<bool> CaseStore::letterEditedSinceDrafted(qint64 id)
{
    auto caseId = caseIdOf("letters", id);
    if (!caseId)
        return std::move(caseId).error();
    auto history = events(*caseId);
    if (!history)
        return std::move(history).error();
    std::sort(history->begin(), history->end(),
              [](const CaseEvent& a, const CaseEvent& b) { return a.seq < b.seq; });
    bool edited = true; // a letter whose drafting the log does not show is taken as the user's
    for (const CaseEvent& e : std::as_const(*history)) {
        if (!e.kind.startsWith(u"letter."_s))
            continue;
        const QJsonObject payload = QJsonDocument::fromJson(e.payload.toUtf8()).object();
        if (qint64(payload.value(u"id"_s).toDouble()) != id)
            continue;
        if (e.kind == u"letter.created"_s)
            edited = !payload.value(u"drafted"_s).toBool(); // a wizard's letter may hold edits
        else if (!payload.contains(u"text_changed"_s))
            edited = true; // written before the log said whose words a change was
        else if (payload.value(u"text_changed"_s).toBool())
            edited = !payload.value(u"drafted"_s).toBool();
    }
    return edited;
}

Result<void> CaseStore::removeLetter(qint64 id)
{
    auto caseId = caseIdOf("letters", id);
    if (!caseId)
        return std::move(caseId).error();
    return changeCase(*caseId, u"letter.removed"_s, [&]() -> Result<QString> {
        WC_TRY(deleteRow(m_db, "letters", id));
        return json({{u"id"_s, double(id)}});
    });
}

// ----------------------------------------------------------------------------------- reminders

Result<qint64> CaseStore::addReminder(const Reminder& reminder)
{
    WC_TRY(TextLimits::check(reminder));
    qint64 id = 0;
    WC_TRY(changeCase(reminder.caseId, u"reminder.added"_s, [&]() -> Result<QString> {
        Reminder m = reminder;
        m.createdAt = m_clock->nowMs();
        auto inserted = rows::insertRow(m_db, m);
        if (!inserted)
            return std::move(inserted).error();
        id = *inserted;
        return json({{u"id"_s, double(id)}, {u"kind"_s, m.kind}, {u"due_at"_s, double(m.dueAt)}});
    }));
    return id;
}

Result<QList<Reminder>> CaseStore::reminders(qint64 caseId)
{
    return rows::selectRows<Reminder>(m_db, u"case_id = ?1"_s, caseId);
}

Result<void> CaseStore::updateReminder(const Reminder& reminder)
{
    WC_TRY(TextLimits::check(reminder));
    auto found = rows::selectById<Reminder>(m_db, reminder.id, noSuchRecord(u"reminders"_s));
    if (!found)
        return std::move(found).error();
    const Reminder old = *found;
    QString kind = u"reminder.updated"_s;
    if (reminder.state == u"done"_s && old.state != u"done"_s)
        kind = u"reminder.done"_s;
    else if (reminder.snoozedUntil != old.snoozedUntil && reminder.snoozedUntil)
        kind = u"reminder.snoozed"_s;
    return changeCase(old.caseId, kind, [&]() -> Result<QString> {
        Reminder m = reminder;
        m.createdAt = old.createdAt;
        if (m.state == u"done"_s && !m.doneAt)
            m.doneAt = m_clock->nowMs();
        WC_TRY(updateInCase(m_db, m, old.caseId));
        return json({{u"id"_s, double(m.id)}, {u"state"_s, m.state},
                     {u"due_at"_s, double(m.effectiveDueAt())}});
    });
}

Result<void> CaseStore::completeReminder(qint64 id, const QString& reason)
{
    auto found = rows::selectById<Reminder>(m_db, id, noSuchRecord(u"reminders"_s));
    if (!found)
        return std::move(found).error();
    Reminder m = *found;
    if (m.state == u"done"_s)
        return {};
    return changeCase(m.caseId, u"reminder.done"_s, [&]() -> Result<QString> {
        m.state = u"done"_s;
        m.doneAt = m_clock->nowMs();
        WC_TRY(updateInCase(m_db, m, m.caseId));
        return json({{u"id"_s, double(m.id)}, {u"state"_s, m.state},
                     {u"due_at"_s, double(m.effectiveDueAt())}, {u"reason"_s, reason}});
    });
}

Result<void> CaseStore::removeReminder(qint64 id)
{
    auto caseId = caseIdOf("reminders", id);
    if (!caseId)
        return std::move(caseId).error();
    return changeCase(*caseId, u"reminder.removed"_s, [&]() -> Result<QString> {
        WC_TRY(deleteRow(m_db, "reminders", id));
        return json({{u"id"_s, double(id)}});
    });
}

Result<QList<Reminder>> CaseStore::dueReminders(qint64 dueBy)
{
    return rows::selectRows<Reminder>(
        m_db, u"state = 'pending' AND ifnull(snoozed_until, due_at) <= ?1"_s, dueBy,
        u"ifnull(snoozed_until, due_at), id"_s);
}

} // namespace wc::core
