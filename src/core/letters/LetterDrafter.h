// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "guidance/ProviderDirectory.h"
#include "model/Entities.h"
#include "store/CaseStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace wc::core {

// Drafts a case's letters. What a letter says comes from the facts the case holds that matter for
// its addressee (LetterFacts: the company and a regulator get the full account identifier and the
// whole history, a public post neither names nor numbers) and the template of its kind and
// language (resources/letters/<language>/<kind>.mustache, wording in phrases.json); how it says
// it — dates, times with their zone, money, greeting, closing — follows the region of the case
// (LetterConventions). The kinds follow the escalation ladder: the first complaint ("initial"), a
// follow-up that restates it and the promises broken since ("follow_up"), the formal written
// complaint ("escalation"), a complaint about the company to a regulator or ombudsman
// ("regulator") and a short public post ("public_post"). Everything the user typed is a value,
// never template code; a fact the case does not hold leaves no hole and no placeholder.
class LetterDrafter
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::LetterDrafter)

public:
    static constexpr int DefaultReplyDays = 14;
    // A follow-up with no deadline still open asks for an answer sooner than the first letter
    // did. While a deadline the company has from an earlier letter is still ahead, a letter to
    // the company asks for that date instead: never sooner than a date already given (nor than
    // a Regulation E notice's 10 business days from the first notice), never later.
    static constexpr int FollowUpReplyDays = 7;
    // A letter never asks for a reply sooner than this many days after its date: a deadline the
    // company still has is kept only when at least this far ahead.
    static constexpr int MinimumReplyDays = 3;

    // "zh_CN" and "en".
    static QStringList languages();

    // Names a provider from the directory the way the letter's language names it (支付宝 in
    // Chinese, Alipay in English); a provider the user typed keeps its typed name. Callers do
    // this before draft() so every letter, from the wizard or the command line, reads the same.
    static void nameProvider(CaseSnapshot& snapshot, const ProviderDirectory& directory,
                             const QString& language);

    // The case as a letter dated `atMs` knew it: contacts, letters sent and first steps done
    // after that moment are left out, so a letter dated in the past states nothing that was
    // only true later ("that date has passed" about a promise still ahead then).
    static void asItWas(CaseSnapshot& snapshot, qint64 atMs);

    // What to draft: the kind of letter (Letter::kind) in which language, as of when.
    struct Request
    {
        QString kind = QStringLiteral("initial");
        QString language = QStringLiteral("zh_CN");
        qint64 nowMs = 0;
        QTimeZone zone = QTimeZone::systemTimeZone();
        std::optional<qint64> replyByMs; // default: DefaultReplyDays after nowMs
        // For "regulator" letters: the body addressed (a ProviderDirectory regulator key, as the
        // escalation ladder suggests); empty or unknown: a letter to whom it may concern.
        QString regulatorKey;
        // CN, US, UK or EU: whose conventions the letter follows. Empty: from the provider's
        // regions and the zone (LetterConventions::regionFor).
        QString region;
        // The account identifier in full (default for the company and a regulator, who must find
        // the account) or masked (always for a public post).
        std::optional<bool> fullAccount;
    };

    // The reply deadline a letter asked for: the stored one, else (letters drafted before it was
    // stored) DefaultReplyDays after it was drafted. None for a public post.
    static std::optional<qint64> replyDeadline(const Letter& letter, const QTimeZone& zone);

    // The regulator (ProviderDirectory key) a drafted "regulator" letter is addressed to, found by
    // the name it was addressed by; empty when none is named. Re-drafting keeps the addressee.
    static QString regulatorAddressedIn(const Letter& letter);

    // Whole calendar days from `fromMs` to `toMs` in the case's zone, whatever the hours: a
    // complaint of 29 November is 12 days old on 11 December. The letters count the days since a
    // complaint this way; what the app shows next to a letter should count them the same way.
    static qint64 daysBetween(qint64 fromMs, qint64 toMs, const QTimeZone& zone);

    // The kinds of letter there are templates for, in the order a case usually needs them.
    static QStringList kinds();

    // A draft Letter of `request.kind` for the case (not saved); an unknown kind is an error.
    static Result<Letter> draft(const CaseSnapshot& snapshot, const Profile& profile,
                                const Request& request);

    // The initial complaint letter (kind "initial"), as draft() with a Request of that kind.
    // A draft Letter for the case (not saved). Dates are shown in `zone`; the reply deadline is
    // `replyByMs`, or DefaultReplyDays after `nowMs` when absent.
    static Result<Letter> draft(const CaseSnapshot& snapshot, const Profile& profile,
                                const QString& language, qint64 nowMs,
                                const QTimeZone& zone = QTimeZone::systemTimeZone(),
                                std::optional<qint64> replyByMs = std::nullopt);
};

} // namespace wc::core
