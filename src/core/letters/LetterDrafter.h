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

// Drafts a case's first complaint letter from the template of the letter's language
// (resources/letters/<language>/initial.mustache) and its wording data (phrases.json: one
// sentence per subtype, remedies, channels, date and money formats), so wording is corrected in
// data and one template serves every kind of problem. Everything the user typed is substituted
// as a value and never parsed as template code.
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

    // A draft Letter for the case (not saved). Dates are shown in `zone`; the reply deadline is
    // `replyByMs`, or DefaultReplyDays after `nowMs` when absent.
    static Result<Letter> draft(const CaseSnapshot& snapshot, const Profile& profile,
                                const QString& language, qint64 nowMs,
                                const QTimeZone& zone = QTimeZone::systemTimeZone(),
                                std::optional<qint64> replyByMs = std::nullopt);
};

} // namespace wc::core
