// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QStringList>

#include <optional>

namespace wc::core {

class CaseStore;
struct CaseSnapshot;

namespace outcome {
inline constexpr QLatin1String ResolvedFully{"resolved_fully"};
inline constexpr QLatin1String ResolvedPartly{"resolved_partly"};
inline constexpr QLatin1String NotResolved{"not_resolved"};
} // namespace outcome

// How a case ended, as the user tells it when closing it.
struct CaseOutcome
{
    QString outcome;                      // an outcome:: key
    std::optional<qint64> recoveredMinor; // money recovered, in the case's currency
    std::optional<int> satisfaction;      // 1..5
    QString note;                         // how it ended, in the user's words (optional)

    // The outcome itself says the company answered: resolved fully or partly, or money came
    // back. Then "they never replied" is not a question to ask.
    bool showsAReply() const;
};

// The story a case follows: draft → ready → sent → awaiting_reply → escalated → resolved /
// closed_unresolved, with the steps back a real case takes (a follow-up letter sends it again, a
// closed case can be reopened). The store accepts any known status; this is what the GUI offers.
class CaseLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::CaseLifecycle)

public:
    // Whether a case may move from `from` to `to` (staying put is always allowed).
    static bool canMove(const QString& from, const QString& to);
    // The statuses reachable from `from`, in story order.
    static QStringList nextStatuses(const QString& from);
    // Checks and moves the case (one transaction; the store logs the change).
    static Result<void> move(CaseStore& store, qint64 caseId, const QString& to);
    // The status a case takes when a letter of `letterKind` (Letter::kind) is recorded as sent:
    // a case not yet sent becomes sent; a formal escalation or a regulator complaint makes a sent
    // case escalated. Otherwise (closed, or already further along) `current` itself.
    static QString statusAfterSending(const QString& current, const QString& letterKind);

    // When the complaint went out: the earliest sent "initial" letter, else the earliest sent
    // letter of any kind, else when the case history first shows it as sent.
    static std::optional<qint64> complaintSentAt(const CaseSnapshot& snapshot);
    // The case was sent and nothing came back: no incoming contact logged since the complaint
    // went out. The GUI asks the user to confirm before closing such a case.
    static bool wentQuiet(const CaseSnapshot& snapshot);
    // True when closing deserves a confirmation: the case went quiet (see wentQuiet).
    static bool closingNeedsConfirmation(const CaseSnapshot& snapshot);
    // The same, knowing the outcome the user chose: an outcome that shows a reply (resolved,
    // money recovered) needs no "they never replied" confirmation.
    static bool closingNeedsConfirmation(const CaseSnapshot& snapshot, const CaseOutcome& result);

    static bool isKnownOutcome(const QString& key);
    // The closed status an outcome leads to: resolved for fully/partly, else closed_unresolved.
    static QString statusFor(const QString& outcomeKey);
    // Records the outcome (CaseRecord::outcome, recoveredMinor, satisfaction, outcomeNote),
    // closes the case (closedAt = now by the store's clock) and dismisses
    // its pending reminders, in one transaction. Refuses unknown outcomes, a satisfaction
    // outside 1..5 and negative amounts.
    static Result<void> close(CaseStore& store, qint64 caseId, const CaseOutcome& result);
};

} // namespace wc::core
