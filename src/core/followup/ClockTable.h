// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "cases/Funding.h"
#include "followup/BusinessCalendar.h"
#include "followup/FollowUpTime.h"
#include "guidance/LocalizedText.h"
#include "model/Entities.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QLatin1String>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace wc::core {

class CaseStore;
struct CaseSnapshot;
class ProviderDirectory;

// What a clock's deadline counts from.
namespace clockstart {
inline constexpr QLatin1String ComplaintSent{"complaint_sent"};
inline constexpr QLatin1String FinalResponse{"final_response"};
inline constexpr QLatin1String StatementDate{"statement_date"};
inline constexpr QLatin1String TransactionDate{"transaction_date"};
inline constexpr QLatin1String Incident{"incident"}; // when the user learned of the problem
inline constexpr QLatin1String DisputeOpened{"dispute_opened"};
// The date the user's own letter asks the company to reply by ("Please reply by …").
inline constexpr QLatin1String ReplyRequested{"reply_requested"};
} // namespace clockstart

// One statutory or policy deadline (a row of PRODUCT.md §2).
struct ClockRule
{
    QString key;
    QString kind;              // the reminder kind: follow_up, reply_deadline, claim_deadline
    QStringList regions;       // CN, US, UK, EU; empty = everywhere
    QStringList targets;       // "company" or regulator keys; empty = wherever it was sent
    QStringList families;      // empty = every family
    QStringList providers;     // provider keys; with providerKinds: applies when either matches
    QStringList providerKinds; // "bank", "insurer", "wallet", "wallet_with_balance" …
    QString starts;            // a clockstart key
    QString startFallback;     // used when `starts` is unknown (earlier = safer); may be empty
    int amount = 0; // 0 only for a deadline that is its start (the letter's own reply date)
    followup::Unit unit = followup::Unit::Days; // Days are calendar days
    std::optional<int> extendedAmount; // the longer limit for exceptional/complex cases
    // The unit of extendedAmount when it differs: Reg E gives 10 business days, or 45 calendar
    // days with provisional credit.
    followup::Unit extendedUnit = followup::Unit::Days;
    int remindBeforeDays = 0;          // user deadlines remind ahead of the last day
    bool defaultOn = false;
    QStringList defaultOnProviders;
    LocalizedText name;
    LocalizedText text; // the reminder text; {provider} and {deadline} are filled in
    // The reminder text when the deadline is an estimate (counted from startFallback because
    // the case does not hold `starts`): says what the deadline really runs from, with {start}
    // for what it was counted from instead. Empty: `text`.
    LocalizedText estimateText;
    LocalizedText note;
    // How the extended deadline is named after the first one, {deadline} its date; empty for
    // the generic "in exceptional cases" (wrong for Reg E, whose longer period comes with a
    // provisional credit, not an exception).
    LocalizedText extendedLabel;
    LocalizedText source; // where the rule comes from, shown with the offer
    // Recorded actions that do what the reminder asks (ReminderPurpose: letter_to_company,
    // contact_with_company, first_step:<checklist key>): one of them completes it.
    QStringList fulfilledBy;
    // A US Regulation E protection: it applies only to electronic fund transfers, so it follows
    // how the case's payments were funded (regulationEReach), as the letters do.
    bool electronicTransfer = false;
    // A card network's clock (the chargeback): offered only when a card paid (ClockContext::
    // funding) or the provider is a card wallet.
    bool cardFunded = false;
};

