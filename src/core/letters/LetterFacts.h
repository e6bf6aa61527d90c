// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "letters/LetterConventions.h"
#include "letters/LetterPhrases.h"
#include "model/Entities.h"
#include "store/CaseStore.h"

#include <kainjow/mustache.hpp>

namespace wc::core {

// Who reads a letter decides what it carries: the company and a regulator need the full account
// identifier and the whole story; anything public gets neither names nor numbers.
enum class LetterAudience
{
    Company,
    Regulator,
    Public
};

// Everything the facts of one letter are drawn from. Internal to the letter drafter.
struct LetterContext
{
    const CaseSnapshot& snapshot;
    const Profile& profile;
    const LetterPhrases& phrases;
    const LetterConventions& conventions;
    QString kind;
    LetterAudience audience = LetterAudience::Company;
    qint64 nowMs = 0;
    qint64 replyByMs = 0;
    bool fullAccount = true;
    QString subtypeName;
    QString regulatorName; // the regulator a "regulator" letter is addressed to, if known
    bool regulationE = false; // a US notice of error under Regulation E (12 CFR 1005.11)
    // The notice is given only to the extent the transfer was an electronic fund transfer: the
    // wallet takes card-funded payments too and the case does not say how this one was funded.
    bool regulationEConditional = false;
};

// The values the letter templates read: the facts the case holds that matter for the letter's
// addressee, each already written in the region's conventions. A fact the case does not hold is
// `false`, so the template leaves its line out; nothing is ever invented.
kainjow::mustache::data letterFacts(const LetterContext& context);

// What the letters after the first one add: when and how the complaint went out and the reply
// deadline it set, letters and calls since, replies, promises whose date passed and deadlines
// missed. Adds to `data`.
void addLetterHistory(kainjow::mustache::data& data, const LetterContext& context);

// One contact as the letters list it (`when` with the time, channel, agent, what was said, the
// promise and whether its date passed while the case is open, the outcome).
kainjow::mustache::data contactItem(const Contact& contact, const LetterContext& context);

// The value a template reads for text: empty text is `false`, never "" (kainjow treats "" as
// true, and an explicit false stops the lookup from falling through to an outer context).
kainjow::mustache::data textValue(const QString& text);

} // namespace wc::core
