// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// The records kept in a case file. Plain values: the store reads and writes them, the GUI shows
// them through item models. Times are UTC epoch milliseconds; money is integer minor units plus an
// ISO 4217 currency code. Keys (family, status, kind …) are stable English identifiers stored in
// the file; the GUI translates them for display.

#include <QByteArray>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <optional>

namespace wc::core {

namespace family {
inline constexpr QLatin1String Transaction{"transaction"};
inline constexpr QLatin1String Security{"security"};
inline constexpr QLatin1String Service{"service"};
} // namespace family

namespace status {
inline constexpr QLatin1String Draft{"draft"};
inline constexpr QLatin1String Ready{"ready"};
inline constexpr QLatin1String Sent{"sent"};
inline constexpr QLatin1String AwaitingReply{"awaiting_reply"};
inline constexpr QLatin1String Escalated{"escalated"};
inline constexpr QLatin1String Resolved{"resolved"};
inline constexpr QLatin1String ClosedUnresolved{"closed_unresolved"};
} // namespace status

// True for statuses that end a case (it no longer needs attention).
bool isClosedStatus(const QString& status);
bool isKnownStatus(const QString& status);
bool isKnownFamily(const QString& family);

struct Profile
{
    QString name;
    QString phone;
    QString email;
    QString address;
    qint64 updatedAt = 0;
};

// A user's override of, or addition to, the shipped provider directory. `data` is the entry as
// JSON text, in the same shape as the shipped directory's entries.
struct ProviderOverride
{
    QString key;
    QString data;
    qint64 updatedAt = 0;
};

struct CaseRecord
{
    qint64 id = 0;
    QString uuid; // stable identity across export/import; assigned by the store when empty
    QString title;
    QString family;
    QString subtype;
    QString status = QString(status::Draft);
    QString providerKey;
    QString providerName;
    std::optional<qint64> incidentAt;
    // False when the user gave the day but not the time: incidentAt is then that day's 00:00 in
    // the case's zone, and nothing shows or writes a time of day for it. Schema 6.
    bool incidentTimeKnown = true;
    std::optional<qint64> amountMinor;
    QString currency;
    QStringList references; // transaction / order references quoted in letters
    QString accountRef;     // the wallet account identifier, stored in full, shown masked
    QString description;
    QStringList remedies;   // refund, reversal, unfreeze, explanation, apology, compensation, other
    QString remedyNote;
    QString language = QStringLiteral("zh_CN");
    // The IANA id of the case's time zone ("Asia/Shanghai"): every time of the case is shown,
    // typed and written in it. Empty: not chosen yet; see CaseTimeZone::zoneFor. Schema 3.
    QString timeZone;
    int wizardStep = 0;     // where an unfinished wizard resumes
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> closedAt;
    QString outcome;        // resolved_fully / resolved_partly / not_resolved
    std::optional<qint64> recoveredMinor;
    std::optional<int> satisfaction; // 1..5
    // What the user wrote about how it ended ("refunded after the 12363 call"). Schema 4.
    QString outcomeNote;
    // Derived by the store: the earliest pending reminder. Read-only.
    std::optional<qint64> nextFollowUpAt;
};

struct ChecklistItem
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString itemKey; // e.g. "freeze_account"
    QString label;   // the text as shown when the item was added
    int position = 0;
    std::optional<qint64> doneAt;
    QString note;
};

struct TransactionRecord
{
    qint64 id = 0;
    qint64 caseId = 0;
    std::optional<qint64> occurredAt;
    QString counterparty;
    qint64 amountMinor = 0;
    QString currency;
    QString reference;
    QString status;
    QString note;
    QString source; // "manual", "alipay", "wechat", "paypal", "generic"
    // Which way the money went, seen from the user: "out" (a payment or charge), "in" (a refund
    // or other money received), "neutral" (between the user's own accounts). The amount is
    // never negative; this says the direction. Schema version 2.
    QString direction = QStringLiteral("out");
};

namespace direction {
inline constexpr QLatin1String Out{"out"};
inline constexpr QLatin1String In{"in"};
inline constexpr QLatin1String Neutral{"neutral"};
} // namespace direction

// Bytes stored once per distinct content, addressed by their SHA-256.
struct BlobInfo
{
    QString sha256;
    qint64 size = 0;
};

struct Evidence
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind; // screenshot, file, chat_log, email, statement, other
    QString title;
    QString note;
    QString fileName;
    QString mimeType;
    QString sha256;  // fingerprint, recorded when added
    qint64 size = 0;
    std::optional<qint64> capturedAt;
    qint64 addedAt = 0;
    std::optional<qint64> derivedFrom; // a redacted copy points at its original evidence
};

struct Contact
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 occurredAt = 0;
    QString channel;   // hotline, in_app_chat, email, web_form, social, branch, letter, other
    QString direction; // outgoing, incoming
    QString agentName;
    QString agentId;   // employee ID 工号
    QString reference; // ticket / reference number
    QString summary;
    QString promise;
    std::optional<qint64> promisedBy;
    QString outcome;
    // False when only the day of the contact is known (occurredAt is its 00:00 in the case's
    // zone): a call logged a week later must not be stated at the minute it was logged. Schema 6.
    bool timeKnown = true;
};

struct Letter
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind = QStringLiteral("initial"); // initial, follow_up, escalation, regulator, public_post
    QString language = QStringLiteral("zh_CN");
    QString subject;
    QString body;
    QString status = QStringLiteral("draft"); // draft, ready, sent
    std::optional<qint64> sentAt;
    QString channel;
    QString reference;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // The reply deadline the letter asks for, as drafted (schema 3). Absent in letters drafted
    // before it was stored: LetterDrafter::replyDeadline() then derives it.
    std::optional<qint64> replyBy;
};

struct Reminder
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind = QStringLiteral("follow_up"); // follow_up, promise, reply_deadline, claim_deadline, custom
    qint64 dueAt = 0;
    QString text;
    QString state = QStringLiteral("pending"); // pending, done, dismissed
    std::optional<qint64> snoozedUntil;
    std::optional<qint64> doneAt;
    std::optional<qint64> contactId; // the contact whose promise created it
    qint64 createdAt = 0;
    // When the reminder is next due: the snooze time when snoozed, else dueAt.
    qint64 effectiveDueAt() const { return snoozedUntil.value_or(dueAt); }
};

// One entry of a case's append-only chronology. `hash` = SHA-256 over the previous hash and this
// event's fields, so editing or removing an entry breaks the chain (see EventChain).
struct CaseEvent
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 seq = 0;
    qint64 at = 0;
    QString kind;
    QString payload; // compact JSON object
    QString prevHash;
    QString hash;
};

} // namespace wc::core