// What is known about a case when its complaint goes out: the facts the rules select on.
struct ClockContext
{
    QStringList regions; // the provider's regions (ProviderDirectory); empty when unknown
    QString userRegion;  // where the user lives, when known: narrows a multi-region provider
    QString providerKey;
    QString providerKind = QStringLiteral("wallet");
    QString providerName; // as shown to the user, for the reminder text
    QString family;
    QString target = QStringLiteral("company"); // or the regulator key the complaint went to
    QString channel; // how it was sent (email, web_form …), for the record
    std::optional<qint64> complaintSentAt;
    std::optional<qint64> finalResponseAt;
    std::optional<qint64> statementAt;
    std::optional<qint64> transactionAt;
    std::optional<qint64> incidentAt;
    std::optional<qint64> disputeOpenedAt;
    // The day the user's letter asks for a reply by (a date, as the letter says it).
    std::optional<QDate> replyRequestedOn;
    // transactionAt is the incident's time: the case lists no transaction.
    bool transactionFromIncident = false;
    // The case's language and when each recorded action (ClockTable::actionDoneAt) was first
    // done: an offer that one of its fulfilled_by actions did in time reads as done.
    QString language;
    QHash<QString, qint64> actionsDone;
    // How far Regulation E reaches the case's payments (regulationEReach): none offers no
    // electronic-transfer clock; IfFromAccount offers them saying so.
    RegulationEReach regulationE = RegulationEReach::Full;
    // How the case says its payments were funded (fundingOf).
    Funding funding = Funding::Unknown;

    // The facts of a stored case: its provider's regions and kind from `directory` (each
    // shipped entry says its "kind": payment_institution, wallet_with_balance, card_wallet …),
    // the first sent complaint letter (time and channel) or when the case became "sent", the
    // earliest disputed transaction, the incident time, and the reply date the latest sent
    // letter to the company asks for (read from its text). `language` picks the provider's name.
    static ClockContext fromCase(const CaseSnapshot& snapshot, const ProviderDirectory* directory,
                                 const QString& language, const QString& userRegion = {});
    std::optional<qint64> startOf(const QString& start) const;
};

// A clock offered for one case, with its dates worked out.
struct ClockOffer
{
    ClockRule rule;
    qint64 startAt = 0;
    bool startIsFallback = false; // counted from rule.startFallback
    QDate deadline;               // the last day, in the zone it was computed for
    std::optional<QDate> extendedDeadline;
    qint64 remindAt = 0;      // 09:00 local, remindBeforeDays ahead of the deadline
    bool recommended = false; // ticked by default
    bool alreadySet = false;  // the case has a pending reminder of this kind that day
    bool passed = false;      // the deadline is already over (and nothing did it in time)
    // When a recorded action did what the deadline asks (rule.fulfilledBy: the complaint
    // letter sent, the company called); in time when on or before the deadline's day.
    std::optional<qint64> fulfilledAt;
    bool fulfilledInTime = false;
    // What the deadline was counted from (rule.starts, or what stood in for it).
    QString startKey;
    // The region whose conventions dates in the reminder follow (LetterConventions::regionFor
    // the provider's regions, the zone and the case's language), and that zone.
    QString region;
    QTimeZone zone;
    // An electronic-transfer clock on a case whose funding is not known: rule.name and
    // rule.text say it applies if the money came from the balance or a bank account.
    bool ifFromAccount = false;
};

// The clocks table, shipped as resources/data/clocks.json with each rule's source, so a rule can
// be corrected without touching code. Business days skip weekends only (see BusinessCalendar).
class ClockTable
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::ClockTable)

