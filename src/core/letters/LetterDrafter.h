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

// Drafts a case's letters from the template of the letter's kind and language
// (resources/letters/<language>/<kind>.mustache) and its wording data (phrases.json: one
// sentence per subtype, remedies, channels, date and money formats), so wording is corrected in
// data and one template per kind serves every kind of problem. The kinds follow the escalation
// ladder: the first complaint ("initial"), a follow-up that restates it ("follow_up"), the formal
// written complaint to the complaints team ("escalation"), a complaint to a regulator or
// ombudsman ("regulator") and a short public post with personal data masked ("public_post").
// The later kinds restate when and how the complaint went out (the first sent letter, else the
// first outgoing contact), what was asked and what happened since. Everything the user typed is
// substituted as a value and never parsed as template code; a missing fact leaves no hole.
class LetterDrafter
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::LetterDrafter)

public:
    static constexpr int DefaultReplyDays = 14;

    // "zh_CN" and "en".
    static QStringList languages();

    // Names a provider from the directory the way the letter's language names it (支付宝 in
    // Chinese, Alipay in English); a provider the user typed keeps its typed name. Callers do
    // this before draft() so every letter, from the wizard or the command line, reads the same.
    static void nameProvider(CaseSnapshot& snapshot, const ProviderDirectory& directory,
                             const QString& language);

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
    };

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
