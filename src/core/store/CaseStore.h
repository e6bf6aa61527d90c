// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"
#include "store/CaseListQuery.h"
#include "store/Schema.h"
#include "store/Sqlite.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>
#include <vector>

class QLockFile;

namespace wc::core {

struct SearchHit
{
    qint64 caseId = 0;
    QString title;
    double score = 0; // 0: every term is in the title; 1: found elsewhere in the case
};

// Why a case matched a search: the part of the case that holds the terms and a short excerpt of
// it with the terms marked, so the list can say "matched in the letter: …charged twice…".
struct SearchMatch
{
    // "title", "details" (description, remedy note, references), "letter", "contact",
    // "evidence" or "transaction".
    QString where;
    QString excerpt; // one line; "…" where it was cut
    QList<std::pair<qsizetype, qsizetype>> marks; // (start, length) of each term in `excerpt`
    // The letter, contact, evidence item or transaction that holds them (its id; 0 for the
    // title and details), with what a list needs to name it and a view to open it.
    qint64 rowId = 0;
    QString rowKind;  // a letter's kind, a contact's channel, an evidence item's kind
    QString rowTitle; // a letter's subject, a contact's agent, an evidence title, a counterparty
    QString rowState; // a letter's status ("draft", "ready", "sent"); empty for the others
    // A letter's sent_at, a contact's occurred_at, an evidence item's captured_at (else its
    // added_at), a transaction's occurred_at; none when the row has no such time.
    std::optional<qint64> rowAt;
};

// Everything about one case, for export and import.
struct CaseSnapshot
{
    CaseRecord record;
    QList<ChecklistItem> checklist;
    QList<TransactionRecord> transactions;
    QList<Evidence> evidence;
    QList<Contact> contacts;
    QList<Letter> letters;
    QList<Reminder> reminders;
    QList<CaseEvent> events;
};

struct EventChainCheck
{
    bool intact = true;
    qint64 eventCount = 0;
    qint64 firstBrokenSeq = 0; // 0 when intact
};

// The case file: one SQLite database holding the user's whole history. Every mutating call is one
// committed transaction (there is no Save step) and appends to the case's event log in that same
// transaction. Inside runBatch() calls join one outer transaction instead, for bulk work.
//
// Not thread-safe; a CaseStore belongs to the thread that opened it. Open a second CaseStore on
// the same file from another thread only with OpenOptions::shared (read-mostly work).
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::CaseStore)