public:
    // The dates written in `text` the way WalletCase's letters and clocks write them
    // (2026年12月12日, 12 December 2026, December 12, 2026, 2026-12-12), in order.
    static QList<QDate> datesIn(const QString& text);

    static constexpr int SchemaVersion = 1;
    static constexpr QLatin1String ResourcePath{":/data/clocks.json"};

    static Result<ClockTable> load();
    static Result<ClockTable> fromJson(const QByteArray& json);

    // The letter kinds that ask the company for a reply by a date (initial, follow_up,
    // escalation); a regulator's or a public letter does not set the addressee's deadline.
    static bool asksForReply(const QString& letterKind);
    // The reply date a letter asks for. `computed` is the date the drafter put in (the
    // letter's stored replyBy when not given; see LetterDrafter::replyDeadline): it is used
    // when the text confirms it or names no date WalletCase can read. Otherwise the date in the
    // letter's reply request ("Please reply in writing by 12 December 2026",
    // "请于2026年12月12日前给予书面答复") is what the user asked for; empty when there is none.
    static std::optional<QDate> requestedReplyDate(const Letter& letter,
                                                   std::optional<QDate> computed = std::nullopt);
    // The reply date LetterDrafter writes into a letter drafted at `draftedAtMs` in `zone`
    // (LetterDrafter::DefaultReplyDays later, by the calendar of `zone`).
    static QDate draftedReplyDate(qint64 draftedAtMs, const QTimeZone& zone);

    // When `snapshot` records `action` (fulfilled:: keys, "written_letter_to_company" and
    // "first_step:<key>") as first done; empty when it does not (or gives no time).
    static std::optional<qint64> actionDoneAt(const QString& action, const CaseSnapshot& snapshot);
    // `date` as the letters of `region` write it in `language` ("December 21, 2026",
    // "21 December 2026", 2026年12月21日; LetterConventions).
    // A reminder text of WalletCase's ({provider}, {deadline}, {problem} and {start} match any
    // words) as a pattern its filled-in reminders match, in any condition an offer wraps it in.
    static QRegularExpression textPattern(const QString& text);
    static QString regionalDate(const QDate& date, const QString& region, const QString& language);

    // The rule a deadline reminder was made from (any rule of the table, by its text or its
    // estimate text in either language: makeReminder's output), and whether the estimate text
    // made it; empty for a reminder whose text the user changed. The dossier names a deadline
    // by its rule instead of quoting advice meant for the user ("Check the date of your
    // statement").
    struct Recognised
    {
        ClockRule rule;
        bool estimate = false;
    };
    std::optional<Recognised> recognise(const Reminder& reminder) const;

    // The reminder the new-case wizard sets when the complaint is kept ready to send
    // (clocks.json "ready_to_send"), in `language`; `provider` may be empty.
    QString readyToSendText(const QString& language, const QString& problem,
                            const QString& provider) const;
    // The reminders that are no clock but have a purpose a recorded action fulfils (the
    // ready-to-send reminder), as rules for ReminderPurpose: key, kind, text, fulfilledBy.
    const QList<ClockRule>& purposeRules() const { return m_purposeRules; }
    // First steps (checklist keys) a recorded action does, with those actions
    // (clocks.json "first_steps_fulfilled_by").
    const QHash<QString, QStringList>& stepFulfilment() const { return m_stepFulfilment; }

    QString updated() const { return m_updated; }
    const QList<ClockRule>& rules() const { return m_rules; }
    std::optional<ClockRule> rule(const QString& key) const;

    // True when the rule fits the case (region, target, family, provider). Rules whose start
    // is unknown still apply; offers() leaves them out.
    bool applies(const ClockRule& rule, const ClockContext& context) const;

    // The time of day an offer's reminder fires on its day; 09:00 unless the user chose
    // another (the app's Settings; core cannot read them).
    void setReminderTime(const QTime& time)
    {
        m_reminderTime = time.isValid() ? time : QTime(9, 0);
    }
    QTime reminderTime() const { return m_reminderTime; }

    // The rules that apply and whose start is known, with their dates in `zone`, soonest first.
    // `existing` (the case's reminders) marks offers already set up.
    QList<ClockOffer> offers(const ClockContext& context, qint64 nowMs,
                             const QTimeZone& zone = QTimeZone::systemTimeZone(),
                             const QList<Reminder>& existing = {},
                             const BusinessCalendar& calendar = BusinessCalendar()) const;

    // The reminder for an accepted offer, its text in `language` (not saved).
    // An empty `providerName` reads as the data's "provider_fallback" ("the company").
    Reminder makeReminder(const ClockOffer& offer, qint64 caseId, const QString& providerName,
                          const QString& language) const;
    // Adds the reminders of the accepted offers to the case, in one transaction; their ids.
    Result<QList<qint64>> accept(CaseStore& store, qint64 caseId, const QList<ClockOffer>& accepted,
                                 const QString& providerName, const QString& language) const;

private:
    QString m_updated;
    LocalizedText m_providerFallback;
    LocalizedText m_ifFromAccountName; // {name}, for an offer with ifFromAccount
    LocalizedText m_ifFromAccountText; // {text}
    QList<ClockRule> m_rules;
    QList<ClockRule> m_purposeRules;
    QHash<QString, QStringList> m_stepFulfilment;
    QHash<QString, LocalizedText> m_startNames; // {date}
    QTime m_reminderTime{9, 0};
};

} // namespace wc::core