public:
    struct OpenOptions
    {
        bool createIfMissing = false;
        const Clock* clock = nullptr;                             // default: Clock::system()
        const std::vector<schema::Migration>* migrations = nullptr; // default: schema::migrations()
        // Skip the single-writer lock file; for read-only helpers inside one process (tests,
        // background readers). The GUI and CLI always lock.
        bool shared = false;
    };

    static Result<std::unique_ptr<CaseStore>> open(const QString& path, const OpenOptions& options);
    static Result<std::unique_ptr<CaseStore>> open(const QString& path)
    {
        return open(path, OpenOptions{});
    }
    ~CaseStore();

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    const Clock& clock() const { return *m_clock; }
    sqlite::Database& database() { return m_db; }
    // Where the copy taken before the last migration went (empty when none was needed).
    QString preMigrationCopy() const { return m_preMigrationCopy; }
    // What the user must know about opening the file, e.g. changes lost in a damaged
    // write-ahead log (a copy of which was kept); empty when nothing. `check` reports it too.
    QString openWarning() const { return m_openWarning; }

    // Runs `work` inside one transaction: every store call it makes commits together or not at all.
    Result<void> runBatch(const std::function<Result<void>()>& work);

    // The file as a database: `PRAGMA integrity_check`, the application id, foreign keys, a
    // damaged write-ahead log and the expected tables, columns and triggers (`structureDamaged`:
    // whether the last of these found something). What `export` warns about before writing.
    Result<QStringList> checkStructure(bool* structureDamaged = nullptr);
    // checkStructure(), then every evidence blob against its SHA-256 and every case's event chain.
    Result<QStringList> checkIntegrity();
    // Writes a complete, consistent copy of the file to `target` (SQLite's online backup).
    Result<void> backupTo(const QString& target);
    // How many row changes were ever committed to the file (schema 5's triggers): equal counts
    // mean equal content, so an unchanged file is never backed up twice.
    Result<qint64> changeCount();

    // --- profile and provider directory overrides
    Result<Profile> profile();
    Result<void> saveProfile(const Profile& profile);
    Result<QList<ProviderOverride>> providerOverrides();
    Result<void> saveProviderOverride(const ProviderOverride& entry);
    Result<void> removeProviderOverride(const QString& key);

    // --- cases
    Result<qint64> createCase(const CaseRecord& record);
    Result<CaseRecord> caseById(qint64 id);
    Result<void> updateCase(const CaseRecord& record);
    Result<void> deleteCase(qint64 id);
    Result<qint64> caseCount();
    // Every case id, ascending.
    Result<QList<qint64>> caseIds();
    Result<CasePage> listCases(const CaseListQuery& query);
    // The providers the file's cases name, for the case list's provider filter.
    Result<QList<ProviderInUse>> providersInUse();
    // Best matches first. Latin words and Chinese of any length, including 1–2 characters.
    // Cases that name their provider by key only (made by older versions) get the directory's
    // name in the case's language; returns how many. Not an edit: no event, updated_at kept.
    Result<int> fillProviderNames();
    Result<QList<SearchHit>> search(const QString& query, int limit = 50);
    // Where each of `caseIds` (search hits) holds the terms of `query`, in one read; a case
    // without a match is left out.
    Result<QHash<qint64, SearchMatch>> searchMatches(const QString& query,
                                                     const QList<qint64>& caseIds);

    // --- checklist
    Result<qint64> addChecklistItem(const ChecklistItem& item);
    Result<QList<ChecklistItem>> checklist(qint64 caseId);
    Result<void> updateChecklistItem(const ChecklistItem& item);
    Result<void> removeChecklistItem(qint64 id);

    // --- disputed transactions
    Result<qint64> addTransaction(const TransactionRecord& record);
    Result<QList<TransactionRecord>> transactions(qint64 caseId);
    Result<void> updateTransaction(const TransactionRecord& record);
    Result<void> removeTransaction(qint64 id);

    // --- evidence; content is stored once per SHA-256 and never modified
    Result<qint64> addEvidence(const Evidence& item, const QByteArray& content);
    // The same, for content whose SHA-256 the caller has just computed from these very bytes
    // (the window does it off the GUI thread while reading the file): the store does not hash
    // them a second time on its own thread (32 ms for 5 MB). A wrong `contentSha256` would
    // file the content under another fingerprint, which checkIntegrity() reports.
    Result<qint64> addEvidence(const Evidence& item, const QByteArray& content,
                               const QString& contentSha256);
    Result<QList<Evidence>> evidence(qint64 caseId);
    Result<Evidence> evidenceById(qint64 id);
    Result<void> updateEvidence(const Evidence& item); // title, note, kind, captured time only
    // Removes the item; its blob goes too once no evidence uses it.
    Result<void> removeEvidence(qint64 id);
    Result<QByteArray> blobData(const QString& sha256);
    Result<qint64> blobCount();

    // --- contacts
    Result<qint64> addContact(const Contact& contact);
    Result<QList<Contact>> contacts(qint64 caseId);
    Result<void> updateContact(const Contact& contact);
    Result<void> removeContact(qint64 id);

    // --- letters
    // `drafted`: the letter is exactly as WalletCase drafted it (see letterEditedSinceDrafted()).
    Result<qint64> addLetter(const Letter& letter, bool drafted = false);
    Result<QList<Letter>> letters(qint64 caseId);
    // `drafted`: the new subject and body are a draft by WalletCase, not the user's words; the
    // event log records which, for letterEditedSinceDrafted().
    Result<void> updateLetter(const Letter& letter, bool drafted = false);
    // Whether the user changed the subject or body of letter `id` since WalletCase last drafted
    // it, read from the case's event log (a status change is no edit). A letter not added or
    // last changed as `drafted`, or logged before this was recorded, counts as the user's.
    Result<bool> letterEditedSinceDrafted(qint64 id);
    Result<void> removeLetter(qint64 id);

    // --- reminders
    Result<qint64> addReminder(const Reminder& reminder);
    Result<QList<Reminder>> reminders(qint64 caseId);
    Result<void> updateReminder(const Reminder& reminder);
    // Marks it done for `reason` (a key the timeline names: WalletCase completed it because the
    // case records what it asked for; see ReminderPurpose). Done already: nothing changes.
    Result<void> completeReminder(qint64 id, const QString& reason);
    Result<void> removeReminder(qint64 id);
    // Pending reminders due at or before `dueBy`, oldest first, across all cases.
    Result<QList<Reminder>> dueReminders(qint64 dueBy);

    // --- chronology
    Result<QList<CaseEvent>> events(qint64 caseId);
    Result<EventChainCheck> verifyEvents(qint64 caseId);

    // --- whole cases, for export and import
    Result<CaseSnapshot> snapshot(qint64 caseId);
    // Inserts a case with all its parts under new ids. Events are kept exactly as given (their
    // hash chain stays verifiable); no new events are added. `blobs` supplies content by SHA-256
    // for evidence whose blob is not in the file yet. A uuid already in the file gets a new one.
    Result<qint64> importSnapshot(const CaseSnapshot& snapshot,
                                  const std::function<QByteArray(const QString&)>& blobs);

private:
    CaseStore() = default;

    // Appends one event to the case's chain, inside the caller's transaction.
    Result<void> appendEvent(qint64 caseId, const QString& kind, const QString& payloadJson);
    // The zone a case without one gets (CaseTimeZone::defaultZoneId), with the file's provider
    // overrides laid over the shipped directory.
    Result<QString> defaultTimeZone(const CaseRecord& record);
    // The directory's name (shipped + overrides) of provider `key` in `language`; "" if unknown.
    Result<QString> providerNameFor(const QString& key, const QString& language);
    // Touches updated_at, recomputes urgency/next follow-up and the search text of a case.
    Result<void> refreshCase(qint64 caseId);
    Result<void> ensureCaseExists(qint64 caseId);
    Result<qint64> caseIdOf(const char* table, qint64 rowId);
    Result<void> deleteBlobIfUnused(const QString& sha256);
    // Stores content once per SHA-256 and returns the hash.
    Result<QString> storeBlob(const QByteArray& content, const QString& knownSha256 = {});
    // The shape of every change to a part of a case: one transaction that checks the case
    // exists, makes the change, records `eventKind` with `payloadJson`, and refreshes the case.
    Result<void> changeCase(qint64 caseId, const QString& eventKind,
                            const std::function<Result<QString>()>& change);

    QString m_path;
    sqlite::Database m_db;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<class InodeLock> m_inodeLock; // the same file under another name
    const Clock* m_clock = nullptr;
    int m_schemaVersion = 0;
    QString m_preMigrationCopy;
    QString m_openWarning;
};

} // namespace wc::core
